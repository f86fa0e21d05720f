/**
 * The weekly e-mail digest of «Что требует внимания»: one installable time-driven trigger per document, whose
 * run builds the same list and sends it as plain text to the curator who turned it on — nothing when the list
 * is empty, nothing past the day's mail quota. An add-on may have one trigger of each type per user and document
 * (docs/apps-script-platform.md §2.4), so turning the digest on refuses when another time trigger is there.
 */
import { formatRuDate } from '../../domain/registry/dates';
import { UserError } from '../../domain/user-error';
import { runOperation } from '../operations/run-operation';
import type { Services } from '../services';
import { attentionList, type AttentionList } from './attention';
import type { QuestionnaireAttention } from './questionnaire-attention';

/** The digest's trigger in this document. */
export interface DigestSchedule {
  /** Whether the digest's trigger is installed. */
  installed(): boolean;
  /**
   * Installs the weekly trigger; answers the handler of another time trigger of this add-on in the document
   * instead (nothing installed), since there may be only one.
   */
  install(): { readonly blockedBy?: string };
  /** Removes the digest's trigger, if any. */
  remove(): void;
}

/** Plain-text mail to one person. */
export interface Mailer {
  /** Whom the digest goes to: the curator who turned it on; '' when the platform does not say. */
  recipient(): string;
  /** Mails the recipient may still be sent today. */
  remainingQuota(): number;
  send(to: string, subject: string, body: string): void;
}

/** The state after the checkbox: on or off, and what to tell the curator. */
export interface DigestState {
  readonly digest: boolean;
  readonly message: string;
}

/** Turns the weekly digest on or off (once: a second «on» changes nothing). */
export function setDigest(s: Services, schedule: DigestSchedule, on: unknown): DigestState {
  if (typeof on !== 'boolean')
    throw new UserError('Отметьте или снимите флажок «Присылать по понедельникам».');
  // The trigger is no cell: it is made or removed within the work, which checks it first, so a run stopped after
  // it and before the journal's line leaves the digest as asked, and the next click answers «уже».
  return runOperation(s, { action: on ? 'Сводка: включена' : 'Сводка: выключена' }, (b) => {
    if (on === schedule.installed()) {
      return { digest: on, message: on ? 'Сводка уже включена.' : 'Сводка уже выключена.' };
    }
    if (on) {
      const { blockedBy } = schedule.install();
      if (blockedBy) {
        throw new UserError(
          `Сводку не включить: у дополнения в этой таблице уже есть другой запуск по расписанию («${blockedBy}»), ` +
            'а Google разрешает дополнению только один. Повторите, когда тот запуск будет снят.',
        );
      }
    } else schedule.remove();
    b.journal.record([
      {
        action: on ? 'Еженедельная сводка «Что требует внимания» включена' : 'Еженедельная сводка выключена',
        ids: [],
      },
    ]);
    return {
      digest: on,
      message: on
        ? 'Сводка включена: по понедельникам утром на вашу почту, если есть что показать.'
        : 'Сводка выключена.',
    };
  });
}

/** What a run of the trigger did. */
export interface DigestRun {
  readonly sent: boolean;
  readonly total: number;
  readonly why?: string;
}

/** The trigger's run: the list of today, mailed when it is not empty and the quota allows. */
export function sendDigest(
  s: Services,
  mailer: Mailer,
  questionnaires: QuestionnaireAttention,
  link: string,
): DigestRun {
  const list = attentionList(s, questionnaires);
  if (list.total === 0) return { sent: false, total: 0, why: 'nothing to report' };
  const to = mailer.recipient();
  if (to === '') return { sent: false, total: list.total, why: 'no recipient' };
  if (mailer.remainingQuota() < 1) return { sent: false, total: list.total, why: 'mail quota used up' };
  const { subject, body } = digestText(list, link);
  mailer.send(to, subject, body);
  return { sent: true, total: list.total };
}

/** The letter: the subject with the count, then each category that has rows, its lines under it. */
export function digestText(list: AttentionList, link: string): { subject: string; body: string } {
  const lines = [`Что требует внимания на ${formatRuDate(list.today)} — всего ${list.total}.`, ''];
  for (const c of list.categories) {
    if (c.noData || c.count === 0) continue;
    lines.push(`${c.title}: ${c.count}`);
    for (const item of c.items) lines.push(`  — ${item.text}`);
    if (c.count > c.items.length) lines.push(`  … и ещё ${c.count - c.items.length}`);
    lines.push('');
  }
  lines.push(`Открыть таблицу: ${link}`);
  lines.push('Перейти к строке можно из «Наставничество › Что требует внимания».');
  lines.push('Отключить сводку: снимите там флажок «Присылать по понедельникам».');
  return { subject: `Наставничество: требует внимания — ${list.total}`, body: lines.join('\n') };
}
