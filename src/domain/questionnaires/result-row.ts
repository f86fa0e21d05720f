/** A row of a questionnaire's result sheet: who answered (IDs, never names), when, each answer, the indices. */
import type { Cell } from './answers';
import { TOKEN_KEY, type CandidateRole, type FormSpec, type RespondentRole } from './model';

/** One response as its result-sheet row. */
export interface ResultRow {
  /** `FormResponse.getId()`: what makes ingestion exactly once. */
  readonly responseId: string;
  readonly submittedAt: Date;
  /** The person the token names; '' when no valid token attached one (and always for intake). */
  readonly respondentId: string;
  readonly role: RespondentRole | CandidateRole | '';
  readonly pairId: string;
  /** The code the response carried, normalised; '' when none. */
  readonly token: string;
  /** By question key. */
  readonly answers: Readonly<Record<string, Cell>>;
  /** By index key. */
  readonly indices: Readonly<Record<string, Cell>>;
  /** What the curator should know, in Russian: blank, unknown or reused code. */
  readonly flags: readonly string[];
}

/** A result-sheet column: a stable key and the header a curator reads. */
export interface ResultColumn {
  readonly key: string;
  readonly header: string;
}

/** The columns of a form's result sheet, in order: who and when, the questions, the indices, the checks. */
export function resultColumns(spec: FormSpec): ResultColumn[] {
  return [
    { key: 'submittedAt', header: 'Дата ответа' },
    { key: 'respondentId', header: 'ID респондента' },
    { key: 'role', header: 'Роль' },
    { key: 'pairId', header: 'Пара / группа' },
    ...spec.items.filter((q) => q.key !== TOKEN_KEY).map((q) => ({ key: q.key, header: q.title })),
    ...spec.indices.map((i) => ({ key: i.key, header: i.title })),
    { key: 'flags', header: 'Отметки' },
    { key: 'token', header: 'Код анкеты' },
    { key: 'responseId', header: 'ID ответа в форме' },
  ];
}

/** A row's cells in the order of `resultColumns(spec)`. */
export function resultCells(spec: FormSpec, row: ResultRow): Array<Cell | Date> {
  const fixed: Record<string, Cell | Date> = {
    submittedAt: row.submittedAt,
    respondentId: row.respondentId,
    role: row.role,
    pairId: row.pairId,
    flags: row.flags.join('; '),
    token: row.token,
    responseId: row.responseId,
  };
  return resultColumns(spec).map((c) => fixed[c.key] ?? row.answers[c.key] ?? row.indices[c.key] ?? '');
}
