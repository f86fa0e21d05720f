/**
 * Finds where each column of a spec is in a sheet: first by developer metadata (the stable key on the whole
 * column), then by header text (current or former), so reordered, renamed and extra columns keep working.
 * Pure: the sheet adapter gives it the header row and the column metadata it read.
 */
import type { ColumnSpec, TableSpec } from '../../domain/registry/table-spec';

/** Developer metadata key on each registry column; the value is `ColumnSpec.key`. */
export const COLUMN_METADATA_KEY = 'nastavnik.column';
/** Developer metadata key on each registry sheet; the value is `TableSpec.key`. */
export const TABLE_METADATA_KEY = 'nastavnik.table';

/** Column metadata as read: the 1-based column it sits on and its value. */
export interface ColumnTag {
  readonly column: number;
  readonly key: string;
}

/** Where the spec's columns are: 1-based sheet columns by key, and the ones not found. */
export interface ColumnMap {
  readonly columns: ReadonlyMap<string, number>;
  readonly missing: readonly ColumnSpec[];
  /** Columns found by header text only: setup tags them with metadata. */
  readonly byHeader: ReadonlySet<string>;
}

/** Header text as compared: case, spaces and ё/е do not matter. */
export function normaliseHeader(text: unknown): string {
  return String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е');
}

/** Maps each spec column to a sheet column; a column claimed once is not claimed again. */
export function mapColumns(
  spec: TableSpec,
  headers: readonly unknown[],
  tags: readonly ColumnTag[],
): ColumnMap {
  const known = new Set(spec.columns.map((c) => c.key));
  const columns = new Map<string, number>();
  const claimed = new Set<number>();
  for (const tag of [...tags].sort((a, b) => a.column - b.column)) {
    if (!known.has(tag.key) || columns.has(tag.key) || claimed.has(tag.column)) continue;
    columns.set(tag.key, tag.column);
    claimed.add(tag.column);
  }
  const byHeader = new Set<string>();
  const normalised = headers.map(normaliseHeader);
  for (const pass of ['current', 'former'] as const) {
    for (const col of spec.columns) {
      if (columns.has(col.key)) continue;
      const names = pass === 'current' ? [col.header] : (col.formerHeaders ?? []);
      const wanted = new Set(names.map(normaliseHeader));
      const index = normalised.findIndex((h, i) => h !== '' && wanted.has(h) && !claimed.has(i + 1));
      if (index < 0) continue;
      columns.set(col.key, index + 1);
      claimed.add(index + 1);
      byHeader.add(col.key);
    }
  }
  const missing = spec.columns.filter((c) => !columns.has(c.key));
  return { columns, missing, byHeader };
}

/** Runs of consecutive numbers in ascending order, e.g. [1,2,3,7,8] → [[1,3],[7,8]] as [first, last]. */
export function contiguousRuns(numbers: Iterable<number>): Array<[number, number]> {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const n of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === n - 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}
