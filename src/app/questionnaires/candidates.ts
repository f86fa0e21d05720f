/**
 * Intake answers as candidates: each answer of a «кандидат в наставники / наставляемые» questionnaire that gave
 * consent waits for the curator, who accepts it into the bank (a bank row through the banks' own use case, so
 * every rule of a sidebar save applies) or rejects it. The decision is written on the answer's row, and the new
 * bank row's note names the answer, so a decision interrupted half-way is finished, never made twice.
 */
import { CHOICE_SEPARATOR, YES } from '../../domain/questionnaires/answers';
import { QUESTIONNAIRES } from '../../domain/questionnaires/kinds';
import type { QuestionnaireKind } from '../../domain/questionnaires/model';
import { isoDateInZone } from '../../domain/registry/dates';
import { MenteeSchema, MentorSchema } from '../../domain/registry/entities/people';
import { MENTEES_TABLE, MENTORS_TABLE } from '../../domain/registry/tables';
import * as z from '../../domain/registry/entities/zod';
import { UserError } from '../../domain/user-error';
import type { SheetRow, TableData } from '../../ports/table-store';
import { addMentee } from '../banks/mentees';
import { addMentor } from '../banks/mentors';
import { loadEntities } from '../registry/entity-table';
import type { Services } from '../services';
import { loadRecord, type QuestionnaireRecord } from './questionnaire-record';
import { kindOfLabel, loadQuestionnaires } from './registry-data';
import { DECISION_KEY, readResults, resultTableSpec } from './result-sheet';

export interface Candidate {
  readonly questionnaireId: string;
  readonly responseId: string;
  /** «наставник» or «наставляемый»: the bank the candidate would go to. */
  readonly bank: 'наставник' | 'наставляемый';
  readonly name: string;
  /** Position, experience, directions: what the curator decides by. */
  readonly details: string;
  readonly submittedAt: string;
}

export interface CandidateList {
  readonly candidates: Candidate[];
  /** Answers that cannot be accepted (no consent), counted. */
  readonly withoutConsent: number;
}

export interface CandidateDecision {
  readonly responseId: string;
  readonly decision: string;
  /** The new bank row's ID when accepted. */
  readonly personId?: string;
}

const INTAKE: readonly QuestionnaireKind[] = ['mentor-intake', 'mentee-intake'];
const ACCEPTED = 'принят';
const REJECTED = 'отклонён';

interface IntakeSheet {
  readonly id: string;
  readonly kind: QuestionnaireKind;
  readonly record: QuestionnaireRecord;
  readonly results: TableData;
}

function intakeSheets(s: Services, only?: string): IntakeSheet[] {
  return loadQuestionnaires(s).entities.flatMap((row) => {
    const kind = kindOfLabel(row.kind);
    if (!kind || !INTAKE.includes(kind) || (only && row.id !== only)) return [];
    const record = loadRecord(s.properties, row.id);
    if (!record) return [];
    return [{ id: row.id, kind, record, results: readResults(s, resultTableSpec(row.id, record.spec)) }];
  });
}

const text = (row: SheetRow, key: string) => String(row.cells[key] ?? '').trim();
const nameOf = (row: SheetRow) =>
  [text(row, 'surname'), text(row, 'firstName'), text(row, 'patronymic')].filter(Boolean).join(' ');

/** The intake answers with consent and without a decision, oldest first. */
export function listCandidates(s: Services): CandidateList {
  const zone = s.tables.timeZone();
  const candidates: Candidate[] = [];
  let withoutConsent = 0;
  for (const sheet of intakeSheets(s)) {
    for (const row of sheet.results.rows) {
      if (text(row, DECISION_KEY) || text(row, 'flags').includes('пустой ответ')) continue;
      if (text(row, 'consent') !== YES) {
        withoutConsent++;
        continue;
      }
      const directions = text(row, sheet.kind === 'mentor-intake' ? 'competencies' : 'requests');
      const at = row.cells.submittedAt;
      candidates.push({
        questionnaireId: sheet.id,
        responseId: text(row, 'responseId'),
        bank: sheet.kind === 'mentor-intake' ? 'наставник' : 'наставляемый',
        name: nameOf(row) || '(без имени)',
        details: [
          text(row, 'position'),
          text(row, 'experienceYears') && `стаж ${text(row, 'experienceYears')}`,
          directions,
        ]
          .filter(Boolean)
          .join('; '),
        submittedAt: at instanceof Date ? isoDateInZone(at, zone) : String(at ?? ''),
      });
    }
  }
  return { candidates, withoutConsent };
}

