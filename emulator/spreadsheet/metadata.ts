import { GasObject } from '../core/gas-object';
import type { MetadataLocation, MetadataModel, RangeModel, SpreadsheetModel } from './model';
import { FakeRange } from './range';
import type { FakeRangeBase } from './range-base';
import { FakeSheet } from './sheet';
import { FakeSpreadsheet } from './spreadsheet';
import type { SpreadsheetStore } from './store';
import {
  enumValue,
  gas,
  type GDeveloperMetadata,
  type GDeveloperMetadataLocation,
  type GRange,
} from './types';

type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
type LocationType = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;

/** §1.9 live text: metadata only on the spreadsheet, a sheet, or whole rows/columns. */
export const METADATA_RANGE_MESSAGE =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be ' +
  'added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

/** The row or column location of a whole-row/whole-column range; throws §1.9's message for any other range. */
export function rangeLocation(range: FakeRangeBase): MetadataLocation {
  const r = range._rect();
  const sheet = range._sheet();
  const sheetId = r.sheetId;
  if (r.row === 1 && r.numRows === sheet.maxRows)
    return { type: 'COLUMN', sheetId, start: r.column, count: r.numColumns };
  if (r.column === 1 && r.numColumns === sheet.maxColumns)
    return { type: 'ROW', sheetId, start: r.row, count: r.numRows };
  throw new Error(METADATA_RANGE_MESSAGE);
}

/**
 * Adds one entry. The second argument is a value, or a visibility when it is 'DOCUMENT'/'PROJECT' (enum values
 * are their names in this emulator, so a value spelled exactly so is taken as a visibility).
 */
export function addMetadata(
  ss: SpreadsheetModel,
  location: MetadataLocation,
  args: unknown[],
): MetadataModel {
  const [key, second, third] = args;
  const isVis = (x: unknown): boolean => x === 'DOCUMENT' || x === 'PROJECT';
  const visibility = (third ?? (isVis(second) ? second : 'DOCUMENT')) as MetadataModel['visibility'];
  const value = second === undefined || (isVis(second) && third === undefined) ? null : String(second);
  const model: MetadataModel = { id: ss.nextId++, key: String(key), value, visibility, location };
  ss.metadata.push(model);
  return model;
}

/** A DeveloperMetadata facade: looks its entry up by id on every call. */
export class FakeDeveloperMetadata extends GasObject implements Partial<GDeveloperMetadata> {
  constructor(
    readonly _store: SpreadsheetStore,
    readonly _ssId: string,
    readonly _id: number,
  ) {
    super(_store.rt, 'SpreadsheetApp', 'DeveloperMetadata');
  }
  _m(): MetadataModel {
    const m = this._store.spreadsheet(this._ssId).metadata.find((x) => x.id === this._id);
    if (!m) throw new Error(`emulator: developer metadata ${this._id} no longer exists`);
    return m;
  }
  getId(): number {
    return this._m().id;
  }
  getKey(): string {
    return this._m().key;
  }
  getValue(): string | null {
    return this._m().value;
  }
  getVisibility(): Visibility {
    return enumValue(this._m().visibility);
  }
  setKey(key: string): GDeveloperMetadata {
    this._m().key = key;
    return gas(this);
  }
  setValue(value: string): GDeveloperMetadata {
    this._m().value = value;
    return gas(this);
  }
  setVisibility(visibility: Visibility): GDeveloperMetadata {
    this._m().visibility = String(visibility) as MetadataModel['visibility'];
    return gas(this);
  }
  getLocation(): GDeveloperMetadataLocation {
    return gas(new FakeDeveloperMetadataLocation(this._store, this._ssId, { ...this._m().location }));
  }
  remove(): void {
    const ss = this._store.spreadsheet(this._ssId);
    ss.metadata = ss.metadata.filter((m) => m.id !== this._id);
  }
  moveToColumn(column: GRange): GDeveloperMetadata {
    return this._move(column, 'COLUMN');
  }
  moveToRow(row: GRange): GDeveloperMetadata {
    return this._move(row, 'ROW');
  }
  moveToSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GDeveloperMetadata {
    this._m().location = { type: 'SHEET', sheetId: sheet.getSheetId() };
    return gas(this);
  }
  moveToSpreadsheet(): GDeveloperMetadata {
    this._m().location = { type: 'SPREADSHEET' };
    return gas(this);
  }
  _move(range: GRange, type: 'ROW' | 'COLUMN'): GDeveloperMetadata {
    const location = rangeLocation(range as unknown as FakeRangeBase);
    if (location.type !== type) throw new Error(METADATA_RANGE_MESSAGE);
    this._m().location = location;
    return gas(this);
  }
}

/** Where an entry sits; getRow/getColumn/getSheet are null unless the location is of that type. */
export class FakeDeveloperMetadataLocation extends GasObject implements Partial<GDeveloperMetadataLocation> {
  constructor(
    readonly _store: SpreadsheetStore,
    readonly _ssId: string,
    readonly _loc: MetadataLocation,
  ) {
    super(_store.rt, 'SpreadsheetApp', 'DeveloperMetadataLocation');
  }
  getLocationType(): LocationType {
    return enumValue(this._loc.type);
  }
  getSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
    return this._loc.type === 'SPREADSHEET' ? gas(new FakeSpreadsheet(this._store, this._ssId)) : null;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
    return this._loc.type === 'SHEET' ? gas(new FakeSheet(this._store, this._ssId, this._loc.sheetId)) : null;
  }
  getRow(): GRange | null {
    return this._loc.type === 'ROW'
      ? gas(new FakeRange(this._store, this._ssId, spanRange(this._loc)))
      : null;
  }
  getColumn(): GRange | null {
    return this._loc.type === 'COLUMN'
      ? gas(new FakeRange(this._store, this._ssId, spanRange(this._loc)))
      : null;
  }
}

/** The whole-row or whole-column range of a ROW/COLUMN location ('3:3', 'G:G'). */
export function spanRange(loc: {
  type: 'ROW' | 'COLUMN';
  sheetId: number;
  start: number;
  count: number;
}): RangeModel {
  return loc.type === 'ROW'
    ? { sheetId: loc.sheetId, row: loc.start, column: 1, numRows: loc.count, numColumns: 1, wholeRows: true }
    : {
        sheetId: loc.sheetId,
        row: 1,
        column: loc.start,
        numRows: 1,
        numColumns: loc.count,
        wholeColumns: true,
      };
}
