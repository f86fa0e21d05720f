import type { Runtime } from '../core/runtime';
import {
  DEFAULT_MAX_COLUMNS,
  DEFAULT_MAX_ROWS,
  type CellModel,
  type SheetModel,
  type SpreadsheetModel,
} from './model';
import { CellCounter } from './cell-counter';
import type { UiRecord } from './ui-record';
import { migrateCellRules } from './validation-ranges';

/** Everything the SpreadsheetApp emulator keeps, as JSON: what `snapshot()` returns. */
export interface SpreadsheetState {
  spreadsheets: SpreadsheetModel[];
  activeId: string | null;
  /** Seed of spreadsheet ids, so ids stay unique and deterministic across a restore. */
  seq: number;
}

/** How a spreadsheet is a Drive file: Drive gives it its id and keeps its name (set by the module, see index.ts). */
export interface SpreadsheetFiles {
  /** Registers a new spreadsheet file and returns its id, or null while there is no Drive yet. */
  create(name: string, byApp: boolean): string | null;
  /** Follows a rename in the Drive file record. */
  rename(id: string, name: string): void;
}

/** The model store plus what facades need around it (runtime, UI record). */
export class SpreadsheetStore {
  state: SpreadsheetState = { spreadsheets: [], activeId: null, seq: 0 };
  private readonly byId = new Map<string, SpreadsheetModel>();
  /** Drive, once the module wires it; spreadsheets made before that (the bound one) get an id of their own. */
  files: SpreadsheetFiles | null = null;
  /** Cells read and written by facade calls, for the benchmark (`ws.spreadsheet.cells`). */
  readonly cells = new CellCounter();

  constructor(
    readonly rt: Runtime,
    readonly ui: UiRecord,
  ) {}

  /** Takes a saved state; sheets saved before a field existed get its default (and per-cell rules move to ranges). */
  load(state: SpreadsheetState): void {
    for (const ss of state.spreadsheets) {
      ss.sheets = ss.sheets.map((sheet) => ({ ...newSheet(sheet.sheetId, sheet.name), ...sheet }));
      for (const sheet of ss.sheets) migrateCellRules(sheet);
    }
    this.state = state;
    this.byId.clear();
    for (const ss of state.spreadsheets) this.byId.set(ss.id, ss);
  }

  /**
   * A new spreadsheet with one sheet «Лист1». It is a Drive file: Drive gives its id (one counter for every file,
   * so ids never collide); `byApp` says the add-on made it (what the drive.file scope lets Drive.Files see).
   */
  create(name: string, owner: string, byApp = true): SpreadsheetModel {
    const id = this.files?.create(name, byApp) ?? makeId(++this.state.seq);
    if (this.byId.has(id)) throw new Error(`emulator: a spreadsheet with id ${id} already exists`);
    const ss: SpreadsheetModel = {
      id,
      name,
      timeZone: 'Europe/Moscow',
      locale: 'ru_RU',
      owner,
      sheets: [],
      activeSheetId: 0,
      namedRanges: [],
      protections: [],
      metadata: [],
      nextId: 1,
    };
    ss.sheets.push(newSheet(0, 'Лист1'));
    this.state.spreadsheets.push(ss);
    this.byId.set(id, ss);
    return ss;
  }

  get(id: string): SpreadsheetModel | undefined {
    return this.byId.get(id);
  }

  /** The spreadsheet behind a facade; a facade may outlive nothing here (spreadsheets are never deleted). */
  spreadsheet(id: string): SpreadsheetModel {
    const ss = this.byId.get(id);
    if (!ss) throw new Error(`emulator: no spreadsheet with id ${id}`);
    return ss;
  }

  /** The sheet behind a facade; a deleted sheet fails as it does live (message [UNVERIFIED]). */
  sheet(ssId: string, sheetId: number): SheetModel {
    const sheet = this.spreadsheet(ssId).sheets.find((s) => s.sheetId === sheetId);
    if (!sheet) throw new Error('Sheet not found');
    return sheet;
  }

  /** Scripts in a custom function may read the document but not change it (§2.1 table: "read-only"). */
  requireWrite(what: string): void {
    if (this.rt.authMode === 'CUSTOM_FUNCTION') throw new Error(`You do not have permission to call ${what}`);
  }
}

/** A new, empty sheet of the default size (1000 × 26). */
export function newSheet(sheetId: number, name: string): SheetModel {
  return {
    sheetId,
    name,
    hidden: false,
    maxRows: DEFAULT_MAX_ROWS,
    maxColumns: DEFAULT_MAX_COLUMNS,
    frozenRows: 0,
    frozenColumns: 0,
    rows: [],
    columnWidths: {},
    rowHeights: {},
    hiddenColumns: {},
    hiddenRows: {},
    tabColor: null,
    validations: [],
    merges: [],
    conditionalRules: [],
    charts: [],
  };
}

/** A deterministic id shaped like a Drive file id (44 characters of [A-Za-z0-9_-]). */
function makeId(n: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let x = (n * 2654435761) >>> 0;
  let s = '1Ss';
  while (s.length < 44) {
    x = (Math.imul(x ^ (x >>> 15), 2246822507) + 0x9e3779b9 + s.length) >>> 0;
    s += alphabet[x % 64];
  }
  return s;
}

const lastRowCache = new WeakMap<SheetModel, number>();

/** Whether a cell holds content (a value or a formula): what getLastRow/getLastColumn look at (§1.3). */
export function hasContent(cell: CellModel | null | undefined): boolean {
  return !!cell && ((cell.v !== undefined && cell.v !== '') || cell.f !== undefined);
}

/** The last row with content, 0 on an empty sheet (§1.3). Cached until the sheet's cells change. */
export function lastRow(sheet: SheetModel): number {
  const cached = lastRowCache.get(sheet);
  if (cached !== undefined) return cached;
  let r = sheet.rows.length;
  while (r > 0 && !sheet.rows[r - 1].some(hasContent)) r--;
  lastRowCache.set(sheet, r);
  return r;
}

/** The last column with content, 0 on an empty sheet (§1.3). */
export function lastColumn(sheet: SheetModel): number {
  let last = 0;
  for (const row of sheet.rows) {
    for (let c = row.length; c > last; c--) {
      if (hasContent(row[c - 1])) {
        last = c;
        break;
      }
    }
  }
  return last;
}

/** Must be called after any change to a sheet's cells. */
export function touch(sheet: SheetModel): void {
  lastRowCache.delete(sheet);
}

/** The cell at 1-based (row, column), or null. */
export function cellAt(sheet: SheetModel, row: number, column: number): CellModel | null {
  const r = sheet.rows[row - 1];
  return (r && r[column - 1]) ?? null;
}

/** Replaces the cell at 1-based (row, column), growing the row arrays as needed. */
export function putCell(sheet: SheetModel, row: number, column: number, cell: CellModel | null): void {
  if (cell === null && !cellAt(sheet, row, column)) return;
  while (sheet.rows.length < row) sheet.rows.push([]);
  const r = sheet.rows[row - 1];
  while (r.length < column) r.push(null);
  r[column - 1] = cell;
}
