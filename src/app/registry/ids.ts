/** Issues row IDs that are never reused: the last number issued per prefix lives in document properties. */
import { nextIds, normaliseId, parseId } from '../../domain/registry/ids';
import type { Properties } from '../../ports/properties';
import type { TableData } from '../../ports/table-store';

/** The document property holding the last number issued for a prefix. */
export function lastIdProperty(prefix: string): string {
  return `nastavnik.lastId.${prefix}`;
}

/** The last number issued for a prefix, 0 when none was. */
export function lastIssued(properties: Properties, prefix: string): number {
  return Number(properties.get(lastIdProperty(prefix)) ?? 0) || 0;
}

/** IDs worked out but not issued yet: `issue()` persists the counter, so an attempt refused before it burns none. */
export interface PlannedIds {
  readonly ids: string[];
  /** Persists the new last number; call it under the same lock, once every check has passed. */
  issue(): void;
}

/** The `count` IDs `issueIds` would give now, without persisting anything until `issue()`. */
export function planIds(
  properties: Properties,
  prefix: string,
  existing: Iterable<string>,
  count: number,
): PlannedIds {
  if (count <= 0) return { ids: [], issue: () => undefined };
  const planned = nextIds(prefix, existing, lastIssued(properties, prefix), count);
  return {
    ids: planned.ids,
    issue: () => properties.setAll({ [lastIdProperty(prefix)]: String(planned.lastIssued) }),
  };
}

/** `count` new IDs after every ID in `existing` and every ID issued before; persists the new last number. */
export function issueIds(
  properties: Properties,
  prefix: string,
  existing: Iterable<string>,
  count: number,
): string[] {
  const planned = planIds(properties, prefix, existing, count);
  planned.issue();
  return planned.ids;
}

/** The highest number among IDs of a prefix (for catching the counter up with IDs typed or copied by hand). */
export function highestNumber(prefix: string, ids: Iterable<string>): number {
  let highest = 0;
  for (const id of ids) {
    const parsed = parseId(id);
    if (parsed?.prefix === prefix) highest = Math.max(highest, parsed.number);
  }
  return highest;
}

/**
 * Moves each table's counter up to the highest ID present (IDs typed, copied or migrated in by hand), so they are
 * never issued again. Answers the prefixes whose counter moved.
 */
export function catchUpCounters(properties: Properties, tables: readonly TableData[]): string[] {
  const moved: Record<string, string> = {};
  for (const table of tables) {
    const prefix = table.spec.idPrefix;
    if (!prefix) continue;
    const highest = highestNumber(
      prefix,
      table.rows.map((r) => String(r.cells.id ?? '')),
    );
    if (highest > lastIssued(properties, prefix)) moved[lastIdProperty(prefix)] = String(highest);
  }
  properties.setAll(moved);
  return Object.keys(moved);
}

/** The IDs present in a table's ID column, in canonical spelling. */
export function idsIn(table: TableData): Set<string> {
  const ids = new Set<string>();
  for (const row of table.rows) {
    const id = normaliseId(String(row.cells.id ?? ''));
    if (id) ids.add(id);
  }
  return ids;
}
