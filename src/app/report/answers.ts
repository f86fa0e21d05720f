/**
 * Where the report's questionnaire answers come from: a small port, so the questionnaires' result sheets plug in
 * without the report changing. While the workbook has no questionnaire, the source answers `undefined` and every cell
 * of answers says «нет данных» (src/domain/report/README.md, «Questionnaires»).
 */
import { NO, YES } from '../../domain/questionnaires/answers';
import { FLAG_BLANK } from '../../domain/questionnaires/ingest';
import type { QuestionnaireKind } from '../../domain/questionnaires/model';
import type { ResultRow } from '../../domain/questionnaires/result-row';
import { isoDateInZone } from '../../domain/registry/dates';
import type { AnswerKind, AnswerRole, QuestionnaireResult } from '../../domain/report/questionnaire-results';
import { isUserError } from '../../domain/user-error';
import { resultRowsByKind } from '../questionnaires/analysis';
import { loadQuestionnaires } from '../questionnaires/registry-data';
import type { Services } from '../services';

/** The answers of every questionnaire the workbook has, read once per report. */
export interface AnswerSource {
  /**
   * Every answer as the report needs it (the report keeps those of its year); `undefined` while the workbook has
   * no questionnaires at all, which the report tells apart from questionnaires nobody answered in the year.
   */
  results(): readonly QuestionnaireResult[] | undefined;
}

/** The source of a workbook without questionnaires' result sheets (tests of the report alone). */
export const NO_QUESTIONNAIRES: AnswerSource = { results: () => undefined };

/**
 * The answers of the workbook's result sheets («Результаты АН-…»), each read once: `undefined` when «Анкеты» is
 * empty or missing (a workbook set up before questionnaires), a blank answer left out.
 */
export function questionnaireAnswers(s: Services): AnswerSource {
  return {
    results: () => {
      try {
        if (loadQuestionnaires(s).entities.length === 0) return undefined;
      } catch (error) {
        if (isUserError(error)) return undefined;
        throw error;
      }
      const timeZone = s.tables.timeZone();
      return [...resultRowsByKind(s)].flatMap(([kind, rows]) =>
        rows.flatMap((row) => {
          const result = row.flags.includes(FLAG_BLANK) ? null : resultFromRow(kind, row, timeZone);
          return result ? [result] : [];
        }),
      );
    },
  };
}

/** The questionnaires the report reads, as the report's kinds. */
const REPORT_KINDS: Partial<Record<QuestionnaireKind, AnswerKind>> = {
  'impact-entry': 'entry',
  'impact-exit': 'exit',
  'mentor-satisfaction': 'satisfaction',
  'mentee-satisfaction': 'satisfaction',
};

const ROLES: Readonly<Record<string, AnswerRole>> = { наставник: 'mentor', наставляемый: 'mentee' };

/**
 * One row of a questionnaire's result sheet as the report reads it (src/domain/report/README.md, «For the use
 * case»): the role and kind in the report's words, the day of the answer in the spreadsheet's time zone, the
 * numeric indices as they are, «Хотели бы Вы продолжить…» as a yes or no. `null` for a row the report does not
 * count: another kind (intake, the curator's), no respondent (no valid personal code), or no role.
 */
export function resultFromRow(
  kind: QuestionnaireKind,
  row: ResultRow,
  timeZone: string,
): QuestionnaireResult | null {
  const reportKind = REPORT_KINDS[kind];
  const role = ROLES[row.role];
  if (!reportKind || !role || row.respondentId.trim() === '') return null;
  const indices: Record<string, number> = {};
  for (const [key, cell] of Object.entries(row.indices)) if (typeof cell === 'number') indices[key] = cell;
  const wish = row.answers.continue;
  return {
    role,
    kind: reportKind,
    respondentId: row.respondentId.trim(),
    ...(row.pairId.trim() ? { mentorshipId: row.pairId.trim() } : {}),
    answeredOn: isoDateInZone(row.submittedAt, timeZone),
    indices,
    ...(wish === YES || wish === NO ? { wantsToContinue: wish === YES } : {}),
  };
}
