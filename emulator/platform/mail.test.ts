import { MAIL_NO_RECIPIENT_MESSAGE, MAIL_QUOTA_MESSAGE, MAIL_RECIPIENTS_MESSAGE } from './mail';
import { platformWorkspace, thrown } from './test-kit';

const DAY = 24 * 3600_000;

describe('MailApp', () => {
  it('puts a message sent with positional arguments in the outbox', () => {
    const { ws, g } = platformWorkspace();
    g.MailApp.sendEmail('mentor@school.example', 'Анкета', 'Ссылка', {
      cc: 'curator@school.example',
      name: 'Наставник',
    });
    expect(ws.platform.outbox).toEqual([
      {
        to: ['mentor@school.example'],
        cc: ['curator@school.example'],
        bcc: [],
        subject: 'Анкета',
        body: 'Ссылка',
        htmlBody: null,
        name: 'Наставник',
        replyTo: null,
        at: new Date(ws.rt.now).toISOString(),
      },
    ]);
  });

  it('accepts a message object with comma-separated recipients', () => {
    const { ws, g } = platformWorkspace();
    g.MailApp.sendEmail({
      to: 'a@x.example, b@x.example',
      subject: 's',
      htmlBody: '<b>hi</b>',
      bcc: 'c@x.example',
    });
    expect(ws.platform.outbox[0]).toMatchObject({
      to: ['a@x.example', 'b@x.example'],
      bcc: ['c@x.example'],
      htmlBody: '<b>hi</b>',
      body: '',
    });
  });

  it('counts every recipient against the daily quota (§0, §6.6)', () => {
    const { g } = platformWorkspace();
    expect(g.MailApp.getRemainingDailyQuota()).toBe(100);
    g.MailApp.sendEmail({
      to: 'a@x.example',
      cc: 'b@x.example',
      bcc: 'c@x.example',
      subject: 's',
      body: 'b',
    });
    expect(g.MailApp.getRemainingDailyQuota()).toBe(97);
  });

  it('refuses a message once the daily recipients quota is used up, with the live text (§0)', () => {
    const { ws, g } = platformWorkspace();
    ws.platform.mailDailyQuota = 2;
    g.MailApp.sendEmail('a@x.example', 's', 'b');
    g.MailApp.sendEmail('b@x.example', 's', 'b');
    expect(thrown(() => g.MailApp.sendEmail('c@x.example', 's', 'b')).message).toBe(MAIL_QUOTA_MESSAGE);
    expect(ws.platform.outbox).toHaveLength(2);
  });

  it('resets the quota 24 hours after the first request of the day (§0)', () => {
    const { ws, g } = platformWorkspace();
    ws.platform.mailDailyQuota = 1;
    g.MailApp.sendEmail('a@x.example', 's', 'b');
    ws.rt.advance(DAY - 1);
    expect(g.MailApp.getRemainingDailyQuota()).toBe(0);
    ws.rt.advance(1);
    expect(g.MailApp.getRemainingDailyQuota()).toBe(1);
    g.MailApp.sendEmail('a@x.example', 's', 'b');
    expect(ws.platform.outbox).toHaveLength(2);
  });

  it('refuses more than 50 recipients in one message (§0) [FIELD text]', () => {
    const { g } = platformWorkspace();
    const bcc = Array.from({ length: 50 }, (_, i) => `p${i}@x.example`).join(',');
    expect(
      thrown(() => g.MailApp.sendEmail({ to: 'a@x.example', bcc, subject: 's', body: 'b' })).message,
    ).toBe(MAIL_RECIPIENTS_MESSAGE);
    expect(g.MailApp.getRemainingDailyQuota()).toBe(100);
  });

  it('refuses a message with no recipient [UNVERIFIED text]', () => {
    const { g } = platformWorkspace();
    expect(thrown(() => g.MailApp.sendEmail({ to: ' ', subject: 's', body: 'b' })).message).toBe(
      MAIL_NO_RECIPIENT_MESSAGE,
    );
  });

  it('needs full authorisation (§2.1)', () => {
    const { ws, g } = platformWorkspace();
    ws.run(() => expect(() => g.MailApp.sendEmail('a@x.example', 's', 'b')).toThrow(/LIMITED/), {
      kind: 'simple-trigger',
    });
  });
});
