import type { Workspace } from '../emulator/workspace';
import { spreadsheetApp } from './emulator-adapter';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** One cell as the page draws it: what Sheets would display, plus what a person notices around it. */
export interface CellView {
  text: string;
  note?: string;
  /** The dropdown's choices when the cell has a list validation. */
  list?: string[];
  /** The cell is a checkbox (its text is TRUE or FALSE). */
  checkbox?: boolean;
  /** The cell is inside a protected range (or a protected sheet outside its unprotected ranges). */
  locked?: boolean;
  bold?: boolean;
  background?: string;
  color?: string;
  align?: string;
}

/** One sheet as the page draws it. */
export interface SheetView {
  name: string;
  hidden: boolean;
  frozenRows: number;
  frozenColumns: number;
  /** Column widths in pixels, column A first. */
  widths: number[];
  /** Columns hidden in the sheet (1-based): Sheets does not draw them. */
  hiddenColumns: number[];
  rows: CellView[][];
  /** The sheet's real size in rows with content (the view may show fewer). */
  lastRow: number;
  lastColumn: number;
}

/** The workbook as the page draws it. */
export interface WorkbookView {
  name: string;
  activeSheet: string;
  sheets: SheetView[];
  /** Why the workbook could not be read, when it could not (an emulator area not written yet). */
  problem?: string;
}

/** `full`: every row and column with content (for exports); `only`: cells of that sheet alone, the rest named. */
export interface ViewOptions {
  maxRows?: number;
  full?: boolean;
  only?: string;
}

/** How much of a sheet the page shows: a little beyond the data, and never more than this. */
const MAX_ROWS = 400;
const MAX_COLUMNS = 40;

/**
 * Reads the bound workbook through the Apps Script API as the platform's own work (not counted, no auth checks
 * of the script). Each feature the emulator lacks is skipped rather than failing the whole view.
 */
export function workbookView(ws: Workspace, options: ViewOptions = {}): WorkbookView {
  const app = spreadsheetApp(ws);
  return ws.rt.internal(() => {
    const ss = app.getActiveSpreadsheet();
    if (!ss) return { name: '', activeSheet: '', sheets: [], problem: 'Таблица не открыта.' };
    const sheets = ss
      .getSheets()
      .map((sheet) =>
        options.only === undefined || sheet.getName() === options.only
          ? sheetView(app.ProtectionType, ss, sheet, options)
          : namedOnly(sheet),
      );
    return { name: ss.getName(), activeSheet: attempt(() => ss.getActiveSheet().getName(), ''), sheets };
  });
}

function sheetView(
  types: typeof GoogleAppsScript.Spreadsheet.ProtectionType,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheet: Sheet,
  options: ViewOptions,
): SheetView {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const frozenRows = attempt(() => sheet.getFrozenRows(), 0);
  const frozenColumns = attempt(() => sheet.getFrozenColumns(), 0);
  const maxRows = options.full ? lastRow : Math.min(options.maxRows ?? MAX_ROWS, sheet.getMaxRows());
  const rowsShown = options.full ? lastRow : Math.min(Math.max(lastRow + 5, frozenRows, 20), maxRows);
  const columnsShown = options.full
    ? lastColumn
    : Math.min(Math.max(lastColumn + 1, frozenColumns, 6), MAX_COLUMNS, sheet.getMaxColumns());
  const view: SheetView = {
    name: sheet.getName(),
    hidden: attempt(() => sheet.isSheetHidden(), false),
    frozenRows,
    frozenColumns,
    widths: [],
    hiddenColumns: [],
    rows: [],
    lastRow,
    lastColumn,
  };
  if (rowsShown < 1 || columnsShown < 1) return view;
  for (let c = 1; c <= columnsShown; c++) {
    view.widths.push(attempt(() => sheet.getColumnWidth(c), 100));
    if (attempt(() => sheet.isColumnHiddenByUser(c), false)) view.hiddenColumns.push(c);
  }
  const range = sheet.getRange(1, 1, rowsShown, columnsShown);
  const texts = attempt(() => range.getDisplayValues(), null) ?? stringify(range.getValues());
  const notes = attempt(() => range.getNotes(), null);
  const weights = attempt(() => range.getFontWeights(), null);
  const backgrounds = attempt(() => range.getBackgrounds(), null);
  const colors = attempt(() => range.getFontColorObjects().map((r) => r.map(colorText)), null);
  const aligns = attempt(() => range.getHorizontalAlignments(), null);
  const lists = attempt(() => dropdowns(range), null);
  const locked = attempt(() => lockedCells(types, ss, sheet, rowsShown, columnsShown), null);
  view.rows = texts.map((row, r) =>
    row.map((text, c) => {
      const cell: CellView = { text };
      if (notes?.[r][c]) cell.note = notes[r][c];
      const list = lists?.[r][c];
      if (list === CHECKBOX) cell.checkbox = true;
      else if (list) cell.list = list;
      if (locked?.[r][c]) cell.locked = true;
      if (weights?.[r][c] === 'bold') cell.bold = true;
      const bg = backgrounds?.[r][c];
      if (bg && bg !== '#ffffff') cell.background = bg;
      const color = colors?.[r][c];
      if (color && color !== '#000000') cell.color = color;
      const align = aligns?.[r][c];
      if (align && align !== 'general' && align !== 'general-left') cell.align = align;
      return cell;
    }),
  );
  return view;
}

