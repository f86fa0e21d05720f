import type { RangeModel } from './model';

/** Column number (1-based) to letters: 1 → 'A', 27 → 'AA'. */
export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Letters to a column number: 'A' → 1, 'AA' → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A parsed A1 reference before it is tied to a sheet: open ends are null. */
export interface A1Parts {
  sheetName: string | null;
  row: number | null;
  column: number | null;
  endRow: number | null;
  endColumn: number | null;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Parses 'A1', 'B2:D4', 'A:A', '3:3', 'A2:B', "'My sheet'!A1:B2"; null when it is not valid A1 notation. */
export function parseA1(text: string): A1Parts | null {
  let sheetName: string | null = null;
  let ref = text.trim();
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = ref.slice(0, bang);
    ref = ref.slice(bang + 1);
    if (sheetName.startsWith("'") && sheetName.endsWith("'") && sheetName.length >= 2) {
      sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    }
  }
  const [first, second, extra] = ref.split(':');
  if (extra !== undefined || !first) return null;
  const a = CELL.exec(first);
  const b = second === undefined ? a : CELL.exec(second);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) return null;
  const num = (s: string): number | null => (s ? Number(s) : null);
  const col = (s: string): number | null => (s ? columnNumber(s) : null);
  if (second === undefined && (!a[1] || !a[2])) return null; // a lone 'A' or '3' is not a range
  if (num(a[2]) === 0 || num(b[2]) === 0) return null;
  const parts: A1Parts = {
    sheetName,
    row: num(a[2]),
    column: col(a[1]),
    endRow: num(b[2]),
    endColumn: col(b[1]),
  };
  // 'A:A' has no rows at all, '3:3' no columns at all: both ends must agree on what is open.
  if (parts.column === null && parts.endColumn !== null) return null;
  if (parts.row === null && parts.endRow !== null) return null;
  return parts;
}

/** The A1 notation Apps Script reports for a range (`getA1Notation`): 'A:A' and '3:3' keep their shape. */
export function formatA1(r: RangeModel): string {
  const lastRow = r.row + r.numRows - 1;
  const lastCol = r.column + r.numColumns - 1;
  if (r.wholeColumns)
    return `${columnLetters(r.column)}${r.row === 1 ? '' : r.row}:${columnLetters(lastCol)}`;
  if (r.wholeRows) return `${r.column === 1 ? '' : columnLetters(r.column)}${r.row}:${lastRow}`;
  if (r.numRows === 1 && r.numColumns === 1) return `${columnLetters(r.column)}${r.row}`;
  return `${columnLetters(r.column)}${r.row}:${columnLetters(lastCol)}${lastRow}`;
}

/** Quotes a sheet name for a reference when needed: "Пары и группы" → "'Пары и группы'". */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
