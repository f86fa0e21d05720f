import { GasObject } from '../core/gas-object';
import { gasError, utf8Length, type PlatformContext } from './context';
import type { OutboxMessage } from './state';

/** §0 [FIELD]: the daily recipients quota is used up. */
export const MAIL_QUOTA_MESSAGE = 'Service invoked too many times for one day: email.';
/** [FIELD] text from public scripts that hit the per-message recipient limit. */
export const MAIL_RECIPIENTS_MESSAGE = 'Limit Exceeded: Email Recipients Per Message.';
/** §0 / §6.6 [DOC]: recipients (to + cc + bcc) per message. */
export const MAIL_RECIPIENTS_PER_MESSAGE = 50;
/** [UNVERIFIED] text for an oversized body, after the documented `Limit exceeded: …` pattern. */
export const MAIL_BODY_MESSAGE = 'Limit Exceeded: Email Body Size.';
/** §0 [DOC]: body size per message (consumer). */
export const MAIL_BODY_LIMIT = 200 * 1024;
/** [UNVERIFIED] text when a message has no recipient. */
export const MAIL_NO_RECIPIENT_MESSAGE = 'Failed to send email: no recipient';
const DAY = 24 * 3600 * 1000;

interface MailMessage {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
}

/** `MailApp`: messages go to `ws.platform.outbox`; recipients count against a per-user daily quota (§0). */
export class MailAppFacade extends GasObject implements Partial<GoogleAppsScript.Mail.MailApp> {
  constructor(private readonly _ctx: PlatformContext) {
    super(_ctx.rt, 'MailApp', 'MailApp');
  }

  sendEmail(...args: unknown[]): void {
    this._ctx.rt.require('services', 'MailApp.sendEmail');
    const m: MailMessage =
      typeof args[0] === 'object' && args[0] !== null
        ? (args[0] as MailMessage)
        : {
            ...((args[3] as MailMessage | undefined) ?? {}),
            to: String(args[0]),
            subject: String(args[1]),
            body: String(args[2]),
          };
    for (const option of ['attachments', 'inlineImages']) {
      if (option in m) throw new Error(`not implemented: MailApp.sendEmail option ${option}`);
    }
    const message: OutboxMessage = {
      to: split(m.to),
      cc: split(m.cc),
      bcc: split(m.bcc),
      subject: m.subject ?? '',
      body: m.body ?? '',
      htmlBody: m.htmlBody ?? null,
      name: m.name ?? null,
      replyTo: m.replyTo ?? null,
      at: this._ctx.iso(),
    };
    const recipients = message.to.length + message.cc.length + message.bcc.length;
    if (recipients === 0) throw gasError(MAIL_NO_RECIPIENT_MESSAGE);
    if (recipients > MAIL_RECIPIENTS_PER_MESSAGE) throw gasError(MAIL_RECIPIENTS_MESSAGE);
    if (utf8Length(message.body) + utf8Length(message.htmlBody ?? '') > MAIL_BODY_LIMIT) {
      throw gasError(MAIL_BODY_MESSAGE);
    }
    const window = this._window();
    if (window.used + recipients > this._ctx.config.mailDailyQuota) throw gasError(MAIL_QUOTA_MESSAGE);
    window.used += recipients;
    this._ctx.state.outbox.push(message);
  }

  getRemainingDailyQuota(): number {
    this._ctx.rt.require('services', 'MailApp.getRemainingDailyQuota');
    const quota = this._ctx.state.mailQuota[this._ctx.user()];
    const used = quota && this._ctx.rt.now - quota.start < DAY ? quota.used : 0;
    return Math.max(0, this._ctx.config.mailDailyQuota - used);
  }

  /** §0: quotas reset 24 hours after the first request of the window. */
  private _window(): { start: number; used: number } {
    const now = this._ctx.rt.now;
    const user = this._ctx.user();
    const quota = this._ctx.state.mailQuota;
    const current = Object.prototype.hasOwnProperty.call(quota, user) ? quota[user] : undefined;
    if (current && now - current.start < DAY) return current;
    const fresh = { start: now, used: 0 };
    quota[user] = fresh;
    return fresh;
  }
}

/** `a@x, b@y` → two addresses. */
function split(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
