import { aboutInfo, type AboutInfo } from '../app/about';

/** Menu «О программе»: opens the sidebar built from sidebar/about. */
export function showAbout(): void {
  const html = HtmlService.createHtmlOutputFromFile('about').setTitle('О программе');
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Sidebar endpoint: what the «О программе» sidebar shows. */
export function getAboutInfo(): AboutInfo {
  return aboutInfo(__VERSION__, SpreadsheetApp.getActiveSpreadsheet().getName());
}
