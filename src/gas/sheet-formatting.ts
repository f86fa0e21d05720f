/**
 * The parts of a registry sheet's layout that setters make idempotent: dropdowns, number formats, header look,
 * widths, frozen row. Calling them again with the same spec changes nothing.
 */
import type { ColumnSpec, TableSpec } from '../domain/registry/table-spec';
import { a1, columnLetters } from './a1';
import { numberFormat } from './cell-values';
import { contiguousRuns } from './column-map';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Header look: bold on a light background, wrapped, so long Russian headers stay readable. */
const HEADER_BACKGROUND = '#e8eaf6';

/** The validation rule a column gets, or null for none. */
function ruleFor(col: ColumnSpec): GoogleAppsScript.Spreadsheet.DataValidation | null {
  if (!['list', 'multi-list', 'boolean', 'date'].includes(col.type)) return null;
  const builder = SpreadsheetApp.newDataValidation();
  switch (col.type) {
    case 'list':
      return builder
        .requireValueInList([...(col.options ?? [])], true)
        .setAllowInvalid(Boolean(col.allowOther))
        .setHelpText(col.allowOther ? 'Выберите из списка или впишите своё значение' : 'Выберите из списка')
        .build();
    case 'multi-list':
      // Several values separated by «; » are not in the list, so the dropdown only suggests and never rejects.
      return builder
        .requireValueInList([...(col.options ?? [])], true)
        .setAllowInvalid(true)
        .setHelpText('Одно или несколько значений из списка через «; »')
        .build();
    case 'boolean':
      return builder.requireCheckbox().build();
    case 'date':
      return builder.requireDate().setAllowInvalid(true).setHelpText('Дата, например 01.09.2025').build();
    default:
      return null;
  }
}

/** Dropdowns, checkboxes and date checks on the data rows of each column (row 2 to the sheet's last row). */
export function applyValidation(sheet: Sheet, spec: TableSpec, columns: ReadonlyMap<string, number>): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  for (const col of spec.columns) {
    const rule = ruleFor(col);
    const column = columns.get(col.key);
    if (rule && column !== undefined) sheet.getRange(2, column, rows, 1).setDataValidation(rule);
  }
}

/** Number formats by column type, batched as one range list per format. */
export function applyNumberFormats(
  sheet: Sheet,
  spec: TableSpec,
  columns: ReadonlyMap<string, number>,
): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  const byFormat = new Map<string, string[]>();
  for (const col of spec.columns) {
    const column = columns.get(col.key);
    if (column === undefined) continue;
    const format =
      col.type === 'date' || col.type === 'datetime'
        ? numberFormat(col.type)
        : col.type === 'integer'
          ? '0'
          : col.type === 'number'
            ? '0.##'
            : null;
    if (format) byFormat.set(format, [...(byFormat.get(format) ?? []), a1(2, column, rows, 1)]);
  }
  for (const [format, ranges] of byFormat)
    for (const range of ranges) sheet.getRange(range).setNumberFormat(format);
}

/** Bold wrapped header cells, frozen header row, column widths. */
export function applyHeaderLook(sheet: Sheet, spec: TableSpec, columns: ReadonlyMap<string, number>): void {
  for (const [first, last] of contiguousRuns(spec.columns.flatMap((c) => columns.get(c.key) ?? []))) {
    sheet
      .getRange(1, first, 1, last - first + 1)
      .setFontWeight('bold')
      .setBackground(HEADER_BACKGROUND)
      .setWrap(true);
  }
  sheet.setFrozenRows(1);
  for (const col of spec.columns) {
    const column = columns.get(col.key);
    if (column !== undefined && col.width) sheet.setColumnWidth(column, col.width);
  }
}

/** The whole-column A1 notation, e.g. 3 → 'C:C' (developer metadata only sits on whole columns, §1.9). */
export function wholeColumn(column: number): string {
  const letters = columnLetters(column);
  return `${letters}:${letters}`;
}
