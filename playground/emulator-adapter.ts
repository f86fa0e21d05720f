/**
 * The one place that knows how the playground reaches into the emulator beyond the Apps Script API: the UI
 * record, the active workbook, the documents, forms, outbox and triggers. The emulator's service modules were
 * written alongside the playground, so every reach is guarded: a missing piece reads as "nothing there".
 */
import type { Workspace } from '../test/emulator/workspace';
import type { UiRecord } from '../test/emulator/spreadsheet/ui-record';

type Loose = Record<string, unknown>;

function field(obj: unknown, name: string): unknown {
  return obj !== null && typeof obj === 'object' ? (obj as Loose)[name] : undefined;
}

/** The spreadsheet's UI record: menus, sidebar, dialog, toasts, alerts, scripted answers. */
export function uiOf(ws: Workspace): UiRecord {
  return ws.spreadsheet.ui;
}

/** SpreadsheetApp as the script sees it, or null while the module provides none. */
export function spreadsheetApp(ws: Workspace): GoogleAppsScript.Spreadsheet.SpreadsheetApp | null {
  const app = ws.globals().SpreadsheetApp;
  return (app as GoogleAppsScript.Spreadsheet.SpreadsheetApp | undefined) ?? null;
}

/** Names the bound workbook of a new Workspace (the emulator opens one for every new Workspace). */
export function nameWorkbook(ws: Workspace, name: string): void {
  ws.rt.internal(() => ws.spreadsheet.active.rename(name));
}

/** A Google Doc of the emulated Drive, for the documents list. */
export interface DocEntry {
  id: string;
  name: string;
  modifiedTime: string;
}

/** The Google Docs the add-on made (not trashed), newest first. */
export function documentsOf(ws: Workspace): DocEntry[] {
  const state = ws.docs.snapshot() as unknown;
  const files = field(state, 'files');
  const docs = field(state, 'documents');
  if (!Array.isArray(files) || !docs) return [];
  return (files as Loose[])
    .filter((f) => f.mimeType === 'application/vnd.google-apps.document' && !f.trashed)
    .filter((f) => field(docs, String(f.id)))
    .map((f) => ({ id: String(f.id), name: String(f.name), modifiedTime: String(f.modifiedTime) }))
    .sort((a, b) => b.modifiedTime.localeCompare(a.modifiedTime));
}

/** The document model of a Google Doc (see test/emulator/docs/model.ts), or null. */
export function documentModel(ws: Workspace, id: string): unknown {
  const docs = field(ws.docs.snapshot(), 'documents');
  return field(docs, id) ?? null;
}

/** The platform's plain state (triggers, outbox, executions, log), or an empty object. */
export function platformState(ws: Workspace): Loose {
  const state = ws.platform.snapshot() as unknown;
  return state && typeof state === 'object' ? (state as Loose) : {};
}

/** Moves the clock, firing the time-driven triggers that come due when the platform module can. */
export function advanceClock(ws: Workspace, ms: number): void {
  const platform = ws.platform as unknown as Loose;
  const direct = field(platform, 'advanceClock');
  if (typeof direct === 'function') return void (direct as (ms: number) => void).call(platform, ms);
  const runner = field(platform, 'triggerRunner') ?? field(platform, 'runner');
  const viaRunner = field(runner, 'advanceClock');
  if (typeof viaRunner === 'function') return void (viaRunner as (ms: number) => void).call(runner, ms);
  ws.rt.advance(ms);
}
