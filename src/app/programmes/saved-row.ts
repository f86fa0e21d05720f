/** What a row holds once written: the entity as the next read of the sheet will give it back. */
import type { ZodType } from 'zod';
import { readTable } from '../../domain/registry/read-table';
import { cellsOf, withoutRow, type EntityTable } from '../registry/entity-table';
import type { Services } from '../services';

/**
 * The entity as a fresh read of its row would give it (empty text left out, dates and numbers as the sheet keeps
 * them), so a save can answer what a reload would show without reading the sheet again.
 */
export function asSaved<T>(registry: Services, table: EntityTable<T>, schema: ZodType<T>, entity: T): T {
  const { spec, headers } = table.data;
  const cells = cellsOf(registry, spec, entity as Readonly<Record<string, unknown>>);
  const read = readTable(spec, schema, [{ rowNumber: 0, cells }], {
    timeZone: registry.tables.timeZone(),
    headers,
  });
  const [saved] = read.entities;
  // The entity passed the same checks as a cell typed by hand: a row that does not read back clean is a bug.
  if (!saved || read.problems.length > 0) {
    throw new Error(`A «${spec.sheetName}» row would not read back: ${read.problems[0]?.message}`);
  }
  return withoutRow(saved);
}
