/**
 * Ingestion, exactly once: the rows to append for the responses a form holds that the result sheet lacks. It is a
 * pure function of the form's responses, the sheet's response IDs and the token registry, so a duplicated, blank,
 * retried or missed form-submit event changes nothing: the next run over all responses gives the same rows.
 */
import { formatRuDate, isoDateTimeInZone } from '../registry/dates';
import { answerCell, indexCells, type AnswerValue, type Cell } from './answers';
import { TOKEN_KEY, type FormSpec } from './model';
import type { ResultRow } from './result-row';
import { normaliseToken, type TokenRecord, type TokenUse } from './tokens';

/** A form response as the adapter reads it: answers keyed by item ID (or by item title). */
export interface FormResponseRecord {
  readonly responseId: string;
  readonly submittedAt: Date;
  readonly answers: Readonly<Record<string, AnswerValue>>;
}

export interface IngestInput {
  readonly spec: FormSpec;
  readonly questionnaireId: string;
  /** Every response the form holds (a response may be listed twice: only its first listing counts). */
  readonly responses: readonly FormResponseRecord[];
  /** The response IDs the result sheet already has. */
  readonly existingResponseIds: Iterable<string>;
  /** The token registry of the workbook. */
  readonly tokens: readonly TokenRecord[];
  /** Question key → form item ID, as the adapter made the form; without it answers are matched by title. */
  readonly itemIds?: Readonly<Record<string, string>>;
  /** The spreadsheet's time zone, for the date a flag names. */
  readonly timeZone: string;
}

export const FLAG_BLANK = 'пустой ответ';
export const FLAG_NO_TOKEN = 'код анкеты не указан';
export const FLAG_UNKNOWN_TOKEN = 'код анкеты не найден';

/** The rows to append, oldest first, and the tokens they use for the first time (for the registry). */
export function ingestResponses(input: IngestInput): { rows: ResultRow[]; uses: TokenUse[] } {
  const registry = new Map(
    input.tokens.filter((t) => t.questionnaireId === input.questionnaireId).map((t) => [t.token, t]),
  );
  const read = unique(input.responses).map((response) => readResponse(input, response));
  const claims = claimsOf(registry, read);
  const existing = new Set(input.existingResponseIds);
  const rows = read
    .filter((r) => !existing.has(r.response.responseId))
    .map((r) => toRow(input, r, registry.get(r.token), claims.get(r.token)));
  const uses = [...claims.values()].flatMap((c) =>
    registry.get(c.token)?.state === 'issued' && c.submittedAt ? [c as TokenUse] : [],
  );
  return { rows, uses };
}

interface ReadResponse {
  readonly response: FormResponseRecord;
  readonly cells: Record<string, Cell>;
  readonly token: string;
  readonly blank: boolean;
}

/** The first listing of each response ID, oldest first (ties by ID, so every run orders them alike). */
function unique(responses: readonly FormResponseRecord[]): FormResponseRecord[] {
  const byId = new Map<string, FormResponseRecord>();
  for (const r of responses) if (!byId.has(r.responseId)) byId.set(r.responseId, r);
  return [...byId.values()].sort(
    (a, b) =>
      a.submittedAt.getTime() - b.submittedAt.getTime() ||
      (a.responseId < b.responseId ? -1 : a.responseId > b.responseId ? 1 : 0),
  );
}

function readResponse(input: IngestInput, response: FormResponseRecord): ReadResponse {
  const answerOf = (key: string, title: string): AnswerValue | undefined => {
    const id = input.itemIds?.[key];
    return (id !== undefined ? response.answers[id] : undefined) ?? response.answers[title];
  };
  const cells: Record<string, Cell> = {};
  let token = '';
  for (const q of input.spec.items) {
    const value = answerOf(q.key, q.title);
    if (q.key === TOKEN_KEY) token = normaliseToken(typeof value === 'string' ? value : '');
    else cells[q.key] = answerCell(q, value);
  }
  return { response, cells, token, blank: Object.values(cells).every((c) => c === '') };
}

/** The response a token belongs to; its moment is unknown when the registry names a response the form lost. */
interface Claim {
  readonly token: string;
  readonly responseId: string;
  readonly submittedAt: Date | null;
}

/**
 * Which response each token belongs to: the one the registry recorded, or else the oldest response that answered
 * something with it. A blank response never uses up a token, so the person can still send the form properly.
 */
function claimsOf(
  registry: ReadonlyMap<string, TokenRecord>,
  read: readonly ReadResponse[],
): Map<string, Claim> {
  const claims = new Map<string, Claim>();
  const moments = new Map(read.map((r) => [r.response.responseId, r.response.submittedAt]));
  for (const { token, state, usedBy, usedAt } of registry.values()) {
    if (state === 'used') {
      claims.set(token, { token, responseId: usedBy, submittedAt: moments.get(usedBy) ?? usedAt });
    }
  }
  for (const { blank, token, response } of read) {
    if (blank || !registry.has(token) || claims.has(token)) continue;
    claims.set(token, { token, responseId: response.responseId, submittedAt: response.submittedAt });
  }
  return claims;
}

/**
 * The row of one response. Its content depends only on the response, the registry and which response its token
 * belongs to, never on when the run happens: a blank response is matched by the registry alone.
 */
function toRow(
  input: IngestInput,
  r: ReadResponse,
  record: TokenRecord | undefined,
  claim: Claim | undefined,
): ResultRow {
  const { spec } = input;
  const flags: string[] = r.blank ? [FLAG_BLANK] : [];
  let person: TokenRecord | undefined;
  if (spec.respondents === 'personal') {
    const problem = codeProblem(r, record, claim, input.timeZone);
    if (problem) flags.push(problem);
    else person = record;
  }
  return {
    responseId: r.response.responseId,
    submittedAt: r.response.submittedAt,
    respondentId: person?.personId ?? '',
    role: spec.respondents === 'personal' ? (person?.role ?? '') : spec.respondents,
    pairId: person?.pairId ?? '',
    token: r.token,
    answers: r.cells,
    indices: r.blank
      ? Object.fromEntries(spec.indices.map((i) => [i.key, '']))
      : indexCells(spec.indices, r.cells),
    flags,
  };
}

/** What is wrong with a personal response's code, or '' when it names the respondent. */
function codeProblem(
  r: ReadResponse,
  record: TokenRecord | undefined,
  claim: Claim | undefined,
  timeZone: string,
): string {
  if (!r.token) return FLAG_NO_TOKEN;
  if (!record) return FLAG_UNKNOWN_TOKEN;
  if (r.blank || !claim || claim.responseId === r.response.responseId) return '';
  return reused(claim, timeZone);
}

/** «код уже использован ответом от 05.10.2025 14:32» in the spreadsheet's time zone. */
function reused(claim: Claim, timeZone: string): string {
  if (!claim.submittedAt) return 'код уже использован другим ответом';
  const [day, time] = isoDateTimeInZone(claim.submittedAt, timeZone).split('T');
  return `код уже использован ответом от ${formatRuDate(day)} ${time}`;
}
