/** The rows analyses count: attached to a person, not blank, the latest per person when one answered twice. */
import { FLAG_BLANK } from './ingest';
import type { ResultRow } from './result-row';

/** Each person's latest counted row, by respondent ID. */
export function latestByPerson(rows: readonly ResultRow[]): Map<string, ResultRow> {
  const out = new Map<string, ResultRow>();
  for (const row of rows) {
    if (!row.respondentId || row.flags.includes(FLAG_BLANK)) continue;
    const known = out.get(row.respondentId);
    if (!known || known.submittedAt.getTime() <= row.submittedAt.getTime()) out.set(row.respondentId, row);
  }
  return out;
}

/** A number rounded to one decimal, as indices and changes are shown. */
export function oneDecimal(n: number): number {
  return Math.round(n * 10) / 10;
}
