/** Where the curator is in the workbook when a sidebar opens, so it can open on that row's pair or person. */

/**
 * The first ID with this prefix in the row of the curator's selection (e.g. «ПГ-0003» on a row of «Пары и
 * группы» or of «Программы»), or undefined on a header row or a row without one. Three service calls.
 */
export function idInActiveRow(prefix: string): string | undefined {
  const range = SpreadsheetApp.getActiveRange();
  if (!range || range.getRow() < 2) return undefined;
  const sheet = range.getSheet();
  const width = sheet.getLastColumn();
  if (width < 1) return undefined;
  const pattern = new RegExp(`^${prefix}-\\d{4,}$`);
  return sheet
    .getRange(range.getRow(), 1, 1, width)
    .getDisplayValues()[0]
    .map((value) => value.trim())
    .find((value) => pattern.test(value));
}
