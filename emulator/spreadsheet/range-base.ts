import { GasObject } from '../core/gas-object';
import { formatA1 } from './a1';
import type { CellModel, RangeModel, SheetModel, SpreadsheetModel } from './model';
import { checkProtected } from './guard';
import { FakeSheet } from './sheet';
import { cellAt, putCell, touch, type SpreadsheetStore } from './store';
import { gas, type GRange, type GSheet } from './types';

/** Coordinates and shared helpers of a Range facade; the value, format and other parts extend it. */
export abstract class FakeRangeBase extends GasObject implements Partial<GRange> {
  constructor(
    readonly _store: SpreadsheetStore,
    readonly _ssId: string,
    readonly _range: RangeModel,
  ) {
    super(_store.rt, 'SpreadsheetApp', 'Range');
  }

  _ss(): SpreadsheetModel {
    return this._store.spreadsheet(this._ssId);
  }

  _sheet(): SheetModel {
    return this._store.sheet(this._ssId, this._range.sheetId);
  }

  /** The range with open ends ('A:A', '3:3') resolved against the sheet's current size. */
  _rect(): RangeModel {
    const r = this._range;
    if (!r.wholeColumns && !r.wholeRows) return r;
    const sheet = this._sheet();
    return {
      ...r,
      numRows: r.wholeColumns ? sheet.maxRows - r.row + 1 : r.numRows,
      numColumns: r.wholeRows ? sheet.maxColumns - r.column + 1 : r.numColumns,
    };
  }

  /** Calls `fn` for every cell of the range, row by row. */
  _read<T>(fn: (cell: CellModel | null, sheet: SheetModel, i: number, j: number) => T): T[][] {
    const sheet = this._sheet();
    const { row, column, numRows, numColumns } = this._rect();
    this._store.cells.read(sheet.name, numRows * numColumns);
    const out: T[][] = new Array(numRows);
    for (let i = 0; i < numRows; i++) {
      const cells = sheet.rows[row - 1 + i];
      const line: T[] = new Array(numColumns);
      for (let j = 0; j < numColumns; j++)
        line[j] = fn((cells && cells[column - 1 + j]) ?? null, sheet, i, j);
      out[i] = line;
    }
    return out;
  }

  /** Refuses a write in a custom function, or to cells the running user may not edit (§1.6). */
  _checkWrite(what: string): void {
    this._store.requireWrite(what);
    checkProtected(this._ss(), this._sheet(), this._rect(), this._rt.activeUser);
  }

  /** Replaces every cell of the range with `fn(cell, i, j)`. */
  _write(what: string, fn: (cell: CellModel | null, i: number, j: number) => CellModel | null): this {
    this._checkWrite(what);
    const sheet = this._sheet();
    const rect = this._rect();
    const { row, column, numRows, numColumns } = rect;
    this._store.cells.wrote(sheet.name, numRows * numColumns);
    try {
      for (let i = 0; i < numRows; i++) {
        for (let j = 0; j < numColumns; j++) {
          const cell = cellAt(sheet, row + i, column + j);
          putCell(sheet, row + i, column + j, fn(cell, i, j));
        }
      }
    } finally {
      touch(sheet);
    }
    return this;
  }

  /** Sets (or with null removes) one cell property over the whole range. */
  _style<K extends keyof CellModel>(what: string, key: K, value: CellModel[K] | null): this {
    return this._write(what, (cell) => withProp(cell, key, value));
  }

  /** Checks that a 2-D argument matches the range: the exact live messages of §1.2. */
  _checkShape(data: unknown[][]): void {
    const { numRows, numColumns } = this._rect();
    if (data.length !== numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`,
      );
    }
    for (const line of data) {
      if (line.length !== numColumns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${numColumns}.`,
        );
      }
    }
  }

  getRow(): number {
    return this._range.row;
  }
  getRowIndex(): number {
    return this._range.row;
  }
  getColumn(): number {
    return this._range.column;
  }
  getNumRows(): number {
    return this._rect().numRows;
  }
  getHeight(): number {
    return this._rect().numRows;
  }
  getNumColumns(): number {
    return this._rect().numColumns;
  }
  getWidth(): number {
    return this._rect().numColumns;
  }
  /** §1.3: the end row of this range (4 for B2:D4), not of the data. */
  getLastRow(): number {
    const r = this._rect();
    return r.row + r.numRows - 1;
  }
  getLastColumn(): number {
    const r = this._rect();
    return r.column + r.numColumns - 1;
  }
  getA1Notation(): string {
    return formatA1(this._rect());
  }
  getSheet(): GSheet {
    return gas(new FakeSheet(this._store, this._ssId, this._range.sheetId));
  }
  getGridId(): number {
    return this._range.sheetId;
  }
}

/** A copy of `cell` with `key` set, or removed when `value` is null/undefined; null when nothing is left. */
export function withProp<K extends keyof CellModel>(
  cell: CellModel | null,
  key: K,
  value: CellModel[K] | null | undefined,
): CellModel | null {
  if (value === null || value === undefined) {
    if (!cell || cell[key] === undefined) return cell;
    const { [key]: _dropped, ...next } = cell;
    return Object.keys(next).length ? next : null;
  }
  return { ...(cell ?? {}), [key]: value };
}
