import { addMetadata, rangeLocation } from './metadata';
import { FakeDeveloperMetadataFinder } from './metadata-finder';
import { addProtection, FakeProtection } from './protection';
import { FakeRangeStyle } from './range-style';
import { FakeDataValidationBuilder } from './validation';
import {
  gas,
  type GDeveloperMetadata,
  type GDeveloperMetadataFinder,
  type GProtection,
  type GRange,
} from './types';

/** `SpreadsheetApp` Range: a rectangle on one sheet; holds only coordinates, reads the model on each call. */
export class FakeRange extends FakeRangeStyle implements Partial<GRange> {
  /** A range at an offset from this one, as `Range.offset` (same size unless given). */
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    const r = this._rect();
    const sheet = this._sheet();
    return gas(
      this.getSheet().getRange(
        r.row + rowOffset,
        r.column + columnOffset,
        numRows ?? Math.min(r.numRows, sheet.maxRows),
        numColumns ?? Math.min(r.numColumns, sheet.maxColumns),
      ),
    );
  }

  /** The cell at 1-based (row, column) inside this range. */
  getCell(row: number, column: number): GRange {
    const r = this._rect();
    return gas(this.getSheet().getRange(r.row + row - 1, r.column + column - 1));
  }

  /** Checkbox validation on every cell and FALSE in the empty ones (what the UI's Insert › Checkbox does). */
  insertCheckboxes(): GRange {
    const rule = new FakeDataValidationBuilder(this._store).requireCheckbox().build();
    this.setDataValidation(rule);
    const values = this.getValues().map((line) => line.map((v) => (v === '' ? false : v)));
    return this.setValues(values);
  }

  /** Makes this range the selection, and its sheet the active sheet. */
  activate(): GRange {
    const ss = this._ss();
    ss.activeSheetId = this._range.sheetId;
    ss.activeRange = { ...this._range };
    return gas(this);
  }

  /** §1.6: always a new protection, even over an already protected range. */
  protect(): GProtection {
    this._store.requireWrite('Range.protect');
    const p = addProtection(this._ss(), 'RANGE', this._range.sheetId, this._rect());
    return gas(new FakeProtection(this._store, this._ssId, p.id));
  }

  /** §1.9: only whole rows/columns; any other range throws the live message. Returns this range. */
  addDeveloperMetadata(key: string, ...rest: unknown[]): GRange {
    this._store.requireWrite('Range.addDeveloperMetadata');
    addMetadata(this._ss(), rangeLocation(this), [key, ...rest]);
    return gas(this);
  }

  /** §1.9: metadata of the rows/columns this range wholly covers; a cell does not inherit its column's. */
  getDeveloperMetadata(): GDeveloperMetadata[] {
    return this.createDeveloperMetadataFinder().find();
  }

  createDeveloperMetadataFinder(): GDeveloperMetadataFinder {
    return gas(
      new FakeDeveloperMetadataFinder(this._store, this._ssId, { kind: 'range', range: this._rect() }),
    );
  }
}
