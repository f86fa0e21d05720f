/** Menu handlers that open the curator's sidebars built from sidebar/<name>/ (dist/<name>.html). */

function showSidebar(file: string, title: string): void {
  const html = HtmlService.createHtmlOutputFromFile(file).setTitle(title);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Menu «Добавить наставника»: the mentor bank's form (add, or edit one chosen from the list). */
export function showMentorSidebar(): void {
  showSidebar('mentor', 'Наставник');
}

/** Menu «Добавить наставляемого»: the mentee bank's form (add, or edit one chosen from the list). */
export function showMenteeSidebar(): void {
  showSidebar('mentee', 'Наставляемый');
}

/** Menu «Пара / группа»: form a pair or group, move it along its lifecycle, write its programme. */
export function showMentorshipSidebar(): void {
  showSidebar('mentorship', 'Пара / группа');
}
