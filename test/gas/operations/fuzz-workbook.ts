/**
 * A prepared workbook the endpoint fuzz runs every input on: what changed since it was prepared (each sheet, the
 * spreadsheet's own parts, the document's properties), the formulas anywhere in it, and a reset to the prepared
 * state that rebuilds only the sheets a run wrote (a whole restore of a set-up workbook costs ~80 ms a run).
 */
import type { SpreadsheetModel } from '../../../emulator/spreadsheet/model';
import type { SpreadsheetState } from '../../../emulator/spreadsheet/store';
import { Workspace, type WorkspaceSnapshot } from '../../../emulator/workspace';
import { setUpWorkspace } from '../registry-fixture';

/** A formula found in a cell after a call: where, and what it was. */
export interface FoundFormula {
  readonly sheet: string;
  readonly cell: string;
  readonly formula: string;
}

/** The parts of the spreadsheet's state a run may change, each as JSON, by name. */
function parts(state: SpreadsheetState): Map<string, string> {
  const out = new Map<string, string>();
  out.set(
    'spreadsheets',
    JSON.stringify(state.spreadsheets.map((ss) => ss.id).concat([String(state.activeId)])),
  );
  for (const ss of state.spreadsheets) {
    const { sheets, ...rest } = ss;
    out.set(`${ss.id}`, JSON.stringify(rest));
    out.set(`${ss.id}#sheets`, JSON.stringify(sheets.map((s) => s.sheetId)));
    for (const sheet of sheets) out.set(`${ss.id}#${sheet.sheetId}`, JSON.stringify(sheet));
  }
  return out;
}

/** A set-up workbook prepared once, reset to its prepared state before each fuzz run that needs it. */
export class FuzzWorkbook {
  readonly ws: Workspace;
  private readonly uninstall: () => void;
  private readonly start: WorkspaceSnapshot;
  private readonly startParts: Map<string, string>;
  private readonly startStores: string;
  private readonly sheetNames = new Map<string, string>();
  /** Whether a run may have written since the last reset. */
  private dirty = false;
  /** The parts as the last fingerprint found them, while nothing has run since: what a reset compares. */
  private lastParts: Map<string, string> | null = null;

  constructor(prepare: (ws: Workspace) => void) {
    const { ws, done } = setUpWorkspace();
    this.ws = ws;
    this.uninstall = done;
    prepare(ws);
    this.start = ws.snapshot();
    this.startParts = parts(ws.spreadsheet.store.state);
    this.startStores = this.stores();
    for (const ss of ws.spreadsheet.store.state.spreadsheets) {
      for (const sheet of ss.sheets) this.sheetNames.set(`${ss.id}#${sheet.sheetId}`, sheet.name);
    }
  }

  private startUi(): unknown {
    return (this.start.spreadsheet as { ui: unknown }).ui;
  }

  /** Puts the globals back as they were before the workbook was made. */
  done(): void {
    this.uninstall();
  }

  /** The properties (document, script, user), caches, triggers and mail: what the platform keeps across runs. */
  /** The platform's stores a call may change; not the cache, which a read may fill (a template read once). */
  private stores(): string {
    const state = this.ws.platform.snapshot();
    const { properties, triggers, outbox } = state;
    return JSON.stringify({ properties, triggers, outbox });
  }

  /** The names of what differs from the prepared workbook: sheets by name, «properties», «spreadsheet», «ui». */
  changes(): string[] {
    const now = parts(this.ws.spreadsheet.store.state);
    const changed = new Set<string>();
    for (const key of new Set([...now.keys(), ...this.startParts.keys()])) {
      if (now.get(key) !== this.startParts.get(key))
        changed.add(this.sheetNames.get(key) ?? `spreadsheet ${key}`);
    }
    if (JSON.stringify(this.ws.spreadsheet.ui.state()) !== JSON.stringify(this.startUi())) changed.add('ui');
    if (this.stores() !== this.startStores) changed.add('properties');
    return [...changed];
  }

  /** The whole state a run may change, as one string: to tell whether a call wrote anything at all. */
  fingerprint(): string {
    this.lastParts = parts(this.ws.spreadsheet.store.state);
    const sheets = [...this.lastParts.values()].join('\n');
    return `${sheets}\n${JSON.stringify(this.ws.spreadsheet.ui.state())}\n${this.stores()}`;
  }

  /** The document properties whose value differs from the prepared workbook's (ID counters, the operation log). */
  changedProperties(): string[] {
    const before = this.start.platform as {
      properties: { document: Record<string, Record<string, string>> };
    };
    const after = this.ws.platform.snapshot().properties.document;
    const keys = new Set<string>();
    for (const [doc, values] of Object.entries(after)) {
      const old = before.properties.document[doc] ?? {};
      for (const key of new Set([...Object.keys(values), ...Object.keys(old)])) {
        if (values[key] !== old[key]) keys.add(key);
      }
    }
    return [...keys].sort();
  }

  /** Every cell of every sheet that holds a formula, read as a script would (`getFormulas` of the data range). */
  formulas(): FoundFormula[] {
    return this.ws.rt.internal(() => {
      const found: FoundFormula[] = [];
      for (const sheet of SpreadsheetApp.getActiveSpreadsheet().getSheets()) {
        const grid = sheet.getDataRange().getFormulas();
        grid.forEach((row, r) =>
          row.forEach((formula, c) => {
            if (formula) found.push({ sheet: sheet.getName(), cell: `R${r + 1}C${c + 1}`, formula });
          }),
        );
      }
      return found;
    });
  }

  /** Marks the workbook as possibly written (an accepted call): the next `reset` rebuilds what changed. */
  touched(): void {
    this.dirty = true;
    this.lastParts = null;
  }

  /**
   * Back to the prepared state: changed sheets rebuilt from their JSON (after a run that may have written), and
   * always the platform (properties, and the log of executions, which would otherwise grow run after run), the
   * other services and the clock.
   */
  reset(): void {
    if (this.dirty) this.resetSpreadsheet();
    this.ws.platform.restore(this.start.platform as never);
    this.ws.docs.restore(this.start.docs as never);
    this.ws.forms.restore(this.start.forms as never);
    this.ws.rt.now = Date.parse(this.start.now);
    this.dirty = false;
    this.lastParts = null;
  }

  private resetSpreadsheet(): void {
    const state = this.ws.spreadsheet.store.state;
    const now = this.lastParts ?? parts(state);
    const changed = [...now.keys()].filter((k) => now.get(k) !== this.startParts.get(k));
    const onlySheets = changed.every((k) => /#\d+$/.test(k) && this.startParts.has(k));
    if (!onlySheets || now.size !== this.startParts.size) {
      this.ws.spreadsheet.restore(this.start.spreadsheet as never);
      return;
    }
    const spreadsheets = state.spreadsheets.map((ss): SpreadsheetModel => ({
      ...ss,
      sheets: ss.sheets.map((sheet) => {
        const key = `${ss.id}#${sheet.sheetId}`;
        return changed.includes(key)
          ? (JSON.parse(this.startParts.get(key) as string) as typeof sheet)
          : sheet;
      }),
    }));
    this.ws.spreadsheet.store.load({ ...state, spreadsheets });
    this.ws.spreadsheet.ui.load(JSON.parse(JSON.stringify(this.startUi())) as never);
  }
}
