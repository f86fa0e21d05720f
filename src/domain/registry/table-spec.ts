/**
 * How a registry table looks in the workbook, as data: setup builds sheets from it, the sheet layer finds
 * columns by `key` (developer metadata, then header text), and the checks validate cells by `type`.
 */

/** What a cell of a column holds; decides parsing, number format and dropdowns. */
export type ColumnType =
  | 'id' // the row's stable ID, e.g. «НР-0007»
  | 'text'
  | 'long-text'
  | 'integer'
  | 'number'
  | 'date'
  | 'datetime' // a moment (the journal's «Когда»); a Date cell, ISO 'YYYY-MM-DDTHH:mm' in records
  | 'boolean' // a checkbox
  | 'list' // one value of `options`
  | 'multi-list' // several values of `options`, separated by «; »
  | 'ref' // the ID of a row in another table (`refTable`)
  | 'refs' // several IDs, separated by «; »
  | 'email'
  | 'phone';

export interface ColumnSpec {
  /** Stable identity of the column, stored as developer metadata; never shown, never renamed. */
  readonly key: string;
  /** The Russian header a person sees. */
  readonly header: string;
  /** Earlier headers of this column, so a workbook set up by an older version is still understood. */
  readonly formerHeaders?: readonly string[];
  /** The cell note on the header: what to type here. */
  readonly note?: string;
  readonly type: ColumnType;
  /** Dropdown values for `list` / `multi-list`. */
  readonly options?: readonly string[];
  /** Whether a free value outside `options` is allowed (e.g. a form of mentoring «другое»). */
  readonly allowOther?: boolean;
  /** The table whose IDs a `ref` / `refs` column holds. */
  readonly refTable?: string;
  readonly required?: boolean;
  /** The most characters a short text holds (a name part, a position), checked by the sidebars and the check. */
  readonly maxLength?: number;
  /**
   * Text that Sheets would read as something else when typed (an order number «12.1» becomes a date): the cells
   * are formatted as plain text. IDs, references and phones always are (`isPlainTextColumn`).
   */
  readonly plainText?: boolean;
  /**
   * Written by the add-on from other sheets (the names beside the IDs), never taken from a person: a sidebar does
   * not send it, and a hand edit is replaced at the next save or «Проверить данные».
   */
  readonly derived?: boolean;
  /** Hidden from the person (a key the add-on finds rows by); setup hides the column. */
  readonly hidden?: boolean;
  /** Column width in pixels. */
  readonly width?: number;
}

export interface TableSpec {
  /** Stable identity of the sheet, stored as developer metadata on the sheet. */
  readonly key: string;
  /** The sheet's Russian name. */
  readonly sheetName: string;
  /** Prefix of the row IDs, e.g. «НК» for mentors: «НК-0001». Absent for tables without IDs. */
  readonly idPrefix?: string;
  readonly columns: readonly ColumnSpec[];
}

/** Types whose text Sheets would turn into a number, a date or a formula when typed: «+7 900 123-45-67». */
const PLAIN_TEXT_TYPES: ReadonlySet<ColumnType> = new Set(['id', 'ref', 'refs', 'phone']);

/** Whether the column's cells are formatted as plain text, so what a person types stays the text typed. */
export function isPlainTextColumn(column: ColumnSpec): boolean {
  return PLAIN_TEXT_TYPES.has(column.type) || column.plainText === true;
}
