import type { ZodType } from 'zod';
import { parseTable, type ParseOptions } from './parse-table';
import { problemAt, type Problem } from './problems';
import type { SheetRow } from './sheet-row';
import type { TableSpec } from './table-spec';

/** An entity with the sheet row it was read from (for messages and writes by row). */
export type Located<T> = T & { readonly rowNumber: number };

/** A row with an ID that is no entity: a cell the entity cannot do without (a pair's mentor, its status) is wrong. */
export interface UnusableRow {
  readonly rowNumber: number;
  readonly id: string;
}

/**
 * A sheet read as entities. Every row with an ID whose key cells read is an entity, whatever else is wrong in it:
 * a wrong or missing cell is left out of the entity and reported in `problems`, so a person or a pair never
 * vanishes over one cell and stays reachable to be fixed. The entity schema says what is key (the ID, a pair's
 * people and status); the spec's `required` says what the curator must fill in, which is only reported here.
 */
export interface ReadTable<T> {
  readonly entities: Located<T>[];
  /** Rows with an ID whose key cells do not read: listed with their problems, left out of every rule. */
  readonly unusable: UnusableRow[];
  /** Every problem, each at its row and column (for an entity's row: `problemsAt`). */
  readonly problems: Problem[];
  /** Rows typed by hand without an ID: not entities yet; «Проверить данные» gives them IDs first. */
  readonly rowsWithoutId: number[];
}

/**
 * Parses a sheet and validates each row with an ID against its entity schema, leaving wrong cells out. Never
 * throws.
 */
export function readTable<T>(
  spec: TableSpec,
  schema: ZodType<T>,
  rows: readonly SheetRow[],
  options: ParseOptions,
): ReadTable<T> {
  const parsed = parseTable(spec, rows, options);
  const problems = [...parsed.problems];
  const entities: Located<T>[] = [];
  const unusable: UnusableRow[] = [];
  for (const record of parsed.records) {
    // A row without an ID cannot be found again; a wrong or repeated ID is reported already.
    if (spec.idPrefix && record.id === undefined) continue;
    const { rowNumber, ...values } = record;
    const result = schema.safeParse(values);
    if (result.success) {
      entities.push({ ...(result.data as T & object), rowNumber } as Located<T>);
      continue;
    }
    unusable.push({ rowNumber, id: String(record.id) });
    // A key cell that is empty or wrong is reported once, by the cell's own message.
    const reported = new Set(problems.filter((p) => p.row === rowNumber).map((p) => p.column));
    for (const issue of result.error.issues) {
      const column = spec.columns.find((c) => c.key === issue.path[0]);
      const header = options.headers?.[column?.key ?? ''] ?? column?.header ?? String(issue.path[0] ?? '');
      if (reported.has(header)) continue;
      reported.add(header);
      // The schemas' own messages are Russian; zod's built-in ones (a key cell missing) are not.
      const what = /[а-яё]/i.test(issue.message) ? issue.message : 'не заполнено или заполнено неверно';
      problems.push(problemAt(spec.sheetName, rowNumber, header, what));
    }
  }
  return { entities, unusable, problems, rowsWithoutId: parsed.rowsWithoutId };
}

/** The problems of one row, in the order found. */
export function problemsAt(read: Pick<ReadTable<unknown>, 'problems'>, rowNumber: number): Problem[] {
  return read.problems.filter((p) => p.row === rowNumber);
}
