import { GasObject } from '../core/gas-object';
import { FakeDeveloperMetadata } from './metadata';
import type { MetadataModel, RangeModel } from './model';
import type { SpreadsheetStore } from './store';
import { gas, type GDeveloperMetadata, type GDeveloperMetadataFinder } from './types';

/** What a finder searches: the whole spreadsheet, one sheet (with its rows and columns), or one range. */
export type FinderScope =
  { kind: 'spreadsheet' } | { kind: 'sheet'; sheetId: number } | { kind: 'range'; range: RangeModel };

/** `createDeveloperMetadataFinder()` (§1.9): filters combine with AND; `find()` returns in creation order. */
export class FakeDeveloperMetadataFinder extends GasObject implements Partial<GDeveloperMetadataFinder> {
  _filters: Array<(m: MetadataModel) => boolean> = [];
  _intersecting = false;

  constructor(
    readonly _store: SpreadsheetStore,
    readonly _ssId: string,
    readonly _scope: FinderScope,
  ) {
    super(_store.rt, 'SpreadsheetApp', 'DeveloperMetadataFinder');
  }

  _add(filter: (m: MetadataModel) => boolean): GDeveloperMetadataFinder {
    this._filters.push(filter);
    return gas(this);
  }
  withKey(key: string): GDeveloperMetadataFinder {
    return this._add((m) => m.key === key);
  }
  withValue(value: string): GDeveloperMetadataFinder {
    return this._add((m) => m.value === value);
  }
  withId(id: number): GDeveloperMetadataFinder {
    return this._add((m) => m.id === id);
  }
  withLocationType(
    locationType: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType,
  ): GDeveloperMetadataFinder {
    return this._add((m) => m.location.type === String(locationType));
  }
  withVisibility(
    visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): GDeveloperMetadataFinder {
    return this._add((m) => m.visibility === String(visibility));
  }
  /** Range finders then also match metadata that only overlaps the range, not just metadata inside it. */
  onIntersectingLocations(): GDeveloperMetadataFinder {
    this._intersecting = true;
    return gas(this);
  }
  find(): GDeveloperMetadata[] {
    return this._store
      .spreadsheet(this._ssId)
      .metadata.filter((m) => this._inScope(m) && this._filters.every((f) => f(m)))
      .map((m) => gas<GDeveloperMetadata>(new FakeDeveloperMetadata(this._store, this._ssId, m.id)));
  }

  _inScope(m: MetadataModel): boolean {
    const loc = m.location;
    const scope = this._scope;
    if (scope.kind === 'spreadsheet') return true;
    if (loc.type === 'SPREADSHEET') return false;
    if (scope.kind === 'sheet') return loc.sheetId === scope.sheetId;
    const r = scope.range;
    if (loc.type !== 'ROW' && loc.type !== 'COLUMN') return false;
    if (loc.sheetId !== r.sheetId) return false;
    // The docs' example: row '3:3' is not within 'A1:D5' but is within '1:5'.
    const sheet = this._store.sheet(this._ssId, r.sheetId);
    const [start, count, across, acrossCount, size] =
      loc.type === 'ROW'
        ? [
            r.row,
            r.wholeColumns ? sheet.maxRows : r.numRows,
            r.column,
            r.wholeRows ? sheet.maxColumns : r.numColumns,
            sheet.maxColumns,
          ]
        : [
            r.column,
            r.wholeRows ? sheet.maxColumns : r.numColumns,
            r.row,
            r.wholeColumns ? sheet.maxRows : r.numRows,
            sheet.maxRows,
          ];
    const end = start + count - 1;
    const locEnd = loc.start + loc.count - 1;
    if (this._intersecting) return loc.start <= end && locEnd >= start;
    return loc.start >= start && locEnd <= end && across === 1 && acrossCount >= size;
  }
}
