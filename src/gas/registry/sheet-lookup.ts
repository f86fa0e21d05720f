/** Finds a registry table's sheet and columns in the open spreadsheet: by developer metadata, then by name. */
import type { TableSpec } from '../../domain/registry/table-spec';
import { COLUMN_METADATA_KEY, TABLE_METADATA_KEY, type ColumnTag } from './column-map';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A table's sheet and whether it carries the table's metadata already. */
export interface FoundSheet {
  readonly sheet: Sheet;
  readonly tagged: boolean;
}

/** The sheet tagged with the table's key, else the sheet with its name; null when there is neither. */
export function findTableSheet(ss: Spreadsheet, spec: TableSpec): FoundSheet | null {
  const known = tablesBySpreadsheet.get(ss)?.get(spec.key);
  if (known) return { sheet: known, tagged: true };
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
export function readColumnTags(sheet: Sheet): ColumnTag[] {
  const tags: ColumnTag[] = [];
  for (const md of sheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).find()) {
    const column = md.getLocation().getColumn();
    const key = md.getValue();
    if (column && key) tags.push({ column: column.getColumn(), key });
  }
  return tags;
}

/**
 * Every sheet tagged as a registry table, by table key (the first tagged, as `findTableSheet` takes): one finder
 * for the whole spreadsheet plus three calls per tagged sheet.
 */
export function findTaggedSheets(ss: Spreadsheet): Map<string, Sheet> {
  const sheets = new Map<string, Sheet>();
  for (const md of ss.createDeveloperMetadataFinder().withKey(TABLE_METADATA_KEY).find()) {
    const key = md.getValue();
    if (key === null || sheets.has(key)) continue;
    const sheet = md.getLocation().getSheet();
    if (sheet) sheets.set(key, sheet);
  }
  return sheets;
}

/** How many column tags a sheet carries, without reading where they sit: three calls. */
export function countColumnTags(sheet: Sheet): number {
  return sheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).find().length;
}

/**
 * What setup has just made sure of: each table's tagged sheet, by spreadsheet object, and the column tags of the
 * sheets it read or tagged, by sheet object. The table store reading the same sheets later in the same setup run
 * (through `findTableSheet`, so the same sheet objects) does not look them up again: six calls a table, four a
 * tag. These objects live for one execution, and setup never moves a column or a tag after remembering them.
 */
const tablesBySpreadsheet = new WeakMap<object, Map<string, Sheet>>();
const tagsBySheet = new WeakMap<object, readonly ColumnTag[]>();

/** Remembers the sheet tagged with a table's key. */
export function rememberTableSheet(ss: Spreadsheet, tableKey: string, sheet: Sheet): void {
  const tables = tablesBySpreadsheet.get(ss) ?? new Map<string, Sheet>();
  tables.set(tableKey, sheet);
  tablesBySpreadsheet.set(ss, tables);
}

/** Remembers the whole set of column tags of a sheet, as they are now. */
export function rememberColumnTags(sheet: Sheet, tags: readonly ColumnTag[]): void {
  tagsBySheet.set(sheet, tags);
}

/** The column tags remembered for this sheet object, or null. */
export function rememberedColumnTags(sheet: Sheet): readonly ColumnTag[] | null {
  return tagsBySheet.get(sheet) ?? null;
}

/** Brings a table's sheet to the front of the open spreadsheet: the tab the person lands on. */
export function showTableSheet(spec: TableSpec): void {
  findTableSheet(SpreadsheetApp.getActiveSpreadsheet(), spec)?.sheet.activate();
}
