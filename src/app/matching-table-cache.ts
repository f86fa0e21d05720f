/**
 * A TableStore that reads each table once while a batch of pairs is created under one lock: a table is read
 * again only after the batch wrote to it, so creating N pairs does not read the banks N times.
 */
import type { TableSpec } from '../domain/registry/table-spec';
import type { Cells, RowUpdate, TableData, TableStore } from '../ports/table-store';

/** Wraps a store with a read cache that forgets a table when it is written. */
export class CachedTableStore implements TableStore {
  private readonly cache = new Map<string, TableData>();

  constructor(private readonly store: TableStore) {}

  timeZone(): string {
    return this.store.timeZone();
  }

  read(spec: TableSpec): TableData {
    const cached = this.cache.get(spec.key);
    if (cached) return cached;
    const data = this.store.read(spec);
    this.cache.set(spec.key, data);
    return data;
  }

  update(table: TableData, updates: readonly RowUpdate[]): void {
    this.cache.delete(table.spec.key);
    this.store.update(table, updates);
  }

  append(table: TableData, rows: readonly Cells[]): number[] {
    this.cache.delete(table.spec.key);
    return this.store.append(table, rows);
  }

  appendTo(spec: TableSpec, rows: readonly Cells[]): number[] {
    this.cache.delete(spec.key);
    return this.store.appendTo(spec, rows);
  }
}
