/**
 * «Отозвать согласие» (152-ФЗ): removes a person from the whole registry with the domain's `anonymise`. IDs,
 * positions, categories and dates stay, so counts and reports still add up; names, contacts and mentions go.
 */
import { anonymise, documentsToReview } from '../../domain/registry/anonymise';
import { normaliseId } from '../../domain/registry/ids';
import { TABLES, type TableKey } from '../../domain/registry/tables';
import { UserError } from '../../domain/user-error';
import { nameParts, removeMentions, type NameParts } from '../../domain/registry/name-mentions';
import type { Cells, SheetRow, TableData } from '../../ports/table-store';
import type { CellRef } from '../../ports/workbook-scan';
import type { Services } from '../services';
import { runOperation } from '../operations/run-operation';

/** What was done, for the message to the curator. */
export interface WithdrawResult {
  /** The person's rows in both banks (a mentor who is also a mentee is one person). */
  readonly personIds: string[];
  readonly cellsChanged: number;
  /** Generated documents (orders, programmes) that still name the person: the curator redacts them by hand. */
  readonly documentsToReview: Array<{ table: string; id?: string; url: string }>;
  /**
   * Cells outside the registry's columns (the curator's own sheets, columns and notes) that still mention the
   * person: shown, never changed, since a namesake's data may be there too.
   */
  readonly tracesLeft: CellRef[];
}

/** The person's name and contacts, as they were before anonymisation (kept only in memory, to find traces). */
type Withdrawn = { readonly result: Omit<WithdrawResult, 'tracesLeft'>; readonly people: NameParts[] };

function anonymisePerson(registry: Services, personId: string): Withdrawn {
  {
    const tables = TABLES.filter((t) => t.key !== 'settings').map((spec) => registry.tables.read(spec));
    const rows = Object.fromEntries(tables.map((t) => [t.spec.key, t.rows])) as Partial<
      Record<TableKey, readonly SheetRow[]>
    >;
    const bank = personId.startsWith('НК') ? rows.mentors : rows.mentees;
    if (!bank?.some((r) => normaliseId(String(r.cells.id ?? '')) === personId)) {
      throw new UserError(
        `Человека с ID ${personId} нет ни на листе «Наставники», ни на листе «Наставляемые».`,
      );
    }
    const changes = anonymise([personId], rows);
    for (const table of tables)
      applyChanges(
        registry,
        table,
        changes.filter((c) => c.table === table.spec.key),
      );
    const personIds = [
      ...new Set([
        personId,
        ...changes.filter((c) => c.column === 'surname' && c.id).map((c) => c.id as string),
      ]),
    ];
    registry.journal.record([
      {
        action: 'Отзыв согласия: персональные данные удалены',
        ids: personIds,
        details: `Изменено ячеек: ${changes.length}`,
      },
    ]);
    const people = [...(rows.mentors ?? []), ...(rows.mentees ?? [])]
      .filter((r) => personIds.includes(normaliseId(String(r.cells.id ?? '')) ?? ''))
      .map((r) => nameParts(r.cells));
    const result = {
      personIds,
      cellsChanged: changes.length,
      documentsToReview: documentsToReview([personId], rows),
    };
    return { result, people };
  }
}

/**
 * Withdraws consent as one operation: the person's cells anonymised everywhere, then the report sheet and the
 * notes on cells, which may quote what those cells held, rebuilt from the anonymised data before the operation
 * counts as done. A retry with the same ID answers the first result (the traces then cannot be looked for again:
 * the name is gone).
 */
export function withdrawConsent(deps: Services, input: unknown, operationId?: string): WithdrawResult {
  const personId = normaliseId(typeof input === 'string' ? input : '');
  if (!personId || !/^(НК|НЯ)-/.test(personId)) {
    throw new UserError('Укажите ID наставника или наставляемого, например НК-0003 или НЯ-0012.');
  }
  const { result, people } = runOperation(
    deps,
    { id: operationId, action: 'withdrawConsent', after: 'check-report' },
    (b) => anonymisePerson(b, personId),
    { keep: (w) => w.result, answer: (kept) => ({ result: kept as Withdrawn['result'], people: [] }) },
  );
  const mentions = (text: string) => people.some((person) => removeMentions(text, person) !== text);
  return { ...result, tracesLeft: deps.scan.find(mentions) };
}

function applyChanges(
  registry: Services,
  table: TableData,
  changes: ReadonlyArray<{ rowNumber: number; column: string; value: string | boolean }>,
): void {
  const byRow = new Map<number, Record<string, string | boolean>>();
  for (const c of changes) byRow.set(c.rowNumber, { ...byRow.get(c.rowNumber), [c.column]: c.value });
  registry.tables.update(
    table,
    [...byRow].map(([rowNumber, cells]) => ({ rowNumber, cells: cells as Cells })),
  );
}

/** What the curator reads after a withdrawal, including documents and own cells to clean by hand. */
export function withdrawalMessage(result: WithdrawResult): string {
  const docs = result.documentsToReview.map((d) => `${d.id ?? d.table}: ${d.url}`);
  const cells = result.tracesLeft.slice(0, 30).map((t) => `«${t.sheet}» ${t.cell}`);
  const more =
    result.tracesLeft.length > cells.length ? ` и ещё ${result.tracesLeft.length - cells.length}` : '';
  return (
    `Персональные данные удалены (${result.personIds.join(', ')}), изменено ячеек: ${result.cellsChanged}.` +
    (docs.length > 0 ? ` Эти документы упоминают человека, исправьте их вручную: ${docs.join('; ')}.` : '') +
    (cells.length > 0
      ? ` Человек ещё упоминается в ваших собственных листах, столбцах или заметках — дополнение их не меняет, ` +
        `проверьте и удалите вручную: ${cells.join('; ')}${more}.`
      : '')
  );
}
