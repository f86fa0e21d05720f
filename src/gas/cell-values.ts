/**
 * Cell values between the sheet and the ports: dates in the spreadsheet's time zone, and people's text always
 * stored as text, never as a formula or a number the sheet guessed.
 */
import type { ColumnSpec } from '../domain/registry/table-spec';
import type { CellValue } from '../ports/table-store';
import { fromWallClock, toWallClock } from './time-zone';

/** The number format of date columns, as a curator in Russia reads dates. */
export const DATE_FORMAT = 'dd.mm.yyyy';

/** Column types whose cells are text; a number-looking value in them stays text. */
const TEXT_TYPES = new Set(['id', 'text', 'long-text', 'list', 'multi-list', 'ref', 'refs', 'email', 'phone']);

/** Text the sheet would turn into a formula (=, +, -, @) or would eat (a leading apostrophe). */
const FORMULA_LIKE = /^[=+\-@']/;
/** Text the sheet would turn into a number, date, percentage or boolean when written as typed. */
const NUMBER_LIKE = /^\s*[\d\s.,:/%]+\s*$|^\s*(true|false|истина|ложь)\s*$/i;
/** A date typed as text the Russian way, e.g. «01.09.2025». */
const RUSSIAN_DATE = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/;

/** Text as it must be written so the sheet stores exactly this text: a quote prefix when needed. */
export function literalText(text: string, column?: ColumnSpec): string {
  if (FORMULA_LIKE.test(text)) return `'${text}`;
  if (column && TEXT_TYPES.has(column.type) && NUMBER_LIKE.test(text)) return `'${text}`;
  return text;
}

/** A value for `setValues`. */
export function toSheetValue(value: CellValue, timeZone: string, column?: ColumnSpec): unknown {
  if (value instanceof Date) return fromWallClock(value, timeZone);
  if (typeof value === 'string') return literalText(value, column);
  return value;
}

/** A value from `getValues`, as the ports hand it on; a date column's «01.09.2025» text is read as that date. */
export function fromSheetValue(raw: unknown, timeZone: string, column?: ColumnSpec): CellValue {
  // getValues returns Date for date cells, built in the spreadsheet's time zone (§1.1).
  if (raw instanceof Date) return toWallClock(raw, timeZone);
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (raw === null || raw === undefined) return '';
  const text = String(raw);
  if (column?.type === 'date') {
    const m = RUSSIAN_DATE.exec(text);
    if (m) {
      const date = new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
      if (date.getUTCDate() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1) return date;
    }
  }
  return text;
}
