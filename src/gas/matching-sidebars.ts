/** Menu handlers that open the matching sidebars (dist/match.html, dist/cohort.html). */

function showSidebar(file: string, title: string): void {
  const html = HtmlService.createHtmlOutputFromFile(file).setTitle(title);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Menu «Подобрать наставника»: one mentee, every mentor ranked with reasons, the pair in one click. */
export function showMatchSidebar(): void {
  showSidebar('match', 'Подобрать наставника');
}

/** Menu «Подобрать пары для всех»: the best pairs and groups for everyone waiting, to tick and create. */
export function showCohortSidebar(): void {
  showSidebar('cohort', 'Подобрать пары для всех');
}
