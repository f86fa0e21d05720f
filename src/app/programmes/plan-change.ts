/**
 * A programme's plan as the sidebar saves it, worked out and checked against «План мероприятий» before anything
 * is written: events with an ID are changed in place, events without one are added, events not sent stay as
 * they are (a curator removes one by deleting its row).
 */
import { idOf } from '../../domain/registry/entities/common';
import { PlanEventSchema, type PlanEvent } from '../../domain/registry/entities/programme';
import * as z from '../../domain/registry/entities/zod';
import { PLAN_EVENTS_TABLE } from '../../domain/registry/tables';
import { isUserError, UserError } from '../../domain/user-error';
import type { JournalEntry } from '../../ports/journal';
import type { RowUpdate } from '../../ports/table-store';
import { cellsOf, changedKeys, requireEntity, withoutRow, type EntityTable } from '../registry/entity-table';
import { planIds, type PlannedIds } from '../registry/ids';
import { parseInput, requireFilled } from '../registry/input';
import { present } from './programme-change';
import { asSaved } from './saved-row';
import type { Services } from '../services';

/** One event as the sidebar sends it: with the ID of a saved event, without one for a new event. */
const EventInput = PlanEventSchema.omit({ programmeId: true }).extend({
  id: idOf('МП').optional(),
  done: z.boolean().default(false),
});
/** One event of the plan, parsed. */
export type EventInput = z.output<typeof EventInput>;

/** The events to write and their journal entries. */
export interface PlanChange {
  /** Every event sent, as the sheet will give it back, in the order sent. */
  readonly saved: PlanEvent[];
  /** The IDs of the new events, to issue once every check has passed. */
  readonly ids: PlannedIds;
  /** Changed cells of saved events (unchanged events are not rewritten). */
  readonly updates: RowUpdate[];
  /** New events, in the order sent: one append. */
  readonly added: PlanEvent[];
  readonly entries: JournalEntry[];
}

/**
 * The plan as the sidebar sends it, each event parsed (nothing read, so a mistake costs no lock): positions 1, 2,
 * 3… follow the order sent, an event marked done gets `today` when it has no date; empty text clears a cell of a
 * saved event (only absent values are left out).
 */
export function parsePlan(events: readonly Readonly<Record<string, unknown>>[], today: string): EventInput[] {
  return events.map((event, index) => {
    const { programmeId: _p, position: _n, ...own } = event;
    const done = own.done === true;
    const doneDate = done ? (typeof own.doneDate === 'string' ? own.doneDate : today) : undefined;
    const fields = present({ ...own, position: index + 1, done, doneDate }, false);
    return aboutEvent(index, () => parseInput(EventInput, fields, PLAN_EVENTS_TABLE));
  });
}

/** Works the plan out against the events as read under the lock: every event checked, the new IDs planned. */
export function planChange(
  registry: Services,
  table: EntityTable<PlanEvent>,
  programmeId: string,
  plan: readonly EventInput[],
): PlanChange {
  const existing = table.data.rows.map((r) => String(r.cells.id ?? ''));
  const fresh = plan.filter((e) => !e.id).length;
  const ids = planIds(registry.properties, PLAN_EVENTS_TABLE.idPrefix as string, existing, fresh);
  const saved: PlanEvent[] = [];
  const updates: RowUpdate[] = [];
  const added: PlanEvent[] = [];
  const changed: string[] = [];
  const sent = new Set<string>();
  plan.forEach((event, index) => {
    const current = event.id ? requireEntity(table, event.id, 'Мероприятие') : undefined;
    const id = event.id ?? ids.ids[added.length];
    if (current && current.programmeId !== programmeId) {
      throw new UserError(
        `Мероприятие ${id} относится к программе ${current.programmeId}, а не ${programmeId}.`,
      );
    }
    if (sent.has(id)) throw new UserError(`Мероприятие ${id} указано в плане дважды.`);
    sent.add(id);
    const entity = aboutEvent(index, () => {
      const before = current ? withoutRow(current) : {};
      const parsed = parseInput(PlanEventSchema, { ...before, ...event, id, programmeId }, PLAN_EVENTS_TABLE);
      requireFilled(PLAN_EVENTS_TABLE, parsed);
      return parsed;
    });
    saved.push(asSaved(registry, table, PlanEventSchema, entity));
    if (!current) {
      added.push(entity);
      return;
    }
    const keys = changedKeys(PLAN_EVENTS_TABLE, withoutRow(current), entity);
    if (keys.length === 0) return;
    updates.push({ rowNumber: current.rowNumber, cells: cellsOf(registry, PLAN_EVENTS_TABLE, entity, keys) });
    changed.push(id);
  });
  const entries: JournalEntry[] = [];
  if (added.length > 0) {
    const ids = [programmeId, ...added.map((e) => e.id)];
    entries.push({ action: 'План мероприятий: добавлены мероприятия', ids });
  }
  if (changed.length > 0) {
    entries.push({ action: 'План мероприятий: изменены мероприятия', ids: [programmeId, ...changed] });
  }
  return { saved, ids, updates, added, entries };
}

/** Runs a check of one event, its refusal saying which event of the plan it is about. */
function aboutEvent<T>(index: number, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (isUserError(error)) throw new UserError(`Мероприятие № ${index + 1} плана. ${error.message}`);
    throw error;
  }
}
