import type { CellModel, RangeModel, SheetModel } from './model';
import { touch } from './store';
import { rulesIn, setRuleGrid } from './validation-ranges';

/** One sort key: a 1-based sheet column and the direction. */
export interface SortKey {
  column: number;
  ascending: boolean;
}

/** `Range.sort` arguments: a column, `{column, ascending}`, or an array of those. */
export function sortKeys(spec: unknown): SortKey[] {
  const list = Array.isArray(spec) ? spec : [spec];
  return list.map((s) =>
    typeof s === 'number'
      ? { column: s, ascending: true }
      : {
          column: (s as { column: number }).column,
          ascending: (s as { ascending?: boolean }).ascending ?? true,
        },
  );
}

const collator = new Intl.Collator('ru', { sensitivity: 'base', numeric: false });

/** Sheets' ascending order: numbers (and dates), then text, then booleans; empty cells always last. */
function compareValues(a: CellModel | null, b: CellModel | null): number | null {
  const rank = (c: CellModel | null): number => {
    const v = c?.v;
    if (v === undefined || v === '') return 3;
    return typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2;
  };
  const ra = rank(a);
  const rb = rank(b);
  if (ra === 3 || rb === 3) return ra === rb ? 0 : null; // blanks stay last in both directions
  if (ra !== rb) return ra - rb;
  const va = a?.v;
  const vb = b?.v;
  if (typeof va === 'string' && typeof vb === 'string') return collator.compare(va, vb);
  return Number(va) - Number(vb);
}

/** Reorders whole rows of the rectangle (values, formats and validation move together), stable. */
export function sortRows(sheet: SheetModel, r: RangeModel, keys: SortKey[]): void {
  const rows: Array<Array<CellModel | null>> = [];
  for (let i = 0; i < r.numRows; i++) {
    const line = sheet.rows[r.row - 1 + i] ?? [];
    rows.push(Array.from({ length: r.numColumns }, (_, j) => line[r.column - 1 + j] ?? null));
  }
  const order = rows.map((_, i) => i);
  order.sort((x, y) => {
    for (const key of keys) {
      const j = key.column - r.column;
      const c = compareValues(rows[x][j], rows[y][j]);
      if (c === null) return (rows[x][j]?.v ?? '') === '' ? 1 : -1;
      if (c !== 0) return key.ascending ? c : -c;
    }
    return x - y;
  });
  const rules = rulesIn(sheet, r);
  setRuleGrid(
    sheet,
    r,
    order.map((from) => rules[from]),
  );
  order.forEach((from, i) => {
    const target = r.row - 1 + i;
    while (sheet.rows.length <= target) sheet.rows.push([]);
    const line = sheet.rows[target];
    while (line.length < r.column - 1 + r.numColumns) line.push(null);
    for (let j = 0; j < r.numColumns; j++) line[r.column - 1 + j] = rows[from][j];
  });
  touch(sheet);
}
