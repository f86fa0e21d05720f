/**
 * The one place that reaches into the emulator beyond the Apps Script API: the UI record, the bound workbook,
 * the Drive's documents, the platform's clock and records. Reads never count as the script's calls.
 */
import type { UiRecord } from '../emulator/spreadsheet/ui-record';
import type { PlatformState } from '../emulator/platform/state';
import type { Workspace } from '../emulator/workspace';

const DOCUMENT = 'application/vnd.google-apps.document';

/** The spreadsheet's UI record: menus, sidebar, dialog, toasts, alerts, scripted answers. */
export function uiOf(ws: Workspace): UiRecord {
  return ws.spreadsheet.ui;
}

/** SpreadsheetApp as the script sees it. */
export function spreadsheetApp(ws: Workspace): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return ws.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
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

/** The Google Docs in the Drive (not trashed), newest first. */
export function documentsOf(ws: Workspace): DocEntry[] {
  const { files, documents } = ws.docs.store.state;
  return files
    .filter((f) => f.mimeType === DOCUMENT && !f.trashed && documents[f.id])
    .map((f) => ({ id: f.id, name: f.name, modifiedTime: f.modifiedTime }))
    .sort((a, b) => b.modifiedTime.localeCompare(a.modifiedTime));
}

/** The platform's plain state: triggers, outbox, executions, log. */
export function platformState(ws: Workspace): PlatformState {
  return ws.platform.snapshot();
}

/** Moves the clock, firing the time-driven triggers that come due. */
export function advanceClock(ws: Workspace, ms: number): void {
  ws.platform.advanceClock(ms);
}
