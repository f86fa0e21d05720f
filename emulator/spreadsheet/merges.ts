import type { MergeModel, SheetModel } from './model';

/**
 * [FIELD] The live refusal when a merge or an unmerge covers only part of an existing merge (§1.13):
 * `Exception: You must select all cells in a merged range to merge or unmerge them.`
 */
export const MERGE_PARTIAL = 'You must select all cells in a merged range to merge or unmerge them.';

/** [FIELD wording, trailing period UNVERIFIED] A merge across the edge of the frozen rows or columns (§1.13). */
export function frozenMergeMessage(noun: 'rows' | 'columns'): string {
  return `You can't merge frozen and non-frozen ${noun}.`;
}

type Rect = Pick<MergeModel, 'row' | 'column' | 'numRows' | 'numColumns'>;

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}

/** Whether a span start..start+count-1 has cells on both sides of the edge after `frozen` (0: no edge). */
function crossesEdge(start: number, count: number, frozen: number): boolean {
  return frozen > 0 && start <= frozen && start + count - 1 > frozen;
}

/** The merges overlapping a rectangle, top to bottom, left to right. */
export function mergesIn(sheet: SheetModel, rect: Rect): MergeModel[] {
  return sheet.merges.filter((m) => overlaps(m, rect)).sort((a, b) => a.row - b.row || a.column - b.column);
}

/** The blocks `merge` / `mergeAcross` / `mergeVertically` make of a range; single cells make none. */
export function mergePieces(rect: Rect, how: 'all' | 'across' | 'vertically'): MergeModel[] {
  const { row, column, numRows, numColumns } = rect;
  const pieces: MergeModel[] =
    how === 'all'
      ? [{ row, column, numRows, numColumns }]
      : how === 'across'
        ? Array.from({ length: numRows }, (_, i) => ({ row: row + i, column, numRows: 1, numColumns }))
        : Array.from({ length: numColumns }, (_, j) => ({ row, column: column + j, numRows, numColumns: 1 }));
  return pieces.filter((p) => p.numRows * p.numColumns > 1);
}

/**
 * Checks merging `pieces` as Sheets does (§1.13): no piece may cross the frozen edge, and an existing merge must
 * lie wholly inside a piece or outside all of them. Throws the live text; changes nothing.
 */
export function checkMerge(sheet: SheetModel, pieces: MergeModel[]): void {
  for (const p of pieces) {
    if (crossesEdge(p.row, p.numRows, sheet.frozenRows)) throw new Error(frozenMergeMessage('rows'));
    if (crossesEdge(p.column, p.numColumns, sheet.frozenColumns))
      throw new Error(frozenMergeMessage('columns'));
    for (const m of sheet.merges) if (overlaps(m, p) && !inside(m, p)) throw new Error(MERGE_PARTIAL);
  }
}

/** Adds checked pieces, replacing the merges they contain. */
export function addMerges(sheet: SheetModel, pieces: MergeModel[]): void {
  sheet.merges = sheet.merges.filter((m) => !pieces.some((p) => inside(m, p)));
  sheet.merges.push(...pieces.map((p) => ({ ...p })));
}

/** `breakApart`: the merges inside `rect` go; one only partly inside is refused with the live text. */
export function breakApart(sheet: SheetModel, rect: Rect): void {
  const hit = sheet.merges.filter((m) => overlaps(m, rect));
  if (hit.some((m) => !inside(m, rect))) throw new Error(MERGE_PARTIAL);
  sheet.merges = sheet.merges.filter((m) => !hit.includes(m));
}

/** `setFrozenRows(n)` / `setFrozenColumns(n)` refuse an edge that would cut a merge (§1.13 [FIELD]). */
export function checkFrozenEdge(sheet: SheetModel, dim: 'rows' | 'columns', frozen: number): void {
  for (const m of sheet.merges) {
    const cut =
      dim === 'rows' ? crossesEdge(m.row, m.numRows, frozen) : crossesEdge(m.column, m.numColumns, frozen);
    if (cut) throw new Error(frozenMergeMessage(dim));
  }
}
