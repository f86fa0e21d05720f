import type { ZodType } from 'zod';
import { parseTable, type ParseOptions } from './parse-table';
import { problemAt, type Problem } from './problems';
import type { SheetRow } from './sheet-row';
import type { TableSpec } from './table-spec';

/** An entity with the sheet row it was read from (for messages and writes by row). */
export type Located<T> = T & { readonly rowNumber: number };

/** A sheet read as entities: rows without problems become entities; every other row is in `problems`. */
export interface ReadTable<T> {
  readonly entities: Located<T>[];
  readonly problems: Problem[];
  /** Rows typed by hand without an ID: not entities yet; the sheet layer gives them IDs first. */
  readonly rowsWithoutId: number[];
}

/**
 * Parses a sheet and validates each clean row against its entity schema: the use cases work with entities only,
 * the curator sees every row that was left out and why. Never throws.
 */
export function readTable<T>(
  spec: TableSpec,
  schema: ZodType<T>,
  rows: readonly SheetRow[],
  options: ParseOptions,
): ReadTable<T> {
  const parsed = parseTable(spec, rows, options);
  const problems = [...parsed.problems];
  const badRows = new Set(problems.map((p) => p.row));
  const entities: Located<T>[] = [];
  for (const record of parsed.records) {
    if (badRows.has(record.rowNumber) || (spec.idPrefix && record.id === undefined)) continue;
    const { rowNumber, ...values } = record;
    const result = schema.safeParse(values);
    if (result.success) {
      entities.push({ ...(result.data as T & object), rowNumber } as Located<T>);
      continue;
    }
    for (const issue of result.error.issues) {
      const column = spec.columns.find((c) => c.key === issue.path[0]);
      const header = options.headers?.[column?.key ?? ''] ?? column?.header ?? String(issue.path[0] ?? '');
      problems.push(problemAt(spec.sheetName, rowNumber, header, issue.message));
    }
  }
  return { entities, problems, rowsWithoutId: parsed.rowsWithoutId };
}
