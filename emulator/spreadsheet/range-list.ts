import { GasObject } from '../core/gas-object';
import type { RangeModel } from './model';
import { FakeRange } from './range';
import type { SpreadsheetStore } from './store';
import { gas, type GRange } from './types';

type GRangeList = GoogleAppsScript.Spreadsheet.RangeList;

/** `Sheet.getRangeList(a1s)`: the same call on every range (§1.2: RangeList.setValue parses like setValue). */
export class FakeRangeList extends GasObject implements Partial<GRangeList> {
  constructor(
    readonly _store: SpreadsheetStore,
    readonly _ssId: string,
    readonly _ranges: RangeModel[],
  ) {
    super(_store.rt, 'SpreadsheetApp', 'RangeList');
  }
  _each(fn: (r: GRange) => unknown): GRangeList {
    for (const model of this._ranges) fn(gas<GRange>(new FakeRange(this._store, this._ssId, { ...model })));
    return gas(this);
  }
  getRanges(): GRange[] {
    return this._ranges.map((r) => gas<GRange>(new FakeRange(this._store, this._ssId, { ...r })));
  }
  setValue(value: unknown): GRangeList {
    return this._each((r) => r.setValue(value));
  }
  setFormula(formula: string): GRangeList {
    return this._each((r) => r.setFormula(formula));
  }
  setBackground(color: string | null): GRangeList {
    return this._each((r) => r.setBackground(color));
  }
  setFontWeight(fontWeight: 'bold' | 'normal' | null): GRangeList {
    return this._each((r) => r.setFontWeight(fontWeight));
  }
  setFontColor(color: string | null): GRangeList {
    return this._each((r) => r.setFontColor(color));
  }
  setNumberFormat(format: string): GRangeList {
    return this._each((r) => r.setNumberFormat(format));
  }
  setNote(note: string | null): GRangeList {
    return this._each((r) => r.setNote(note));
  }
  setWrap(isWrapEnabled: boolean): GRangeList {
    return this._each((r) => r.setWrap(isWrapEnabled));
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | null): GRangeList {
    return this._each((r) => r.setHorizontalAlignment(alignment));
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GRangeList {
    return this._each((r) => r.setDataValidation(rule));
  }
  /**
   * Clears every range like `Range.clear(options)`: with `{contentsOnly: true}` only values and formulas go, and
   * backgrounds and other formats stay ([DOC] .../spreadsheet/range-list#clear(Object)).
   */
  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
  }): GRangeList {
    return this._each((r) => (options === undefined ? r.clear() : r.clear(options)));
  }
  clearContent(): GRangeList {
    return this._each((r) => r.clearContent());
  }
  clearFormat(): GRangeList {
    return this._each((r) => r.clearFormat());
  }
  clearNote(): GRangeList {
    return this._each((r) => r.clearNote());
  }
  clearDataValidations(): GRangeList {
    return this._each((r) => r.clearDataValidations());
  }
  /** Unmerges the merges inside every range (§1.13 [DOC] range-list#breakApart()). */
  breakApart(): GRangeList {
    return this._each((r) => r.breakApart());
  }
  insertCheckboxes(): GRangeList {
    return this._each((r) => r.insertCheckboxes());
  }
  activate(): GRangeList {
    const last = this._ranges[this._ranges.length - 1];
    if (last) gas<GRange>(new FakeRange(this._store, this._ssId, { ...last })).activate();
    return gas(this);
  }
}
