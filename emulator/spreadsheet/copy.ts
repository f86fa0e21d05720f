import type { CellModel, RangeModel, SheetModel, ValidationModel } from './model';
import { putCell, touch } from './store';
import { setRuleGrid } from './validation-ranges';

/** Which parts of a cell a copy carries: everything, contents only, formats only, or validation only. */
export type CopyPart = 'all' | 'contents' | 'format' | 'validation';

const CONTENT_KEYS = new Set(['v', 'f', 'link']);

/** The cell a copy leaves: the source's part over what the target keeps of its own (validation is not a cell's). */
function pick(
  cell: CellModel | null,
  part: 'all' | 'contents' | 'format',
  target: CellModel | null,
): CellModel | null {
  if (part === 'all') return cell ? { ...cell } : null;
  const keep = (k: string): boolean => (part === 'contents' ? CONTENT_KEYS.has(k) : !CONTENT_KEYS.has(k));
  const next: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(target ?? {})) if (!keep(k)) next[k] = v;
  for (const [k, v] of Object.entries(cell ?? {})) if (keep(k)) next[k] = v;
  return Object.keys(next).length ? (next as CellModel) : null;
}

/**
 * Copies `src` onto `dest` as `Range.copyTo` does: a one-cell destination takes the source's size; a bigger one
 * is filled by repeating the source as many whole times as fit. Formulas are copied as written (the emulator
 * does not adjust relative references). `srcRules` are the source's validation rules, read before anything is
 * written (the source and destination may overlap). Returns the rectangle written.
 */
export function copyCells(
  srcSheet: SheetModel,
  src: RangeModel,
  destSheet: SheetModel,
  dest: RangeModel,
  part: CopyPart,
  srcRules: Array<Array<ValidationModel | null>>,
): RangeModel {
  const fit = (want: number, unit: number): number => (want >= unit ? Math.floor(want / unit) * unit : unit);
  const rows = fit(dest.numRows, src.numRows);
  const columns = fit(dest.numColumns, src.numColumns);
  const source: Array<Array<CellModel | null>> = [];
  for (let i = 0; i < src.numRows; i++) {
    const line = srcSheet.rows[src.row - 1 + i] ?? [];
    source.push(Array.from({ length: src.numColumns }, (_, j) => line[src.column - 1 + j] ?? null));
  }
  const written = {
    sheetId: dest.sheetId,
    row: dest.row,
    column: dest.column,
    numRows: rows,
    numColumns: columns,
  };
  if (part !== 'validation') {
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < columns; j++) {
        const target = destSheet.rows[dest.row - 1 + i]?.[dest.column - 1 + j] ?? null;
        putCell(
          destSheet,
          dest.row + i,
          dest.column + j,
          pick(source[i % src.numRows][j % src.numColumns], part, target),
        );
      }
    }
    touch(destSheet);
  }
  if (part === 'all' || part === 'validation') {
    const tiled = Array.from({ length: rows }, (_, i) =>
      Array.from({ length: columns }, (_, j) => srcRules[i % src.numRows][j % src.numColumns]),
    );
    setRuleGrid(destSheet, written, tiled);
  }
  return written;
}
