/**
 * The setup layout as it was before it was batched (2026-11), frozen: sheet-layout.ts, sheet-formatting.ts,
 * sheet-protection.ts and the lookups of sheet-lookup.ts in one file. setup-snapshot.test.ts runs setup with it
 * and with the real code on the same starting workbook and requires byte-identical emulator snapshots. It is a
 * reference for tests only; do not change it to follow the real code.
 */
import type { ColumnSpec, TableSpec } from '../../../src/domain/registry/table-spec';
import type { LayoutResult, WorkbookLayout } from '../../../src/ports/workbook-layout';
import { a1, columnLetters } from '../../../src/gas/registry/a1';
import { literalText, numberFormat } from '../../../src/gas/registry/cell-values';
import {
  COLUMN_METADATA_KEY,
  TABLE_METADATA_KEY,
  contiguousRuns,
  mapColumns,
  type ColumnTag,
} from '../../../src/gas/registry/column-map';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Builds the registry's sheets in one spreadsheet. */
export class LegacyWorkbookLayout implements WorkbookLayout {
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
function applyValidation(sheet: Sheet, spec: TableSpec, columns: ReadonlyMap<string, number>): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  for (const col of spec.columns) {
    const rule = ruleFor(col);
    const column = columns.get(col.key);
    if (rule && column !== undefined) sheet.getRange(2, column, rows, 1).setDataValidation(rule);
  }
}

/** Number formats by column type, batched as one range list per format. */
function applyNumberFormats(sheet: Sheet, spec: TableSpec, columns: ReadonlyMap<string, number>): void {
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
function applyHeaderLook(sheet: Sheet, spec: TableSpec, columns: ReadonlyMap<string, number>): void {
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
function wholeColumn(column: number): string {
  const letters = columnLetters(column);
  return `${letters}:${letters}`;
}
/** Description of the add-on's protection of a header row. */
const HEADER_PROTECTION = 'Наставник: строка заголовков';
/** Description of the add-on's protection of a whole system sheet. */
const SHEET_PROTECTION = 'Наставник: служебный лист, изменяется дополнением';
/** Tables the add-on alone writes: the whole sheet is protected, not just the header. */
const SYSTEM_TABLES = new Set(['journal']);

/** Protects the header row (or the whole sheet of a system table) once; answers whether it added a protection. */
function ensureProtection(sheet: Sheet, spec: TableSpec): boolean {
  if (SYSTEM_TABLES.has(spec.key)) return protectSheet(sheet);
  const existing = sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .some((p) => p.getDescription() === HEADER_PROTECTION);
  if (existing) return false;
  sheet.getRange('1:1').protect().setDescription(HEADER_PROTECTION).setWarningOnly(true);
  return true;
}

/** Protects a whole sheet the add-on owns (warning-only); answers whether it added the protection. */
function protectSheet(sheet: Sheet): boolean {
  const existing = sheet
    .getProtections(SpreadsheetApp.ProtectionType.SHEET)
    .some((p) => p.getDescription() === SHEET_PROTECTION);
  if (existing) return false;
  sheet.protect().setDescription(SHEET_PROTECTION).setWarningOnly(true);
  return true;
}
/** A table's sheet and whether it carries the table's metadata already. */
interface FoundSheet {
  readonly sheet: Sheet;
  readonly tagged: boolean;
}

/** The sheet tagged with the table's key, else the sheet with its name; null when there is neither. */
function findTableSheet(ss: Spreadsheet, spec: TableSpec): FoundSheet | null {
  const tagged = ss
    .createDeveloperMetadataFinder()
    .withKey(TABLE_METADATA_KEY)
    .withValue(spec.key)
    .find()
    .map((md) => md.getLocation().getSheet())
    .filter((sheet): sheet is Sheet => sheet !== null);
  if (tagged[0]) return { sheet: tagged[0], tagged: true };
  const named = ss.getSheetByName(spec.sheetName);
  return named ? { sheet: named, tagged: false } : null;
}

/** The column tags of one sheet: one finder call plus a few calls per tagged column, never per row. */
function readColumnTags(sheet: Sheet): ColumnTag[] {
  const tags: ColumnTag[] = [];
  for (const md of sheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).find()) {
    const column = md.getLocation().getColumn();
    const key = md.getValue();
    if (column && key) tags.push({ column: column.getColumn(), key });
  }
  return tags;
}
