/**
 * «Создать анкету…»: the form built from the bank (and the curator's own questions) through the port, linked to
 * the workbook, registered in «Анкеты», personal links issued to the chosen people with consent, and the one
 * form-submit trigger installed. One operation: a run stopped before it is recorded leaves at most a form nobody
 * has a link to, never a half-registered questionnaire; a click sent again answers the first result.
 */
import { buildFormSpec } from '../../domain/questionnaires/form-spec';
import { QUESTIONNAIRES } from '../../domain/questionnaires/kinds';
import { QUESTIONNAIRE_KINDS, type QuestionnaireKind } from '../../domain/questionnaires/model';
import { issueTokens, TOKEN_BYTES } from '../../domain/questionnaires/tokens';
import { isoDateInZone } from '../../domain/registry/dates';
import type { QuestionnaireRow } from '../../domain/registry/entities/questionnaire';
import { problemText } from '../../domain/registry/problems';
import { QUESTIONNAIRES_TABLE, QUESTIONNAIRE_TOKENS_TABLE } from '../../domain/registry/tables';
import { QUESTIONNAIRE_KIND_LABELS } from '../../domain/registry/tables/questionnaires';
import * as z from '../../domain/registry/entities/zod';
import { UserError } from '../../domain/user-error';
import type { QuestionnaireServices } from '../../ports/questionnaire-forms';
import { runOperation } from '../operations/run-operation';
import { cellsOf } from '../registry/entity-table';
import { issueIds } from '../registry/ids';
import type { Services } from '../services';
import { LINK_SLOT, recordProperties } from './questionnaire-record';
import { grantOf, recipientsFor, type Recipient } from './recipients';
import { loadOwnQuestions, loadPeople, loadQuestionnaires, loadSettings } from './registry-data';
import { loadTokens, tokenRecords } from './token-registry';

/** The handler the one spreadsheet form-submit trigger calls (a top-level function of the bundle). */
export const SUBMIT_HANDLER = 'onQuestionnaireSubmit';

const RequestSchema = z.object({
  kind: z.enum(QUESTIONNAIRE_KINDS),
  period: z.string().max(80).optional(),
  recipients: z.array(z.string().max(80)).max(400).optional(),
});

/** What «Создать» answers. */
export interface MadeQuestionnaire {
  readonly questionnaireId: string;
  readonly title: string;
  readonly formUrl: string;
  readonly publishedUrl: string;
  readonly links: number;
  /** Chosen people who got no link, with why. */
  readonly leftOut: ReadonlyArray<{ readonly label: string; readonly why: string }>;
  /** Own questions left out of the form, each «Лист, строка, столбец: что не так». */
  readonly ownProblems: readonly string[];
  readonly triggerInstalled: boolean;
}

function parseRequest(input: unknown): z.infer<typeof RequestSchema> {
  const parsed = RequestSchema.safeParse(input);
  if (!parsed.success) throw new UserError('Выберите вид анкеты из списка.');
  return parsed.data;
}

/** Makes the questionnaire; a UserError (nothing written) when a personal kind has nobody to ask. */
export function createQuestionnaire(
  s: Services,
  q: QuestionnaireServices,
  input: unknown,
  operationId?: string,
): MadeQuestionnaire {
  const request = parseRequest(input);
  const made = runOperation(
    s,
    { id: operationId, action: 'Анкета: создать' },
    (b) => make(b, q, request.kind, request.period?.trim() ?? '', request.recipients),
    {
      // A retry answers what identifies the questionnaire; the lists of the first answer were for that screen.
      keep: (m) => ({ ...m, leftOut: [], ownProblems: [] }),
      answer: (kept) => kept as MadeQuestionnaire,
    },
  );
  const triggerInstalled = q.trigger.ensure(SUBMIT_HANDLER);
  return { ...made, triggerInstalled };
}

