/**
 * Consent withdrawn (src/app/registry/withdraw-consent.ts): the person's personal links are dropped from «Коды
 * анкет» (a later answer through one attaches nobody) and their answers on the result sheets are anonymised like
 * the rest of their data — the respondent's ID and the code emptied, the answer kept for the counts, marked
 * «согласие отозвано»; an intake answer that made them a bank row loses everything it said about them.
 */
import { withLinkedRows, type CellChange } from '../../domain/registry/anonymise';
import { normaliseId } from '../../domain/registry/ids';
import type { SheetRow } from '../../domain/registry/sheet-row';
import type { TableKey } from '../../domain/registry/tables';
import type { RowUpdate } from '../../ports/table-store';
import type { Services } from '../services';
import { loadRecord } from './questionnaire-record';
import { DECISION_KEY, resultTableSpec } from './result-sheet';
import { QUESTIONNAIRES_TABLE } from '../../domain/registry/tables';
import { isUserError } from '../../domain/user-error';

export const WITHDRAWN_FLAG = 'согласие отозвано';

/** `changes` with the person's codes dropped: the code, whose it was and its state. */
export function withTokensDropped(
  personIds: readonly string[],
  tables: Readonly<Partial<Record<TableKey, readonly SheetRow[]>>>,
  changes: readonly CellChange[],
): CellChange[] {
  const targets = withLinkedRows(personIds, tables);
  const dropped: CellChange[] = [];
  for (const row of tables['questionnaire-tokens'] ?? []) {
    const personId = normaliseId(String(row.cells.personId ?? ''));
    if (!personId || !targets.has(personId)) continue;
    const id = normaliseId(String(row.cells.id ?? '')) ?? undefined;
    const set = (column: string, value: string) => {
      if (String(row.cells[column] ?? '') !== value) {
        dropped.push({ table: 'questionnaire-tokens', rowNumber: row.rowNumber, id, column, value });
      }
    };
    set('token', '');
    set('personId', '');
    set('state', 'отозван');
  }
  return [...changes, ...dropped];
}

/**
 * Anonymises the answers of `personIds` on every result sheet: read through `read` (the operation's services),
 * written on `real` at once (a result sheet is no registry table, see result-sheet.ts), after every check of the
 * withdrawal has passed. Running it again finds nothing left to change. Answers the rows changed.
 */
export function anonymiseAnswers(real: Services, read: Services, personIds: readonly string[]): number {
  const targets = new Set(personIds);
  const accepted = new RegExp(`^принят: (${personIds.map((id) => id.replace(/-/g, '\\-')).join('|')})\\b`);
  let changed = 0;
  for (const row of read.tables.read(QUESTIONNAIRES_TABLE).rows) {
    const id = normaliseId(String(row.cells.id ?? ''));
    const record = id ? loadRecord(read.properties, id) : null;
    if (!id || !record) continue;
    let results;
    try {
      results = real.tables.read(resultTableSpec(id, record.spec));
    } catch (error) {
      if (isUserError(error)) continue; // no answers yet: no sheet
      throw error;
    }
    const answerKeys = record.spec.items.map((q) => q.key);
    const updates: RowUpdate[] = [];
    for (const r of results.rows) {
      const flags = String(r.cells.flags ?? '');
      const marked = flags.includes(WITHDRAWN_FLAG)
        ? flags
        : flags
          ? `${flags}; ${WITHDRAWN_FLAG}`
          : WITHDRAWN_FLAG;
      if (targets.has(String(r.cells.respondentId ?? ''))) {
        updates.push({ rowNumber: r.rowNumber, cells: { respondentId: '', token: '', flags: marked } });
      } else if (accepted.test(String(r.cells[DECISION_KEY] ?? '')) && !flags.includes(WITHDRAWN_FLAG)) {
        const cleared = Object.fromEntries(answerKeys.map((k) => [k, '']));
        updates.push({ rowNumber: r.rowNumber, cells: { ...cleared, flags: marked } });
      }
    }
    real.tables.update(results, updates);
    changed += updates.length;
  }
  return changed;
}
