/**
 * Where a line of «Что требует внимания» points: the row of its ID on its sheet, found now (rows may have moved or
 * been deleted since the list was made), so the click lands on the right row or says it is gone.
 */
import * as z from '../../domain/registry/entities/zod';
import { tableByKey } from '../../domain/registry/tables';
import type { TableSpec } from '../../domain/registry/table-spec';
import { UserError } from '../../domain/user-error';
import type { Services } from '../services';
import { parseInput } from '../registry/input';

/** The tables a line of the list may name. */
const TABLES = [
  'mentors',
  'mentees',
  'mentorships',
  'programmes',
  'plan-events',
  'roadmap',
  'questionnaire-tokens',
] as const;

const RowInput = z.object({ table: z.enum(TABLES), id: z.string().regex(/^[А-ЯЁ]{2}-\d{4,}$/) });

/** A row to select: its table and sheet row number. */
export interface RowPlace {
  readonly spec: TableSpec;
  readonly rowNumber: number;
}

/** The row of `{ table, id }` now: one read of that sheet. */
export function attentionRow(s: Services, input: unknown): RowPlace {
  const { table, id } = parseInput(RowInput, input, { whole: 'Строка' });
  const spec = tableByKey(table) as TableSpec;
  if (!id.startsWith(`${spec.idPrefix ?? ''}-`)) {
    throw new UserError(`Строка: ${id} — не ID листа «${spec.sheetName}». Обновите список.`);
  }
  const data = s.tables.read(spec);
  const row = data.rows.find((r) => String(r.cells.id ?? '').trim() === id);
  if (!row) {
    throw new UserError(
      `Строки ${id} больше нет на листе «${data.sheetName}». Обновите список: он мог устареть.`,
    );
  }
  return { spec, rowNumber: row.rowNumber };
}
