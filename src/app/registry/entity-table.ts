/** A registry table read as entities through the TableStore, and the helpers to write entities back by ID. */
import type { ZodType } from 'zod';
import { fieldProblem, type Problem } from '../../domain/registry/problems';
import { problemsAt, readTable, type Located, type UnusableRow } from '../../domain/registry/read-table';
import { checkRefs } from '../../domain/registry/parse-table';
import type { TableSpec } from '../../domain/registry/table-spec';
import { tableByKey } from '../../domain/registry/tables';
import { toRow } from '../../domain/registry/to-row';
import { UserError } from '../../domain/user-error';
import type { Cells, TableData } from '../../ports/table-store';
import type { Services } from '../services';
import { idsIn } from './ids';

/**
 * Entities of one table, with the rows they came from: every row with an ID whose key cells read, each with its
 * problems, so a person or a pair with a wrong cell is still listed, used and fixed (src/domain/registry/read-table.ts).
 */
export interface EntityTable<T> {
  readonly data: TableData;
  readonly entities: Located<T>[];
  /** Rows with an ID whose key cells do not read: they stay in the sheet, «Проверить данные» explains them. */
  readonly unusable: UnusableRow[];
  /** Every problem of the table's rows, each at its row and column. */
  readonly problems: Problem[];
  /** Rows typed by hand without an ID: «Проверить данные» gives them one. */
  readonly rowsWithoutId: number[];
}

/** Reads a table and validates its rows against the entity schema. */
export function loadEntities<T>(ctx: Services, spec: TableSpec, schema: ZodType<T>): EntityTable<T> {
  const data = ctx.tables.read(spec);
  const read = readTable(spec, schema, data.rows, { timeZone: ctx.tables.timeZone(), headers: data.headers });
  return { data, ...read };
}

/**
 * A row's problems as a form shows them («Телефон»: ожидается номер…), or undefined when there are none (so a
 * clean row's item is the entity and nothing more).
 */
export function rowProblems(table: EntityTable<unknown>, rowNumber: number): { problems?: string[] } {
  const found = problemsAt(table, rowNumber).map(fieldProblem);
  return found.length > 0 ? { problems: found } : {};
}

/**
 * What a list cannot show, one line per row, for the line under it: a row typed by hand that waits for its ID, a
 * row whose ID is wrong or repeated, a row whose key cells do not read — each with what is wrong in it.
 */
export function notListed(table: EntityTable<unknown>): string[] {
  const listed = new Set(table.entities.map((e) => e.rowNumber));
  const waiting = new Set(table.rowsWithoutId);
  const rows = [...new Set(table.problems.map((p) => p.row))].filter((r) => r > 1 && !listed.has(r));
  const where = (row: number) => `Лист «${table.data.sheetName}», строка ${row}`;
  const lines = rows
    .filter((row) => !waiting.has(row))
    .map((row) => `${where(row)}: ${problemsAt(table, row).map(fieldProblem).join('; ')}`);
  for (const row of table.rowsWithoutId) {
    lines.push(`${where(row)}: нет ID. «Проверить данные» даст его, и строка появится в списке`);
  }
  return lines;
}

/** The entity with this ID, or a UserError saying the row is missing or which of its cells to fix first. */
export function requireEntity<T extends { id: string }>(
  table: EntityTable<T>,
  id: string,
  what: string,
): Located<T> {
  const found = table.entities.find((e) => e.id === id);
  if (found) return found;
  const unusable = table.unusable.find((r) => r.id === id);
  if (unusable) {
    const problems = problemsAt(table, unusable.rowNumber).map(fieldProblem).join('; ');
    throw new UserError(
      `${what} ${id}: строка ${unusable.rowNumber} листа «${table.data.sheetName}» не читается — ${problems}. ` +
        'Исправьте её в таблице.',
    );
  }
  throw new UserError(`${what} ${id}: строки с таким ID нет на листе «${table.data.sheetName}».`);
}

/**
 * Throws a UserError when a reference among `keys` that the change sets (an order, a linked mentee) names a row that
 * is not on its sheet: the rule «Проверить данные» reports a reference typed by hand by. Reads only the sheets of
 * the references that changed.
 */
export function requireKnownRefs(
  ctx: Services,
  spec: TableSpec,
  before: object | undefined,
  after: object,
  keys: readonly string[],
): void {
  const [was, now] = [before as Record<string, unknown> | undefined, after as Record<string, unknown>];
  for (const key of keys) {
    const column = spec.columns.find((c) => c.key === key);
    const refSpec = tableByKey(column?.refTable ?? '');
    if (!column || !refSpec || now[key] === undefined) continue;
    if (JSON.stringify(was?.[key] ?? null) === JSON.stringify(now[key])) continue;
    const known = { [refSpec.key]: idsIn(ctx.tables.read(refSpec)) };
    const why = checkRefs(column, now[key], refSpec, spec, known);
    if (why) throw new UserError(`Проверьте данные. «${column.header}»: ${why}.`);
  }
}

/** Cells of the given keys of an entity, ready for the store. */
export function cellsOf(
  ctx: Services,
  spec: TableSpec,
  entity: Readonly<Record<string, unknown>>,
  keys?: readonly string[],
): Cells {
  const record: Record<string, unknown> = {};
  for (const col of spec.columns) {
    if (keys && !keys.includes(col.key)) continue;
    record[col.key] = entity[col.key];
  }
  return toRow(spec, record, ctx.tables.timeZone());
}

/** The keys whose values differ between two versions of an entity (arrays compared by content). */
export function changedKeys(spec: TableSpec, before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return spec.columns
    .map((c) => c.key)
    .filter((key) => JSON.stringify(a[key] ?? null) !== JSON.stringify(b[key] ?? null));
}

/** An entity as it crosses google.script.run: without the sheet row it was read from. */
export function withoutRow<T>(entity: Located<T>): T {
  const { rowNumber: _row, ...rest } = entity as Located<T> & Record<string, unknown>;
  return rest as T;
}
