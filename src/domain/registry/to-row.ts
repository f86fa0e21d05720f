import { isEmptyCell, parseCell, type CellResult } from './cells';
import { dateAtMidnightInZone, isIsoDate } from './dates';
import { formatId } from './ids';
import type { CellValue } from './sheet-row';
import type { ColumnSpec, TableSpec } from './table-spec';
import { tableByKey } from './tables';
import { UserError } from '../user-error';

/** The most characters one cell holds (docs/apps-script-platform.md §1.2: more is refused with an English error). */
export const CELL_TEXT_LIMIT = 50_000;

/**
 * Text the sheet layer writes after a quote prefix so that it stays text (formula-like or number-like, see
 * src/gas/registry/cell-values.ts); the quote counts towards the limit. Checked in linear steps: a long run of
 * digits and spaces must not make the pattern backtrack.
 */
function quoted(text: string): boolean {
  return (
    /^[=+\-@']/.test(text) || /^[\d\s.,:/%-]+$/.test(text) || /^\s*(true|false|истина|ложь)\s*$/i.test(text)
  );
}

/** The characters a text takes in its cell, the quote prefix included. */
export function cellLength(text: string): number {
  return text.length >= CELL_TEXT_LIMIT && quoted(text) ? text.length + 1 : text.length;
}

/** Why a text does not fit in one cell (Russian, without the field's name), or null when it fits. */
export function tooLongForCell(text: string): string | null {
  const length = cellLength(text);
  if (length <= CELL_TEXT_LIMIT) return null;
  const number = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ' ');
  return (
    `не более ${number(CELL_TEXT_LIMIT)} символов — столько помещается в одну ячейку таблицы, а здесь ` +
    `${number(length)}. Сократите текст или сохраните его в документе и укажите здесь ссылку`
  );
}

/**
 * A value sent for a column, as the sheet will keep it and give it back on the next read: blank text becomes
 * absent, a list value takes the list's spelling, an e-mail loses its outer spaces, an ID its extra zeros; or why
 * the sheet cannot keep it — read by the same `parseCell` as the check reads a cell typed by hand (longer than the
 * column or a cell takes, a date out of range, a negative number, an e-mail, phone or ID the check would refuse).
 * People's text stays exactly as sent. Values of the wrong kind are left for the entity's schema to refuse.
 */
export function storedValue(column: ColumnSpec, value: unknown): CellResult {
  if (typeof value === 'number' && (column.type === 'integer' || column.type === 'number')) {
    return parseCell(column, value, { timeZone: 'UTC' });
  }
  const text = Array.isArray(value) ? value.map(String).join('; ') : typeof value === 'string' ? value : null;
  if (text === null) return { ok: true, value };
  const tooLong = tooLongForCell(text);
  if (tooLong) return { ok: false, message: tooLong };
  if (Array.isArray(value) && value.length === 0) return { ok: true, value };
  if (isEmptyCell(text)) return { ok: true, value: undefined };
  // The same reading as the sheet's check: lengths, dates in range, list spellings, e-mails, phones, IDs.
  if (column.type !== 'integer' && column.type !== 'number' && column.type !== 'boolean') {
    return parseCell(column, text, { timeZone: 'UTC', refExample: idExample(column, text) });
  }
  return { ok: true, value };
}

/** «ПК-0001» for a column of IDs of «Приказы» (or of the ID's own table): what an ID there looks like. */
function idExample(column: ColumnSpec, text: string): string | undefined {
  const prefix = tableByKey(column.refTable ?? '')?.idPrefix ?? /^([А-ЯЁ]{2,3})-/.exec(text)?.[1];
  return prefix ? formatId(prefix, 1) : undefined;
}

/**
 * Turns a record into cells by column key, for writing by ID. Only the columns the record names are returned,
 * so a partial record updates only those cells. Dates become `Date`s at midnight in `timeZone` (what a date
 * cell holds); lists are joined with «; »; people's text is returned exactly as it is. Throws a UserError naming
 * the field when a text is longer than a cell takes, so nothing is written.
 */
export function toRow(
  spec: TableSpec,
  record: Readonly<Record<string, unknown>>,
  timeZone: string,
): Record<string, CellValue> {
  const row: Record<string, CellValue> = {};
  for (const column of spec.columns) {
    if (column.key in record) row[column.key] = toCell(column, record[column.key], timeZone);
  }
  return row;
}

/** One value as a cell of its column; a UserError naming the field when it is longer than a cell takes. */
export function toCell(column: ColumnSpec, value: unknown, timeZone: string): CellValue {
  const cell = cellOf(column, value, timeZone);
  const tooLong = typeof cell === 'string' ? tooLongForCell(cell) : null;
  if (tooLong) throw new UserError(`Поле «${column.header}»: ${tooLong}.`);
  return cell;
}

function cellOf(column: ColumnSpec, value: unknown, timeZone: string): CellValue {
  if (value === undefined || value === null) return column.type === 'boolean' ? false : '';
  if (Array.isArray(value)) return value.map(String).join('; ');
  if (column.type === 'date' && typeof value === 'string' && isIsoDate(value)) {
    return dateAtMidnightInZone(value, timeZone);
  }
  if (column.type === 'datetime' && typeof value === 'string') {
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(value);
    if (m && isIsoDate(m[1])) return dateAtMidnightInZone(m[1], timeZone, Number(m[2]), Number(m[3]));
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  return String(value);
}
