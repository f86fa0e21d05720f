import { Workspace } from '../workspace';

/** A fresh Workspace with its SpreadsheetApp and the active spreadsheet's first sheet, for the tests here. */
export function setup(): {
  ws: Workspace;
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
} {
  const ws = new Workspace();
  const app = ws.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  return { ws, app, ss, sheet: ss.getSheets()[0] };
}

/** The value, or a failed expectation when it is null (instead of a non-null assertion). */
export function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value, got null');
  return value;
}
