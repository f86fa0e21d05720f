/**
 * «Рассылка»: each person's personal link of a questionnaire, to copy, and on request the links sent by e-mail as
 * a resumable job (src/app/jobs/job.ts) within the day's MailApp quota. Each letter's sending is recorded on its
 * code's row («Ссылка отправлена») before the job marks the item done, so a resumed run, or the next day's, never
 * writes to anyone twice. When the quota runs out the item stays to do and the job waits for tomorrow.
 */
import { QUESTIONNAIRES } from '../../domain/questionnaires/kinds';
import { isoDateTimeInZone } from '../../domain/registry/dates';
import { fullName } from '../../domain/registry/entities/people';
import type { QuestionnaireTokenRow } from '../../domain/registry/entities/questionnaire';
import type { Located } from '../../domain/registry/read-table';
import { QUESTIONNAIRE_TOKENS_TABLE } from '../../domain/registry/tables';
import { UserError } from '../../domain/user-error';
import type { QuestionnaireServices } from '../../ports/questionnaire-forms';
import { continueJob, jobProgress, parseJobId, startJob, type JobProgress } from '../jobs/job';
import { runOperation } from '../operations/run-operation';
import { cellsOf } from '../registry/entity-table';
import type { Services } from '../services';
import { loadRecord, personalLink, type QuestionnaireRecord } from './questionnaire-record';
import { loadPeople, loadQuestionnaires, parseQuestionnaireId, type People } from './registry-data';
import { loadTokens, tokensOf } from './token-registry';

export const MAILING_JOB = 'questionnaire-mailing';

/** One person's link as «Рассылка» lists it. */
export interface PersonalLink {
  /** The code's row ID (КА-0001): the mailing's item. */
  readonly id: string;
  readonly personId: string;
  readonly name: string;
  readonly role: string;
  readonly pairId: string;
  readonly url: string;
  readonly email: string;
  /** «выдан», «использован» (answered) or «отозван». */
  readonly state: string;
  /** 'YYYY-MM-DDTHH:mm' when the letter went, else ''. */
  readonly sentAt: string;
}

export interface QuestionnaireLinks {
  readonly questionnaireId: string;
  readonly title: string;
  readonly links: PersonalLink[];
  /** Letters MailApp may still send today. */
  readonly quota: number;
}

/** Where a mailing stands, and whether it stopped for the day's quota. */
export interface MailingProgress extends JobProgress {
  readonly quotaExhausted: boolean;
  readonly quota: number;
}

/** Thrown by a step when the day's letters are spent: the item stays to do (a fault, not a refusal). */
class QuotaExhausted extends Error {}

/** The links of a questionnaire with each person's name and address. */
export function questionnaireLinks(
  s: Services,
  q: QuestionnaireServices,
  input: unknown,
): QuestionnaireLinks {
  const { id, title, record } = requireQuestionnaire(s, input);
  const people = loadPeople(s);
  const links = tokensOf(loadTokens(s), id)
    .filter((t) => t.state !== 'отозван')
    .map((t) => linkOf(s, record, people, t));
  return { questionnaireId: id, title, links, quota: q.mail.remainingDailyQuota() };
}

/** Starts sending the links not sent yet to people who have not answered (the ticked ones, when given). */
export function startMailing(s: Services, q: QuestionnaireServices, input: unknown): MailingProgress {
  const { id, title } = requireQuestionnaire(s, (input as { questionnaireId?: unknown })?.questionnaireId);
  const only = (input as { ids?: unknown })?.ids;
  const wanted = Array.isArray(only) ? new Set(only.map(String)) : null;
  const keys = tokensOf(loadTokens(s), id)
    .filter((t) => t.state === 'выдан' && !t.sentAt && (!wanted || wanted.has(t.id)))
    .map((t) => t.id);
  if (keys.length === 0) {
    throw new UserError(
      'Все личные ссылки этой анкеты уже отправлены или по ним уже ответили: писать некому.',
    );
  }
  const progress = startJob(s, { kind: MAILING_JOB, title: `Рассылка: ${title}`, keys });
  return { ...progress, quotaExhausted: false, quota: q.mail.remainingDailyQuota() };
}

