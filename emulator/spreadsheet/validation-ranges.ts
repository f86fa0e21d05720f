/**
 * Data validation stored as rules over rectangles of a sheet (`SheetModel.validations`), not per cell: setup puts
 * dropdowns on whole columns, which per cell made every snapshot megabytes long. The rectangles never overlap:
 * giving cells a new rule (or none) trims or splits the rectangles that covered them, and neighbours with equal
 * rules are merged again. Reads resolve the rule of each cell.
 */
import type { CellModel, SheetModel, ValidationModel, ValidationRangeModel } from './model';

/** A rectangle of cells, 1-based. */
export interface Rect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** The rule of every cell of `rect` (null where there is none), row by row. */
export function rulesIn(sheet: SheetModel, rect: Rect): Array<Array<ValidationModel | null>> {
  const grid = Array.from({ length: rect.numRows }, () =>
    new Array<ValidationModel | null>(rect.numColumns).fill(null),
  );
  for (const v of sheet.validations) {
    const top = Math.max(v.row, rect.row);
    const bottom = Math.min(v.row + v.numRows, rect.row + rect.numRows);
    const left = Math.max(v.column, rect.column);
    const right = Math.min(v.column + v.numColumns, rect.column + rect.numColumns);
    for (let r = top; r < bottom; r++) {
      const line = grid[r - rect.row];
      for (let c = left; c < right; c++) line[c - rect.column] = v.rule;
    }
  }
  return grid;
}

/** Gives every cell of `rect` the rule, or none with null. */
export function setRule(sheet: SheetModel, rect: Rect, rule: ValidationModel | null): void {
  if (rect.numRows < 1 || rect.numColumns < 1) return;
  sheet.validations = subtract(sheet.validations, rect);
  if (rule) sheet.validations.push({ ...bounds(rect), rule });
  sheet.validations = merged(sheet.validations);
}

/** Gives each cell of `rect` its rule from a grid of the rectangle's shape (null = none). */
export function setRuleGrid(
  sheet: SheetModel,
  rect: Rect,
  grid: ReadonlyArray<ReadonlyArray<ValidationModel | null>>,
): void {
  if (rect.numRows < 1 || rect.numColumns < 1) return;
  const kept = subtract(sheet.validations, rect);
  // Column by column, runs of equal rules become one rectangle each; merging joins the columns.
  for (let j = 0; j < rect.numColumns; j++) {
    let i = 0;
    while (i < rect.numRows) {
      const rule = grid[i][j];
      let end = i + 1;
      if (rule) {
        const k = keyOf(rule);
        while (end < rect.numRows && grid[end][j] && keyOf(grid[end][j] as ValidationModel) === k) end++;
        kept.push({ row: rect.row + i, column: rect.column + j, numRows: end - i, numColumns: 1, rule });
      }
      i = end;
    }
  }
  sheet.validations = merged(kept);
}

/** Joins rectangles of equal rules that now touch (after rows or columns moved them; structure.ts). */
export function mergeRules(sheet: SheetModel): void {
  sheet.validations = merged(sheet.validations);
}

/**
 * Moves `dv` rules that older snapshots kept in cells into the sheet's rectangles (a snapshot saved before this
 * store existed still restores with its validation).
 */
export function migrateCellRules(sheet: SheetModel): void {
  let found = false;
  const grid: Array<Array<ValidationModel | null>> = [];
  let width = 0;
  sheet.rows.forEach((line, i) => {
    line.forEach((cell, j) => {
      const old = cell as (CellModel & { dv?: ValidationModel }) | null;
      if (!old?.dv) return;
      found = true;
      (grid[i] ??= [])[j] = old.dv;
      width = Math.max(width, j + 1);
      const { dv: _dropped, ...rest } = old;
      line[j] = Object.keys(rest).length ? rest : null;
    });
  });
  if (!found) return;
  const full = Array.from({ length: grid.length }, (_, i) =>
    Array.from({ length: width }, (_, j) => grid[i]?.[j] ?? null),
  );
  setRuleGrid(sheet, { row: 1, column: 1, numRows: full.length, numColumns: width }, full);
}

