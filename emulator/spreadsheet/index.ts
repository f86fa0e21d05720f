/**
 * The SpreadsheetApp part of the emulator (§1 of docs/apps-script-platform.md).
 *
 * Internal API for tests and sibling modules. Facade calls made by the emulator itself should run inside
 * `ws.rt.internal(() => ...)` so they are neither counted nor auth-checked:
 * - `ws.spreadsheet.active`: the container-bound spreadsheet (a Spreadsheet facade) that
 *   `SpreadsheetApp.getActiveSpreadsheet()` returns; `setActive(id)` binds another one.
 * - `ws.spreadsheet.create(name)`: a new spreadsheet (one sheet «Лист1», 1000 × 26, Europe/Moscow, ru_RU), a
 *   Drive file made by hand (`byApp: false`); `SpreadsheetApp.create` makes Drive files the add-on made.
 * - `ws.spreadsheet.files()`: every spreadsheet as a Drive file record (Drive registers those it lacks).
 * - `ws.spreadsheet.byId(id)`: the Spreadsheet facade, or null (e.g. forms: `.insertSheet(name)`, `.appendRow`).
 * - `ws.spreadsheet.select('Лист!B2:C3', id?)`: the user's selection (SpreadsheetApp.getActiveRange()).
 * - `ws.spreadsheet.view(id?)`: every sheet as plain data with its display values (for the playground).
 * - `ws.spreadsheet.displayValues(sheetName, id?)`: one sheet's data range as strings, uncounted.
 * - `ws.spreadsheet.cells`: cells read and written, and value reads, per sheet (the benchmark's data meter).
 * - `ws.spreadsheet.ui`: what the user sees: `menus`, `sidebar`, `dialog`, `toasts`, `alerts`;
 *   `scriptAnswers([...])` for alerts/prompts; `pendingQuestion` (the alert/prompt nobody answered yet);
 *   `menuItem(title, ...captions)`; `_onSuspend` hooks (locks).
 * Snapshots store cells as in the model: dates are serial numbers with a date number format (§1.1).
 */
import type { ServiceModule } from '../core/module';
import { MimeTypes } from '../docs/files';
import type { Workspace } from '../workspace';
import type { CellCounter } from './cell-counter';
import { FakeCharts } from './chart';
import type { SpreadsheetModel } from './model';
import { a1Range } from './resolve';
import { displayValue, localeFormats } from './number-format';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeSpreadsheetApp } from './spreadsheet-app';
import { lastColumn, lastRow, SpreadsheetStore, type SpreadsheetState } from './store';
import { gas, type GSpreadsheet } from './types';
import { UiRecord, type UiState } from './ui-record';

/** The snapshot of this area: every spreadsheet's model plus the UI record. */
export interface SpreadsheetSnapshot extends SpreadsheetState {
  ui: UiState;
}

/** One sheet as the playground shows it. */
export interface SheetView {
  name: string;
  sheetId: number;
  hidden: boolean;
  frozenRows: number;
  displayValues: string[][];
}

/** SpreadsheetApp, Charts and the helpers above. */
export class SpreadsheetModule implements ServiceModule<SpreadsheetSnapshot> {
  readonly ui = new UiRecord();
  readonly store: SpreadsheetStore;

  constructor(readonly ws: Workspace) {
    this.store = new SpreadsheetStore(ws.rt, this.ui);
    // Drive is built after this module: until then (the bound spreadsheet) ids come from the store itself.
    const drive = () => (ws as Partial<Workspace>).docs?.drive;
    this.store.files = {
      create: (name, byApp) => drive()?.register({ name, mimeType: MimeTypes.SPREADSHEET, byApp }).id ?? null,
      rename: (id, name) => {
        const file = drive()?.file(id);
        if (file) file.name = name;
      },
    };
    this.store.state.activeId = this.store.create('Наставничество', ws.rt.activeUser, false).id;
  }

  /**
   * Every spreadsheet as the Drive file it is: the bound one made by a person (`byApp: false`), the others by the
   * add-on. Drive registers the ones it lacks (the bound spreadsheet, older snapshots).
   */
  files(): Array<{ id: string; name: string; mimeType: string; byApp: boolean }> {
    return this.store.state.spreadsheets.map((ss) => ({
      id: ss.id,
      name: ss.name,
      mimeType: MimeTypes.SPREADSHEET,
      byApp: ss.id !== this.store.state.activeId,
    }));
  }

  /** Cells read and written and value reads per sheet since the last `reset()`: the benchmark's data meter. */
  get cells(): CellCounter {
    return this.store.cells;
  }

  globals(): Record<string, unknown> {
    return { SpreadsheetApp: new FakeSpreadsheetApp(this.store), Charts: new FakeCharts(this.ws.rt) };
  }

  get active(): GSpreadsheet {
    const id = this.store.state.activeId;
    if (!id) throw new Error('emulator: no active spreadsheet');
    return gas(new FakeSpreadsheet(this.store, id));
  }

  setActive(id: string): void {
    this.store.spreadsheet(id);
    this.store.state.activeId = id;
  }

  /** What a user clicking does: makes the sheet active and selects the range ('Лист!B2:C3' or on the active sheet). */
  select(a1: string, id?: string): void {
    const ss = this.model(id);
    const active = ss.sheets.find((s) => s.sheetId === ss.activeSheetId) ?? ss.sheets[0];
    const range = a1Range(ss, active, a1);
    ss.activeSheetId = range.sheetId;
    ss.activeRange = range;
  }

  /** A spreadsheet for test setup, uncounted; its Drive file counts as made by hand (`byApp: false`). */
  create(name: string): GSpreadsheet {
    return gas(new FakeSpreadsheet(this.store, this.store.create(name, this.ws.rt.activeUser, false).id));
  }

  byId(id: string): GSpreadsheet | null {
    return this.store.get(id) ? gas(new FakeSpreadsheet(this.store, id)) : null;
  }

  /** The raw model of a spreadsheet (the active one by default); treat it as read-only. */
  model(id?: string): SpreadsheetModel {
    return this.store.spreadsheet(id ?? this.store.state.activeId ?? '');
  }

  view(id?: string): SheetView[] {
    const ss = this.model(id);
    return ss.sheets.map((s) => ({
      name: s.name,
      sheetId: s.sheetId,
      hidden: s.hidden,
      frozenRows: s.frozenRows,
      displayValues: this.displayValues(s.name, ss.id),
    }));
  }

  /** The data range of a sheet (A1 to last row/column with content) as display strings; [] when empty. */
  displayValues(sheetName: string, id?: string): string[][] {
    const ss = this.model(id);
    const sheet = ss.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`emulator: no sheet named ${sheetName}`);
    const loc = localeFormats(ss.locale);
    const rows = lastRow(sheet);
    const columns = lastColumn(sheet);
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: columns }, (_, j) => {
        const cell = sheet.rows[i]?.[j];
        return cell ? displayValue(cell.v, cell.nf, loc) : '';
      }),
    );
  }

  snapshot(): SpreadsheetSnapshot {
    const state = JSON.parse(JSON.stringify(this.store.state)) as SpreadsheetState;
    return { ...state, ui: this.ui.state() };
  }

  restore(snapshot: SpreadsheetSnapshot): void {
    const { ui, ...state } = JSON.parse(JSON.stringify(snapshot)) as SpreadsheetSnapshot;
    this.store.load(state);
    this.ui.load(ui);
    const drive = (this.ws as Partial<Workspace>).docs?.drive;
    if (drive) for (const file of this.files()) drive.ensure(file);
  }
}
