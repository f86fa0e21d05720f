/** A registry table read as entities through the TableStore, and the helpers to write entities back by ID. */
import type { ZodType } from 'zod';
import type { Problem } from '../../domain/registry/problems';
import { readTable, type Located } from '../../domain/registry/read-table';
import type { TableSpec } from '../../domain/registry/table-spec';
import { toRow } from '../../domain/registry/to-row';
import { UserError } from '../../domain/user-error';
import type { Cells, TableData } from '../../ports/table-store';
import type { Services } from '../services';

/** Entities of one table, with the rows they came from. */
export interface EntityTable<T> {
  readonly data: TableData;
  readonly entities: Located<T>[];
  /** Rows left out because of problems: they stay in the sheet, «Проверить данные» explains them. */
  readonly problems: Problem[];
}

/** Reads a table and validates its rows against the entity schema. */
export function loadEntities<T>(ctx: Services, spec: TableSpec, schema: ZodType<T>): EntityTable<T> {
  const data = ctx.tables.read(spec);
  const read = readTable(spec, schema, data.rows, { timeZone: ctx.tables.timeZone(), headers: data.headers });
  return { data, entities: read.entities, problems: read.problems };
}

/** The entity with this ID, or a UserError saying the row is missing or has problems to fix first. */
export function requireEntity<T extends { id: string }>(
  table: EntityTable<T>,
  id: string,
  what: string,
): Located<T> {
  const found = table.entities.find((e) => e.id === id);
  if (found) return found;
  const inSheet = table.data.rows.some((r) => String(r.cells.id ?? '').trim() === id);
  throw new UserError(
    inSheet
      ? `${what} ${id}: в строке листа «${table.data.sheetName}» есть ошибки. Выполните «Проверить данные» и исправьте их.`
      : `${what} ${id}: строки с таким ID нет на листе «${table.data.sheetName}».`,
  );
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
