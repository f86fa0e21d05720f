/**
 * The WorkbookLayout port on SpreadsheetApp: creates a registry sheet or repairs it in place. Data rows are never
 * touched; columns are found as the table store finds them, missing ones are added at the right.
 */
import type { TableSpec } from '../domain/registry/table-spec';
import type { LayoutResult, WorkbookLayout } from '../ports/workbook-layout';
import { literalText } from './cell-values';
import { COLUMN_METADATA_KEY, TABLE_METADATA_KEY, contiguousRuns, mapColumns } from './column-map';
import { applyHeaderLook, applyNumberFormats, applyValidation, wholeColumn } from './sheet-formatting';
import { findTableSheet, readColumnTags } from './sheet-lookup';
import { ensureProtection } from './sheet-protection';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Builds the registry's sheets in one spreadsheet. */
export class GasWorkbookLayout implements WorkbookLayout {
  constructor(private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  ensure(spec: TableSpec): LayoutResult {
    const changes: string[] = [];
    const found = findTableSheet(this.ss, spec);
    const sheet = found?.sheet ?? this.ss.insertSheet(spec.sheetName, this.ss.getNumSheets());
    if (!found) changes.push(`создан лист «${spec.sheetName}»`);
    if (!found?.tagged) sheet.addDeveloperMetadata(TABLE_METADATA_KEY, spec.key);
    const name = sheet.getName();

    const lastColumn = sheet.getLastColumn();
    const header = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn) : null;
    const texts = header ? header.getValues()[0] : [];
    const notes = header ? header.getNotes()[0] : [];
    const map = mapColumns(spec, texts, readColumnTags(sheet));
    const columns = new Map(map.columns);
    let next = lastColumn;
    for (const col of map.missing) columns.set(col.key, ++next);
    if (next > sheet.getMaxColumns())
      sheet.insertColumnsAfter(sheet.getMaxColumns(), next - sheet.getMaxColumns());
    if (found) {
      for (const col of map.missing) changes.push(`лист «${name}»: добавлен столбец «${col.header}»`);
    }

    const headerCells = new Map<number, string>();
    const noteCells = new Map<number, string>();
    for (const col of spec.columns) {
      const column = columns.get(col.key) as number;
      const current = String(texts[column - 1] ?? '');
      if (current !== col.header) {
        headerCells.set(column, col.header);
        if (current !== '')
          changes.push(`лист «${name}»: столбец «${current}» теперь называется «${col.header}»`);
      }
      if ((notes[column - 1] ?? '') !== (col.note ?? '')) noteCells.set(column, col.note ?? '');
    }
    writeHeaderRow(sheet, headerCells, (range, values) =>
      range.setValues([values.map((v) => literalText(v))]),
    );
    writeHeaderRow(sheet, noteCells, (range, values) => range.setNotes([values]));

    for (const col of spec.columns) {
      if (map.columns.has(col.key) && !map.byHeader.has(col.key)) continue;
      const column = columns.get(col.key) as number;
      sheet.getRange(wholeColumn(column)).addDeveloperMetadata(COLUMN_METADATA_KEY, col.key);
    }
    if (found && map.byHeader.size > 0) changes.push(`лист «${name}»: столбцы помечены для надёжного поиска`);

    applyValidation(sheet, spec, columns);
    applyNumberFormats(sheet, spec, columns);
    applyHeaderLook(sheet, spec, columns);
    if (ensureProtection(sheet, spec)) changes.push(`лист «${name}»: защищены заголовки`);
    return { created: !found, changes };
  }

  removeBlankDefaultSheet(): string[] {
    const sheets = this.ss.getSheets();
    const blank = sheets.find(
      (s) =>
        DEFAULT_SHEET_NAMES.has(s.getName()) &&
        s.getLastRow() === 0 &&
        s.getLastColumn() === 0 &&
        s.getDeveloperMetadata().length === 0,
    );
    if (!blank || sheets.length < 2) return [];
    const name = blank.getName();
    this.ss.deleteSheet(blank);
    return [`удалён пустой лист «${name}»`];
  }
}

/** Names a new spreadsheet gives its first sheet, by locale. */
const DEFAULT_SHEET_NAMES = new Set(['Лист1', 'Sheet1']);

/** Writes cells of row 1, one call per run of adjacent columns. */
function writeHeaderRow(
  sheet: Sheet,
  cells: ReadonlyMap<number, string>,
  write: (range: GoogleAppsScript.Spreadsheet.Range, values: string[]) => void,
): void {
  for (const [first, last] of contiguousRuns(cells.keys())) {
    const values: string[] = [];
    for (let c = first; c <= last; c++) values.push(cells.get(c) as string);
    write(sheet.getRange(1, first, 1, last - first + 1), values);
  }
}
