import type { RangeModel, SheetModel, SpreadsheetModel } from './model';
import { touch } from './store';
import { mergeRules } from './validation-ranges';

/** ROWS or COLUMNS, as in SpreadsheetApp.Dimension. */
export type Dim = 'ROWS' | 'COLUMNS';

/** A 1-D span after an insert (n > 0) or a delete (n < 0) at `at`; null when the whole span was deleted. */
export function shiftSpan(start: number, count: number, at: number, n: number): [number, number] | null {
  if (n > 0) {
    if (start >= at) return [start + n, count];
    if (at < start + count) return [start, count + n];
    return [start, count];
  }
  const del = -n;
  const end = start + count - 1;
  const delEnd = at + del - 1;
  const overlap = Math.max(0, Math.min(end, delEnd) - Math.max(start, at) + 1);
  if (overlap === count) return null;
  const newStart = start < at ? start : start > delEnd ? start - del : at;
  return [newStart, count - overlap];
}

/** Moves a rectangle in place; false when all its rows or columns were deleted. */
function shiftRange(r: Omit<RangeModel, 'sheetId'>, dim: Dim, at: number, n: number): boolean {
  if (dim === 'ROWS' ? r.wholeColumns : r.wholeRows) return true;
  const span = dim === 'ROWS' ? shiftSpan(r.row, r.numRows, at, n) : shiftSpan(r.column, r.numColumns, at, n);
  if (!span) return false;
  if (dim === 'ROWS') [r.row, r.numRows] = span;
  else [r.column, r.numColumns] = span;
  return true;
}

/**
 * Inserts (n > 0) or deletes (n < 0) rows or columns at 1-based `at`, moving everything that is anchored to
 * them: cells, data-validation rectangles (an insert strictly inside one grows it, so the new cells keep its
 * rule), developer metadata (§1.9: it moves with its row/column and is deleted with it), named ranges,
 * protections, conditional-format and chart ranges, merged cells, frozen rows/columns. Named ranges, protections and
 * validation rectangles whose cells are all deleted go too.
 * Not moved: ranges inside data-validation criteria (requireValueInRange) and chart anchors.
 */
export function resize(ss: SpreadsheetModel, sheet: SheetModel, dim: Dim, at: number, n: number): void {
  const id = sheet.sheetId;
  if (dim === 'ROWS') {
    if (n > 0) {
      if (at - 1 < sheet.rows.length) sheet.rows.splice(at - 1, 0, ...Array.from({ length: n }, () => []));
    } else sheet.rows.splice(at - 1, -n);
    sheet.maxRows += n;
  } else {
    for (const row of sheet.rows) {
      if (at - 1 >= row.length) continue;
      if (n > 0) row.splice(at - 1, 0, ...Array.from({ length: n }, () => null));
      else row.splice(at - 1, -n);
    }
    sheet.maxColumns += n;
  }
  if (dim === 'ROWS') {
    sheet.rowHeights = shiftKeys(sheet.rowHeights, at, n);
    sheet.hiddenRows = shiftKeys(sheet.hiddenRows, at, n);
  } else {
    sheet.columnWidths = shiftKeys(sheet.columnWidths, at, n);
    sheet.hiddenColumns = shiftKeys(sheet.hiddenColumns, at, n);
  }
  touch(sheet);
  sheet.validations = sheet.validations.filter((v) => shiftRange(v, dim, at, n));
  mergeRules(sheet);
  // §1.13: a merge moves with its cells, grows with rows inserted inside it, and goes when one cell is left.
  sheet.merges = sheet.merges.filter((m) => shiftRange(m, dim, at, n) && m.numRows * m.numColumns > 1);
  const frozen = dim === 'ROWS' ? 'frozenRows' : 'frozenColumns';
  if (sheet[frozen] > 0) {
    const span = shiftSpan(1, sheet[frozen], at, n);
    sheet[frozen] = span && span[0] === 1 ? span[1] : 0;
  }
  const locType = dim === 'ROWS' ? 'ROW' : 'COLUMN';
  ss.metadata = ss.metadata.filter((m) => {
    const loc = m.location;
    if (loc.type !== locType || loc.sheetId !== id) return true;
    const span = shiftSpan(loc.start, loc.count, at, n);
    if (!span) return false;
    [loc.start, loc.count] = span;
    return true;
  });
  ss.namedRanges = ss.namedRanges.filter((nr) => nr.range.sheetId !== id || shiftRange(nr.range, dim, at, n));
  ss.protections = ss.protections.filter((p) => {
    if (p.sheetId !== id) return true;
    p.unprotected = p.unprotected.filter((r) => shiftRange(r, dim, at, n));
    return !p.range || shiftRange(p.range, dim, at, n);
  });
  for (const s of ss.sheets) {
    for (const rule of s.conditionalRules)
      rule.ranges = rule.ranges.filter((r) => r.sheetId !== id || shiftRange(r, dim, at, n));
    s.conditionalRules = s.conditionalRules.filter((rule) => rule.ranges.length > 0);
    for (const chart of s.charts)
      chart.ranges = chart.ranges.filter((r) => r.sheetId !== id || shiftRange(r, dim, at, n));
  }
}

/** A record keyed by 1-based position after an insert or delete: keys move, deleted ones go. */
function shiftKeys<T>(record: Record<string, T>, at: number, n: number): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) {
    const span = shiftSpan(Number(key), 1, at, n);
    if (span) out[span[0]] = value;
  }
  return out;
}
