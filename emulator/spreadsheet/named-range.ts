import { GasObject } from '../core/gas-object';
import type { NamedRangeModel, SpreadsheetModel } from './model';
import { FakeRange } from './range';
import type { FakeRangeBase } from './range-base';
import type { SpreadsheetStore } from './store';
import { gas, type GNamedRange, type GRange } from './types';

/** §1.4: the named range, or undefined; accepts the 'Sheet Name!Name' form for names on that sheet. */
export function findNamed(ss: SpreadsheetModel, name: string): NamedRangeModel | undefined {
  const direct = ss.namedRanges.find((n) => n.name === name);
  if (direct) return direct;
  const bang = name.lastIndexOf('!');
  if (bang < 0) return undefined;
  const sheetName = name.slice(0, bang).replace(/^'(.*)'$/, '$1');
  const sheet = ss.sheets.find((s) => s.name === sheetName);
  return ss.namedRanges.find((n) => n.name === name.slice(bang + 1) && n.range.sheetId === sheet?.sheetId);
}

/** A NamedRange facade, found by name on every call. */
export class FakeNamedRange extends GasObject implements Partial<GNamedRange> {
  constructor(
    readonly _store: SpreadsheetStore,
    readonly _ssId: string,
    public _name: string,
  ) {
    super(_store.rt, 'SpreadsheetApp', 'NamedRange');
  }
  _n(): NamedRangeModel {
    const n = findNamed(this._store.spreadsheet(this._ssId), this._name);
    if (!n) throw new Error(`emulator: named range ${this._name} no longer exists`);
    return n;
  }
  getName(): string {
    return this._n().name;
  }
  setName(name: string): GNamedRange {
    this._n().name = name;
    this._name = name;
    return gas(this);
  }
  getRange(): GRange {
    return gas(new FakeRange(this._store, this._ssId, { ...this._n().range }));
  }
  setRange(range: GRange): GNamedRange {
    this._n().range = { ...(range as unknown as FakeRangeBase)._range };
    return gas(this);
  }
  remove(): void {
    const ss = this._store.spreadsheet(this._ssId);
    const n = this._n();
    ss.namedRanges = ss.namedRanges.filter((x) => x !== n);
  }
}
