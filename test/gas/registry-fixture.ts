/** A Workspace with the Apps Script globals installed, and helpers to look at the active spreadsheet as a person. */
import { Workspace } from '../emulator/workspace';

/** A fresh emulated Workspace whose globals are on jest's global until `done()`. */
export function installWorkspace(): { ws: Workspace; done: () => void } {
  const ws = new Workspace();
  const done = ws.install();
  return { ws, done };
}

/** The display values of a sheet (what a person sees), uncounted. */
export function seen(ws: Workspace, sheetName: string): string[][] {
  return ws.spreadsheet.displayValues(sheetName);
}

/** Every string anywhere in the active spreadsheet's model: values, formulas, notes, names, validation lists. */
export function everyText(ws: Workspace): string {
  return JSON.stringify(ws.snapshot().spreadsheet);
}
