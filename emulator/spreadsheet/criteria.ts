import type { CriteriaArg } from './model';
import { FakeRange } from './range';
import type { FakeRangeBase } from './range-base';
import type { SpreadsheetStore } from './store';

/** A script's criterion argument as JSON: Dates and Ranges are tagged so snapshots stay plain. */
export function toArg(x: unknown): CriteriaArg {
  if (x instanceof Date) return { date: x.toISOString() };
  if (Array.isArray(x)) return x.map(String);
  if (x && typeof x === 'object' && '_range' in x) {
    const r = x as unknown as FakeRangeBase;
    return { range: { ...r._range }, spreadsheetId: r._ssId };
  }
  if (x === undefined) return null;
  return x as CriteriaArg;
}

/** The argument back as a script sees it: Date, Range facade, list or primitive. */
export function fromArg(store: SpreadsheetStore, a: CriteriaArg): unknown {
  if (a && typeof a === 'object' && !Array.isArray(a)) {
    if ('date' in a) return new Date(a.date);
    return new FakeRange(store, a.spreadsheetId, { ...a.range });
  }
  return Array.isArray(a) ? [...a] : a;
}