/** Sends the job's next letters for about half a minute, or until the day's quota is spent. */
export function continueMailing(s: Services, q: QuestionnaireServices, jobId: unknown): MailingProgress {
  const id = parseJobId(jobId);
  if (q.mail.remainingDailyQuota() < 1) return stopped(s, q, id);
  const cache = new Map<string, { record: QuestionnaireRecord; title: string }>();
  let people: People | null = null;
  try {
    const progress = continueJob(s, id, (ctx, key) => {
      const tokens = loadTokens(ctx);
      const token = tokens.entities.find((t) => t.id === key);
      if (!token) throw new UserError(`Строки ${key} больше нет на листе «${tokens.data.sheetName}».`);
      if (token.sentAt) return; // sent by an earlier run: never twice
      if (token.state === 'использован') throw new UserError('уже ответил(а) на анкету');
      if (token.state !== 'выдан' || !token.token) throw new UserError('личная ссылка отозвана');
      people ??= loadPeople(ctx);
      let known = cache.get(token.questionnaireId);
      if (!known) {
        known = requireQuestionnaire(ctx, token.questionnaireId);
        cache.set(token.questionnaireId, known);
      }
      const link = linkOf(ctx, known.record, people, token);
      if (!link.email)
        throw new UserError(`${link.name}: нет адреса эл. почты в банке — отправьте ссылку сами`);
      if (q.mail.remainingDailyQuota() < 1) throw new QuotaExhausted();
      q.mail.send({ to: link.email, subject: `Анкета: ${known.title}`, body: letter(link, known.title) });
      const sentAt = isoDateTimeInZone(ctx.clock.now(), ctx.tables.timeZone());
      runOperation(ctx, { action: 'Анкета: ссылка отправлена' }, (b) => {
        const cells = cellsOf(b, QUESTIONNAIRE_TOKENS_TABLE, { sentAt }, ['sentAt']);
        b.tables.update(tokens.data, [{ rowNumber: token.rowNumber, cells }]);
        b.journal.record([
          {
            action: 'Анкета: личная ссылка отправлена письмом',
            ids: [token.questionnaireId, token.id, ...(token.personId ? [token.personId] : [])],
          },
        ]);
      });
    });
    return { ...progress, quotaExhausted: false, quota: q.mail.remainingDailyQuota() };
  } catch (error) {
    if (error instanceof QuotaExhausted) return stopped(s, q, id);
    throw error;
  }
}

function stopped(s: Services, q: QuestionnaireServices, id: string): MailingProgress {
  return { ...jobProgress(s, id), quotaExhausted: true, quota: q.mail.remainingDailyQuota() };
}

function requireQuestionnaire(
  s: Services,
  input: unknown,
): { id: string; title: string; record: QuestionnaireRecord } {
  const id = parseQuestionnaireId(input);
  const row = loadQuestionnaires(s).entities.find((r) => r.id === id);
  const record = row ? loadRecord(s.properties, row.id) : null;
  if (!row || !record) throw new UserError(`Анкеты ${id || '(без ID)'} нет среди созданных дополнением.`);
  if (QUESTIONNAIRES[record.spec.kind].respondents !== 'personal') {
    throw new UserError('У анкеты кандидатов нет личных ссылок: раздайте её общую ссылку.');
  }
  return { id: row.id, title: row.title, record };
}

function linkOf(
  s: Services,
  record: QuestionnaireRecord,
  people: People,
  t: Located<QuestionnaireTokenRow>,
): PersonalLink {
  const person =
    people.mentors.find((m) => m.id === t.personId) ?? people.mentees.find((m) => m.id === t.personId);
  const curator = t.role === 'куратор';
  return {
    id: t.id,
    personId: t.personId ?? '',
    name: curator
      ? `Куратор (${t.pairId ?? ''})`
      : person
        ? fullName(person) || t.personId || ''
        : (t.personId ?? ''),
    role: t.role ?? '',
    pairId: t.pairId ?? '',
    url: personalLink(record, t.token ?? ''),
    email: curator ? s.user.email() : (person?.email ?? '').trim(),
    state: t.state,
    sentAt: t.sentAt ?? '',
  };
}

function letter(link: PersonalLink, title: string): string {
  return [
    'Здравствуйте!',
    '',
    `Просим Вас ответить на вопросы анкеты «${title}». Это займёт несколько минут.`,
    '',
    `Ваша личная ссылка: ${link.url}`,
    '',
    'Ссылка предназначена только Вам: по коду в её последнем вопросе ответ попадёт в реестр программы ' +
      'наставничества без Вашего ФИО. Пожалуйста, не пересылайте её и не меняйте код.',
    '',
    'Куратор программы наставничества',
  ].join('\n');
}
