import { parseA1 } from './a1';
import type { RangeModel, SheetModel, SpreadsheetModel } from './model';

/** Validates numeric getRange arguments with the live messages (§1.2) and returns the rectangle. */
export function gridRange(
  sheet: SheetModel,
  row: number,
  column: number,
  numRows = 1,
  numColumns = 1,
): RangeModel {
  if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
  if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
  // [UNVERIFIED wording, widely seen in the field] for a start before row/column 1.
  if (row < 1) throw new Error('The starting row of the range is too small.');
  if (column < 1) throw new Error('The starting column of the range is too small.');
  if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) {
    throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return { sheetId: sheet.sheetId, row, column, numRows, numColumns };
}

/**
 * Resolves A1 notation ('A1', 'B2:D4', 'A:A', '3:3', 'A2:B', 'Лист!A1') on `defaultSheet` or the named sheet.
 * Live text for anything else: `Range not found`.
 */
export function a1Range(ss: SpreadsheetModel, defaultSheet: SheetModel, a1: string): RangeModel {
  const parts = parseA1(a1);
  if (!parts) throw new Error('Range not found');
  const sheet = parts.sheetName === null ? defaultSheet : ss.sheets.find((s) => s.name === parts.sheetName);
  if (!sheet) throw new Error('Range not found');
  const wholeColumns = parts.endRow === null;
  const wholeRows = parts.endColumn === null;
  const r1 = parts.row ?? 1;
  const r2 = parts.endRow ?? sheet.maxRows;
  const c1 = parts.column ?? 1;
  const c2 = parts.endColumn ?? sheet.maxColumns;
  const [row, lastRow] = [Math.min(r1, r2), Math.max(r1, r2)];
  const [column, lastColumn] = [Math.min(c1, c2), Math.max(c1, c2)];
  const range = gridRange(sheet, row, column, lastRow - row + 1, lastColumn - column + 1);
  if (wholeColumns) range.wholeColumns = true;
  if (wholeRows) range.wholeRows = true;
  return range;
}

/**
 * [UNVERIFIED] Sheet names are unique regardless of case, as the Sheets UI enforces; the stricter choice.
 * Lookups by name (getSheetByName) stay exact, so a wrong-case lookup fails here first.
 */
export function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase('ru') === b.toLocaleLowerCase('ru');
}
