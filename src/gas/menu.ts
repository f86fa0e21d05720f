import { MENU, MENU_TITLE } from '../app/menu';

/**
 * Builds the «Наставничество» menu. It may run in AuthMode.NONE (installed, not yet enabled in this file), where
 * only the menu may be touched: no document, no properties (apps-script-platform.md §2.1).
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  // Published as an add-on, the caption is ignored and the menu goes under Extensions (§1.11).
  const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE);
  for (const entry of MENU) {
    if (entry === 'separator') menu.addSeparator();
    else menu.addItem(entry.caption, entry.functionName);
  }
  menu.addToUi();
}

/** Runs when the add-on is installed from inside an open document: the document is open, so build the menu now. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