/** A sheet the page shows only as a tab. */
function namedOnly(sheet: Sheet): SheetView {
  const hidden = attempt(() => sheet.isSheetHidden(), false);
  return {
    name: sheet.getName(),
    hidden,
    frozenRows: 0,
    frozenColumns: 0,
    widths: [],
    hiddenColumns: [],
    rows: [],
    lastRow: 0,
    lastColumn: 0,
  };
}

/** Marks a checkbox rule among the dropdown lists. */
const CHECKBOX: string[] = ['TRUE', 'FALSE'];

function dropdowns(range: Range): Array<Array<string[] | null>> {
  return range.getDataValidations().map((row) =>
    row.map((rule) => {
      if (!rule) return null;
      const type = String(rule.getCriteriaType());
      const args = rule.getCriteriaValues();
      if (type === 'VALUE_IN_LIST') return (args[0] as unknown[]).map(String);
      if (type === 'VALUE_IN_RANGE') {
        const source = args[0] as Range;
        return source
          .getDisplayValues()
          .flat()
          .filter((v) => v !== '');
      }
      if (type === 'CHECKBOX') return CHECKBOX;
      return null;
    }),
  );
}

/** Cells covered by a range protection, or by a sheet protection outside its unprotected ranges. */
function lockedCells(
  types: typeof GoogleAppsScript.Spreadsheet.ProtectionType,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheet: Sheet,
  rows: number,
  columns: number,
): boolean[][] {
  const grid = Array.from({ length: rows }, () => Array<boolean>(columns).fill(false));
  const mark = (r: Range, value: boolean): void => {
    const top = r.getRow();
    const left = r.getColumn();
    for (let i = top; i < top + r.getNumRows() && i <= rows; i++) {
      for (let j = left; j < left + r.getNumColumns() && j <= columns; j++) grid[i - 1][j - 1] = value;
    }
  };
  const { RANGE, SHEET } = types;
  for (const p of attempt(() => sheet.getProtections(SHEET), [])) {
    mark(sheet.getRange(1, 1, rows, columns), true);
    for (const open of p.getUnprotectedRanges()) mark(open, false);
  }
  for (const p of attempt(() => ss.getProtections(RANGE), [])) {
    const r = p.getRange();
    if (r.getSheet().getSheetId() === sheet.getSheetId()) mark(r, true);
  }
  return grid;
}

function colorText(color: GoogleAppsScript.Spreadsheet.Color | null): string {
  return attempt(() => (color ? color.asRgbColor().asHexString() : ''), '');
}

function stringify(values: unknown[][]): string[][] {
  return values.map((row) => row.map((v) => (v instanceof Date ? v.toISOString() : String(v ?? ''))));
}

/** The value, or the fallback when the emulator does not implement a call yet. */
function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
