import { GasObject } from '../core/gas-object';
import type { RangeModel } from './model';
import { displayValue, localeFormats } from './number-format';
import { FakeRange } from './range';
import type { FakeRangeBase } from './range-base';
import { putCell, touch, type SpreadsheetStore } from './store';
import { gas, type GRange } from './types';

type GTextFinder = GoogleAppsScript.Spreadsheet.TextFinder;

/**
 * `createTextFinder(text)` on a range, sheet or spreadsheet: searches display values row by row, sheet by
 * sheet. Regular expressions are JavaScript ones here (Sheets uses RE2; keep patterns to the common subset).
 */
export class FakeTextFinder extends GasObject implements Partial<GTextFinder> {
  _matchCase = false;
  _entireCell = false;
  _regex = false;
  _formulas = false;
  _current = -1;

  constructor(
    readonly _store: SpreadsheetStore,
    readonly _ssId: string,
    readonly _scope: RangeModel[],
    readonly _text: string,
  ) {
    super(_store.rt, 'SpreadsheetApp', 'TextFinder');
  }
  matchCase(matchCase: boolean): GTextFinder {
    this._matchCase = matchCase;
    return gas(this);
  }
  matchEntireCell(matchEntireCell: boolean): GTextFinder {
    this._entireCell = matchEntireCell;
    return gas(this);
  }
  useRegularExpression(useRegEx: boolean): GTextFinder {
    this._regex = useRegEx;
    return gas(this);
  }
  matchFormulaText(matchFormulaText: boolean): GTextFinder {
    this._formulas = matchFormulaText;
    return gas(this);
  }
  _pattern(global = false): RegExp {
    const source = this._regex ? this._text : this._text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const flags = (this._matchCase ? '' : 'i') + (global ? 'g' : '') + 'u';
    return new RegExp(this._entireCell ? `^(?:${source})$` : source, flags);
  }
  /** Every matching cell as [range model, text]. */
  _matches(): Array<{ at: RangeModel; text: string }> {
    const ss = this._store.spreadsheet(this._ssId);
    const loc = localeFormats(ss.locale);
    const pattern = this._pattern();
    const out: Array<{ at: RangeModel; text: string }> = [];
    for (const scope of this._scope) {
      const sheet = this._store.sheet(this._ssId, scope.sheetId);
      const lastRow = Math.min(scope.row + scope.numRows - 1, sheet.rows.length);
      for (let row = scope.row; row <= lastRow; row++) {
        const line = sheet.rows[row - 1];
        const lastCol = Math.min(scope.column + scope.numColumns - 1, line.length);
        for (let column = scope.column; column <= lastCol; column++) {
          const cell = line[column - 1];
          if (!cell) continue;
          const text = this._formulas && cell.f ? cell.f : displayValue(cell.v, cell.nf, loc);
          if (text !== '' && pattern.test(text)) {
            out.push({ at: { sheetId: sheet.sheetId, row, column, numRows: 1, numColumns: 1 }, text });
          }
        }
      }
    }
    return out;
  }
  _range(at: RangeModel): GRange {
    return gas(new FakeRange(this._store, this._ssId, at));
  }
  findAll(): GRange[] {
    return this._matches().map((m) => this._range(m.at));
  }
  findNext(): GRange | null {
    const all = this._matches();
    if (this._current + 1 >= all.length) return null;
    return this._range(all[++this._current].at);
  }
  findPrevious(): GRange | null {
    const all = this._matches();
    if (this._current <= 0) return null;
    return this._range(all[--this._current].at);
  }
  getCurrentMatch(): GRange | null {
    const m = this._matches()[this._current];
    return m ? this._range(m.at) : null;
  }
  startFrom(startRange: GRange): GTextFinder {
    const start = (startRange as unknown as FakeRangeBase)._range;
    const all = this._matches();
    const after = all.findIndex(
      (m) =>
        m.at.sheetId === start.sheetId &&
        (m.at.row > start.row || (m.at.row === start.row && m.at.column > start.column)),
    );
    this._current = (after < 0 ? all.length : after) - 1;
    return gas(this);
  }
  /** Replaces the matched text in every matching text cell; returns how many cells changed. */
  replaceAllWith(replaceText: string): number {
    this._store.requireWrite('TextFinder.replaceAllWith');
    let count = 0;
    for (const m of this._matches()) {
      const sheet = this._store.sheet(this._ssId, m.at.sheetId);
      const cell = sheet.rows[m.at.row - 1][m.at.column - 1];
      if (!cell || typeof cell.v !== 'string' || cell.f) continue;
      putCell(sheet, m.at.row, m.at.column, { ...cell, v: cell.v.replace(this._pattern(true), replaceText) });
      touch(sheet);
      count++;
    }
    return count;
  }
}
