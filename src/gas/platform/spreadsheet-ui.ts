/** The Ui port on the spreadsheet's UI: toasts, alerts, prompts and sidebars. */
import type { Ui } from '../../ports/ui';

/** Talks to the person at the open spreadsheet; the spreadsheet is looked up only for a toast. */
export class SpreadsheetUi implements Ui {
  constructor(private readonly spreadsheet: () => GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  toast(message: string, title = 'Наставник'): void {
    this.spreadsheet().toast(message, title, 10);
  }

  alert(message: string, title = 'Наставник'): void {
    const ui = SpreadsheetApp.getUi();
    ui.alert(title, message, ui.ButtonSet.OK);
  }

  prompt(message: string, title = 'Наставник'): string | null {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.prompt(title, message, ui.ButtonSet.OK_CANCEL);
    return answer.getSelectedButton() === ui.Button.OK ? answer.getResponseText() : null;
  }

  sidebar(name: string, title: string): void {
    SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(name).setTitle(title));
  }
}