function make(
  b: Services,
  q: QuestionnaireServices,
  kind: QuestionnaireKind,
  periodAsked: string,
  /** The recipients' keys as the sidebar sent them; absent: those preselected (the scenarios, a script). */
  asked: readonly string[] | undefined,
): MadeQuestionnaire {
  const zone = b.tables.timeZone();
  const settings = loadSettings(b);
  const period = periodAsked || settings.period;
  const people = loadPeople(b);
  const questionnaires = loadQuestionnaires(b);
  const tokens = loadTokens(b);
  const { own, waiting } = loadOwnQuestions(b);
  const { spec, problems } = buildFormSpec(kind, { organisation: settings.organisation, period, own });
  const personal = QUESTIONNAIRES[kind].respondents === 'personal';
  const offered = new Map(
    recipientsFor(kind, people.mentorships, people.mentors, people.mentees).map((r) => [r.key, r]),
  );
  const chosenKeys = asked ?? [...offered.values()].filter((r) => r.preselected).map((r) => r.key);
  const chosen: Recipient[] = [];
  const leftOut: Array<{ label: string; why: string }> = [];
  for (const key of new Set(chosenKeys)) {
    const r = offered.get(key);
    if (!r) leftOut.push({ label: key.split('|')[0] || key, why: 'нет в парах и группах этой анкеты' });
    else if (r.blocked) leftOut.push({ label: r.label, why: r.blocked });
    else chosen.push(r);
  }
  if (personal && chosen.length === 0) {
    throw new UserError(
      'Отметьте, кому выдать личные ссылки: без кода анкеты ответ не связать с человеком. ' +
        (offered.size === 0
          ? 'Сейчас в парах и группах нет участников — сначала сформируйте пары.'
          : 'Ссылки выдаются только людям с согласием на обработку персональных данных.'),
    );
  }
  const [id] = issueIds(
    b.properties,
    'АН',
    questionnaires.entities.map((e) => e.id),
    1,
  );
  // The form is made last of all the checks: a refusal above leaves nothing behind.
  const form = q.forms.create(spec, q.spreadsheetId());
  const linkTemplate = personal ? (q.forms.personalLinks(form.formId, [LINK_SLOT])[0] ?? '') : '';
  const issued = issueTokens(
    chosen.map((r) => grantOf(id, r)),
    tokenRecords(tokens, zone),
    () => q.random.bytes(TOKEN_BYTES),
  ).tokens;
  const tokenIds = issueIds(
    b.properties,
    'КА',
    tokens.entities.map((e) => e.id),
    issued.length,
  );
  const row: QuestionnaireRow = {
    id,
    kind: QUESTIONNAIRE_KIND_LABELS[kind],
    title: spec.title,
    period,
    formUrl: form.editUrl,
    publishedUrl: form.publishedUrl,
    created: isoDateInZone(b.clock.now(), zone),
    links: issued.length,
    answers: 0,
    resultSheet: `Результаты ${id}`,
    status: 'открыта',
  };
  b.tables.append(questionnaires.data, [cellsOf(b, QUESTIONNAIRES_TABLE, row)]);
  b.tables.append(
    tokens.data,
    issued.map((t, i) =>
      cellsOf(b, QUESTIONNAIRE_TOKENS_TABLE, {
        id: tokenIds[i],
        questionnaireId: id,
        token: t.token,
        personId: t.personId,
        role: t.role,
        pairId: t.pairId,
        state: 'выдан',
      }),
    ),
  );
  b.properties.setAll(
    recordProperties(id, { formId: form.formId, spec, itemIds: form.itemIds, linkTemplate }),
  );
  b.journal.record([
    {
      action: `Анкета создана: ${spec.title}`,
      ids: [id],
      details: personal ? `Личных ссылок: ${issued.length}` : 'Анкета по общей ссылке',
    },
  ]);
  return {
    questionnaireId: id,
    title: spec.title,
    formUrl: form.editUrl,
    publishedUrl: form.publishedUrl,
    links: issued.length,
    leftOut,
    ownProblems: [
      ...problems.map((p) => `Лист «${p.sheet}», строка ${p.row}, «${p.column}»: ${problemText(p)}`),
      ...waiting,
    ],
    triggerInstalled: false,
  };
}
