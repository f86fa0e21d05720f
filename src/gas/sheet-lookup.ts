/** Finds a registry table's sheet and columns in the open spreadsheet: by developer metadata, then by name. */
import type { TableSpec } from '../domain/registry/table-spec';
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
