import { dateAtMidnightInZone, isIsoDate } from './dates';
import type { CellValue } from './sheet-row';
import type { ColumnSpec, TableSpec } from './table-spec';

/**
 * Turns a record into cells by column key, for writing by ID. Only the columns the record names are returned,
 * so a partial record updates only those cells. Dates become `Date`s at midnight in `timeZone` (what a date
 * cell holds); lists are joined with «; »; people's text is returned exactly as it is.
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

/** One value as a cell of its column. */
export function toCell(column: ColumnSpec, value: unknown, timeZone: string): CellValue {
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
