/**
 * Setup's steps run once on held-back services to learn, before anything is written, what they will change: the
 * lines setup journals and records with its plan. Reads see the workbook as it is now, a sheet the plan creates
 * as empty, and the steps' own writes (settings appended before the roadmap reads them); nothing is written.
 */
import type { TableSpec } from '../../domain/registry/table-spec';
import type { Properties } from '../../ports/properties';
import type { Cells, TableData, TableStore } from '../../ports/table-store';
import type { Services } from '../services';

/** The held-back services, and whether the steps wanted to write anything. */
export interface DryRun {
  readonly services: Services;
  wrote(): boolean;
}

/** Wraps `real`; `created`: keys of the tables whose sheets the plan creates (not there to read yet). */
export function dryRun(real: Services, created: ReadonlySet<string>): DryRun {
  const read = new Map<string, TableData>();
  const appended = new Map<string, Cells[]>();
  const held: Record<string, string> = {};
  let wrote = false;

  /** Each table is read once: the steps read «Настройки» and «Дорожная карта» twice. */
  const base = (spec: TableSpec): TableData => {
    let table = read.get(spec.key);
    if (!table) {
      table = created.has(spec.key) ? emptyTable(spec) : real.tables.read(spec);
      read.set(spec.key, table);
    }
    return table;
  };
  const hold = (spec: TableSpec, rows: readonly Cells[]): void => {
    if (rows.length === 0) return;
    wrote = true;
    appended.set(spec.key, [...(appended.get(spec.key) ?? []), ...rows]);
  };
  const tables: TableStore = {
    timeZone: () => real.tables.timeZone(),
    read(spec) {
      const table = base(spec);
      const extra = appended.get(spec.key) ?? [];
      if (extra.length === 0) return table;
      const last = Math.max(1, ...table.rows.map((r) => r.rowNumber));
      const rows = extra.map((cells, i) => ({ rowNumber: last + 1 + i, cells }));
      return { ...table, rows: [...table.rows, ...rows] };
    },
    // Only the names beside the IDs are ever updated: derived cells, so nothing to hold but the fact.
    update(_table, updates) {
      if (updates.length > 0) wrote = true;
    },
    append: (table, rows) => hold(table.spec, rows),
    appendTo: (spec, rows) => hold(spec, rows),
  };
  const properties: Properties = {
    get: (key) => (key in held ? held[key] : real.properties.get(key)),
    setAll(values) {
      if (Object.keys(values).length === 0) return;
      wrote = true;
      Object.assign(held, values);
    },
  };
  // The other services are the real ones, each taken when first used (the composition root makes them lazily).
  const services: Services = {
    tables,
    properties,
    get lock() {
      return real.lock;
    },
    get clock() {
      return real.clock;
    },
    get user() {
      return real.user;
    },
    journal: {
      record(): void {
        throw new Error('setup journals through its operation, not in its steps');
      },
    },
    get layout() {
      return real.layout;
    },
    get report() {
      return real.report;
    },
    get scan() {
      return real.scan;
    },
    get ui() {
      return real.ui;
    },
    get operations() {
      return real.operations;
    },
  };
  return { services, wrote: () => wrote };
}

/** A table whose sheet is about to be created: its headers as the spec has them, no rows. */
function emptyTable(spec: TableSpec): TableData {
  const headers = Object.fromEntries(spec.columns.map((c) => [c.key, c.header]));
  return { spec, sheetName: spec.sheetName, rows: [], headers, missing: [] };
}