function bounds(r: Rect): Rect {
  return { row: r.row, column: r.column, numRows: r.numRows, numColumns: r.numColumns };
}

/** The rectangles with `cut` taken out: each one it overlaps splits into up to four pieces around it. */
function subtract(list: readonly ValidationRangeModel[], cut: Rect): ValidationRangeModel[] {
  const out: ValidationRangeModel[] = [];
  const cutBottom = cut.row + cut.numRows;
  const cutRight = cut.column + cut.numColumns;
  for (const v of list) {
    const bottom = v.row + v.numRows;
    const right = v.column + v.numColumns;
    if (v.row >= cutBottom || cut.row >= bottom || v.column >= cutRight || cut.column >= right) {
      out.push(v);
      continue;
    }
    const piece = (row: number, column: number, endRow: number, endColumn: number): void => {
      if (endRow > row && endColumn > column)
        out.push({ row, column, numRows: endRow - row, numColumns: endColumn - column, rule: v.rule });
    };
    const midTop = Math.max(v.row, cut.row);
    const midBottom = Math.min(bottom, cutBottom);
    piece(v.row, v.column, midTop, right); // above
    piece(midBottom, v.column, bottom, right); // below
    piece(midTop, v.column, midBottom, Math.max(v.column, cut.column)); // left
    piece(midTop, Math.min(right, cutRight), midBottom, right); // right
  }
  return out;
}

const keys = new WeakMap<ValidationModel, string>();

/** Rules are equal when their JSON is (rules are never changed once stored). */
function keyOf(rule: ValidationModel): string {
  let k = keys.get(rule);
  if (k === undefined) {
    k = JSON.stringify(rule);
    keys.set(rule, k);
  }
  return k;
}

/**
 * The one decomposition of the cells' rules, whatever edits led to them (so running the same setup twice stores
 * the same JSON): per column, maximal runs of rows with equal rules; then runs over the same rows with the same
 * rule in neighbouring columns joined into rectangles; sorted by row, then column.
 */
function merged(list: readonly ValidationRangeModel[]): ValidationRangeModel[] {
  if (list.length === 0) return [];
  const byColumn = new Map<number, ValidationRangeModel[]>();
  for (const v of list) {
    for (let c = v.column; c < v.column + v.numColumns; c++) {
      const runs = byColumn.get(c);
      const run = { row: v.row, column: c, numRows: v.numRows, numColumns: 1, rule: v.rule };
      if (runs) runs.push(run);
      else byColumn.set(c, [run]);
    }
  }
  // Runs of one column are disjoint: sorted by row, touching runs of an equal rule join.
  const columnRuns: ValidationRangeModel[] = [];
  for (const runs of byColumn.values()) {
    runs.sort((a, b) => a.row - b.row);
    let run = runs[0];
    for (const next of runs.slice(1)) {
      if (run.row + run.numRows === next.row && keyOf(run.rule) === keyOf(next.rule))
        run.numRows += next.numRows;
      else {
        columnRuns.push(run);
        run = next;
      }
    }
    columnRuns.push(run);
  }
  // Identical runs (rows and rule) in neighbouring columns become one rectangle.
  columnRuns.sort((a, b) => a.row - b.row || a.numRows - b.numRows || a.column - b.column);
  const out: ValidationRangeModel[] = [];
  let open: ValidationRangeModel | null = null;
  for (const run of columnRuns) {
    if (
      open &&
      open.row === run.row &&
      open.numRows === run.numRows &&
      open.column + open.numColumns === run.column &&
      keyOf(open.rule) === keyOf(run.rule)
    ) {
      open.numColumns++;
      continue;
    }
    if (open) out.push(open);
    open = { ...run };
  }
  if (open) out.push(open);
  return out.sort((a, b) => a.row - b.row || a.column - b.column);
}
