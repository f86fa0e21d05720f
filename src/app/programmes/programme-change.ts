/** A pair's programme as the sidebar saves it, worked out and checked against «Программы» before anything is written. */
import { ProgrammeSchema, type Programme } from '../../domain/registry/entities/programme';
import { requireProgrammeTerm } from '../../domain/registry/rules/programme-term';
import type { Located } from '../../domain/registry/read-table';
import { PROGRAMMES_TABLE } from '../../domain/registry/tables';
import type { JournalEntry } from '../../ports/journal';
import type { Cells, RowUpdate } from '../../ports/table-store';
import { fieldList, mergePatch, splitCleared } from '../banks/bank';
import { cellsOf, changedKeys, withoutRow, type EntityTable } from '../registry/entity-table';
import { planIds, type PlannedIds } from '../registry/ids';
import { parseInput, requireFilled } from '../registry/input';
import { asSaved } from './saved-row';
import type { Services } from '../services';

/** The programme to write: its row (new, or the changed cells), its new ID to issue, its journal entries. */
export interface ProgrammeChange {
  readonly programme: Programme;
  /** The programme as the sheet will give it back, for the answer. */
  readonly saved: Programme;
  /** The ID of a new programme, to issue once every check has passed (none for an existing one). */
  readonly ids: PlannedIds;
  /** The row of a new programme. */
  readonly append?: Cells;
  /** The changed cells of an existing programme; absent when nothing changed. */
  readonly update?: RowUpdate;
  readonly entries: JournalEntry[];
}

/**
 * The pair's programme with the sidebar's fields applied (a new one takes the filled-in fields; a change also
 * clears those sent as null): required fields filled, the term 3 months to a year. The ID and the pair are the
 * server's: `current` is the pair's programme found under the lock, `mentorshipId` the pair.
 */
export function programmeChange(
  registry: Services,
  programmes: EntityTable<Programme>,
  current: Located<Programme> | undefined,
  mentorshipId: string,
  sent: Readonly<Record<string, unknown>>,
): ProgrammeChange {
  const { id: _id, mentorshipId: _m, ...rest } = sent;
  const { patch, cleared } = splitCleared(current ? rest : present(rest, true));
  const fields = parseInput(
    ProgrammeSchema.partial(),
    { ...(patch as object), mentorshipId },
    PROGRAMMES_TABLE,
  );
  const existing = programmes.data.rows.map((r) => String(r.cells.id ?? ''));
  const ids = planIds(registry.properties, PROGRAMMES_TABLE.idPrefix as string, existing, current ? 0 : 1);
  const before = current ? withoutRow(current) : undefined;
  const merged = mergePatch(before, { ...fields, id: before?.id ?? ids.ids[0] }, cleared);
  const programme = parseInput(ProgrammeSchema, merged, PROGRAMMES_TABLE);
  requireFilled(PROGRAMMES_TABLE, programme);
  requireProgrammeTerm(programme);
  const saved = asSaved(registry, programmes, ProgrammeSchema, programme);
  if (!current) {
    const created = { action: 'Программа: создана', ids: [programme.id, mentorshipId] };
    const append = cellsOf(registry, PROGRAMMES_TABLE, programme);
    return { programme, saved, ids, append, entries: [created] };
  }
  const keys = changedKeys(PROGRAMMES_TABLE, withoutRow(current), programme);
  if (keys.length === 0) return { programme, saved, ids, entries: [] };
  return {
    programme,
    saved,
    ids,
    update: { rowNumber: current.rowNumber, cells: cellsOf(registry, PROGRAMMES_TABLE, programme, keys) },
    entries: [
      { action: 'Программа: изменена', ids: [programme.id], details: fieldList(PROGRAMMES_TABLE, keys) },
    ],
  };
}

/** The fields that have a value (null and undefined left out; empty text too when `dropEmpty`). */
export function present(
  record: Readonly<Record<string, unknown>>,
  dropEmpty: boolean,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== null && v !== undefined && !(dropEmpty && v === '')),
  );
}
