/** The Ui port on the spreadsheet's UI: toasts, alerts, questions, prompts and sidebars. */
import type { Ui } from '../../ports/ui';

/**
 * The title of a dialog or toast that names no action of its own: the add-on's name alone, «Наставник», would
 * read as «a mentor».
 */
export const ADDON_TITLE = 'Дополнение «Наставник»';

/** Talks to the person at the open spreadsheet; the spreadsheet is looked up only for a toast. */
export class SpreadsheetUi implements Ui {
  constructor(private readonly spreadsheet: () => GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  toast(message: string, title = ADDON_TITLE): void {
    this.spreadsheet().toast(message, title, 10);
  }

  alert(message: string, title = ADDON_TITLE): void {
    const ui = SpreadsheetApp.getUi();
    ui.alert(title, message, ui.ButtonSet.OK);
  }

  confirm(message: string, title = ADDON_TITLE): boolean {
    const ui = SpreadsheetApp.getUi();
    return ui.alert(title, message, ui.ButtonSet.YES_NO) === ui.Button.YES;
  }

  prompt(message: string, title = ADDON_TITLE): string | null {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.prompt(title, message, ui.ButtonSet.OK_CANCEL);
    return answer.getSelectedButton() === ui.Button.OK ? answer.getResponseText() : null;
  }

  sidebar(name: string, title: string): void {
    SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(name).setTitle(title));
  }
}
