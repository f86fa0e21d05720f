/**
 * Remembers where each table's sheet and columns were found, so a read costs no metadata calls while the header
 * row is exactly as it was. Any change to the header row (a column moved, renamed, added or removed) makes the
 * entry stale and the columns are found again by metadata. Kept in document properties, one value per table.
 */
import type { TableSpec } from '../../domain/registry/table-spec';
import type { Properties } from '../../ports/properties';
import type { ColumnMap } from './column-map';

/** Where a table was found last time. */
export interface CachedLayout {
  readonly sheetId: number;
  /** The header row as read, every column (the curator's own too). */
  readonly headers: readonly string[];
  /** 1-based sheet columns by key. */
  readonly columns: Readonly<Record<string, number>>;
}

/** The document property of a table's cached layout. */
export function layoutProperty(tableKey: string): string {
  return `nastavnik.layout.${tableKey}`;
}

/** Reads and writes cached layouts; a broken or foreign value reads as no entry. */
export class LayoutCache {
  constructor(private readonly properties: Properties) {}

  get(spec: TableSpec): CachedLayout | null {
    const raw = this.properties.get(layoutProperty(spec.key));
    if (!raw) return null;
    try {
      const parsed = JSON.parse(raw) as CachedLayout;
      return typeof parsed.sheetId === 'number' && Array.isArray(parsed.headers) && parsed.columns
        ? parsed
        : null;
    } catch {
      return null; // a value someone edited by hand: found again by metadata and rewritten
    }
  }

  set(spec: TableSpec, layout: CachedLayout): void {
    this.properties.setAll({ [layoutProperty(spec.key)]: JSON.stringify(layout) });
  }
}

/** The cached columns if the header row is exactly the cached one, else null. */
export function validColumns(
  cached: CachedLayout | null,
  spec: TableSpec,
  headers: readonly unknown[],
): ColumnMap | null {
  if (!cached || cached.headers.length !== headers.length) return null;
  if (cached.headers.some((h, i) => h !== String(headers[i]))) return null;
  const columns = new Map<string, number>();
  for (const col of spec.columns) {
    const column = cached.columns[col.key];
    if (typeof column === 'number') columns.set(col.key, column);
  }
  return { columns, missing: spec.columns.filter((c) => !columns.has(c.key)), byHeader: new Set() };
}