const DecisionSchema = z.object({
  questionnaireId: z.string().max(20),
  responseId: z.string().min(1).max(200),
  decision: z.enum(['accept', 'reject']),
});

/** Accepts a candidate into the bank or rejects them; the decision lands on the answer's row. */
export function decideCandidate(s: Services, input: unknown, operationId?: string): CandidateDecision {
  const parsed = DecisionSchema.safeParse(input);
  if (!parsed.success) throw new UserError('Выберите кандидата из списка.');
  const { questionnaireId, responseId, decision } = parsed.data;
  return s.lock.run(() => {
    const [sheet] = intakeSheets(s, questionnaireId.trim().toUpperCase());
    const row = sheet?.results.rows.find((r) => text(r, 'responseId') === responseId);
    if (!sheet || !row) throw new UserError('Этого ответа больше нет на листе результатов. Обновите панель.');
    const decided = text(row, DECISION_KEY);
    if (decided) return { responseId, decision: decided };
    if (decision === 'reject') return mark(s, sheet, row, REJECTED);
    if (text(row, 'consent') !== YES) {
      throw new UserError(
        'Кандидат не дал согласия на обработку персональных данных: в банк его внести нельзя.',
      );
    }
    const mentor = sheet.kind === 'mentor-intake';
    const note = `Из анкеты ${sheet.id}, ответ ${responseId}`;
    // A decision stopped after the bank row was added: that row is the candidate's, never a second one.
    const bank = mentor
      ? loadEntities(s, MENTORS_TABLE, MentorSchema).entities
      : loadEntities(s, MENTEES_TABLE, MenteeSchema).entities;
    const added =
      bank.find((p) => p.note === note) ??
      (mentor ? addMentor : addMentee)(s, bankInput(s, sheet, row, note), operationId);
    return { ...mark(s, sheet, row, `${ACCEPTED}: ${added.id}`), personId: added.id };
  });
}

/** The decision on the answer's row (the result sheet is written directly, see result-sheet.ts). */
function mark(s: Services, sheet: IntakeSheet, row: SheetRow, decision: string): CandidateDecision {
  s.tables.update(sheet.results, [{ rowNumber: row.rowNumber, cells: { [DECISION_KEY]: decision } }]);
  s.journal.record([
    {
      action: `Анкета кандидата: ${decision}`,
      ids: [sheet.id, ...(decision.startsWith(ACCEPTED) ? [decision.slice(ACCEPTED.length + 2)] : [])],
      details: `Ответ ${text(row, 'responseId')}`,
    },
  ]);
  return { responseId: text(row, 'responseId'), decision };
}

/** The bank fields an intake answer fills: the questions' keys are the bank's column keys. */
function bankInput(s: Services, sheet: IntakeSheet, row: SheetRow, note: string): Record<string, unknown> {
  const questions = QUESTIONNAIRES[sheet.kind].questions.map((q) => q.key);
  const spec = sheet.kind === 'mentor-intake' ? MENTORS_TABLE : MENTEES_TABLE;
  const input: Record<string, unknown> = { note, consent: true };
  for (const key of questions) {
    const column = spec.columns.find((c) => c.key === key);
    const value = text(row, key);
    if (!column || !value || key === 'consent') continue;
    if (column.type === 'multi-list') input[key] = value.split(CHOICE_SEPARATOR).map((v) => v.trim());
    else if (column.type === 'integer' || column.type === 'number')
      input[key] = Number(value.replace(',', '.'));
    else input[key] = value;
  }
  const at = row.cells.submittedAt;
  input.consentDate = isoDateInZone(at instanceof Date ? at : s.clock.now(), s.tables.timeZone());
  return input;
}
