/**
 * Cell values between the sheet and the ports: people's text is always stored as text, never as a formula or
 * a number the sheet guessed. Dates pass as `Date`s, which Apps Script reads and writes in the spreadsheet's
 * time zone (§1.1); the domain converts them with that zone.
 */
import type { ColumnSpec } from '../../domain/registry/table-spec';
import type { CellValue } from '../../ports/table-store';

/** The number format of date columns, as a curator in Russia reads dates. */
export const DATE_FORMAT = 'dd.mm.yyyy';
/** The number format of moments (the journal's «Когда»). */
export const DATETIME_FORMAT = 'dd.mm.yyyy hh:mm';

/** The number format «plain text»: typing `+7 900 123-45-67` or `12.1` into such a cell keeps the text (§1.2). */
export const PLAIN_TEXT_FORMAT = '@';

/** The number format a column of this type gets. */
export function numberFormat(type: 'date' | 'datetime'): string {
  return type === 'date' ? DATE_FORMAT : DATETIME_FORMAT;
}

/** Column types whose cells are text; a number-looking value in them stays text. */
const TEXT_TYPES = new Set([
  'id',
  'text',
  'long-text',
  'list',
  'multi-list',
  'ref',
  'refs',
  'email',
  'phone',
]);

/** Text the sheet would turn into a formula (=, +, -, @) or would eat (a leading apostrophe). */
const FORMULA_LIKE = /^[=+\-@']/;
/**
 * Text the sheet would turn into a number, date, percentage or boolean when written as typed. No `\s*` around the
 * class that holds `\s` already: that form backtracked cubically (2,000 spaces and a letter took seconds).
 */
const NUMBER_LIKE = /^[\d\s.,:/%-]+$|^\s*(true|false|истина|ложь)\s*$/i;

/**
 * Text as it must be written so the sheet stores exactly this text. setValues parses strings as if typed
 * (USER_ENTERED): '=…' and '+…' become formulas even in a '@' (plain text) cell, so the quote prefix is the
 * protection that works (§1.2); the quote is not part of the stored value.
 */
export function literalText(text: string, column?: ColumnSpec): string {
  if (FORMULA_LIKE.test(text)) return `'${text}`;
  if (column && TEXT_TYPES.has(column.type) && NUMBER_LIKE.test(text)) return `'${text}`;
  return text;
}

/** A value for `setValues`. */
export function toSheetValue(value: CellValue, column?: ColumnSpec): unknown {
  return typeof value === 'string' ? literalText(value, column) : value;
}

/** A value from `getValues`, as the ports hand it on. */
export function fromSheetValue(raw: unknown): CellValue {
  // A Date made outside the script's own realm (a test harness, a vm) fails `instanceof Date` in the domain:
  // copy it into this realm. In Apps Script it is a plain copy.
  if (Object.prototype.toString.call(raw) === '[object Date]') return new Date((raw as Date).getTime());
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (raw === null || raw === undefined) return '';
  return String(raw);
}
