/** Server functions of «План мероприятий»: the events of a programme, listed and saved in one batch. */
import { idOf } from '../../domain/registry/entities/common';
import { PlanEventSchema, ProgrammeSchema, type PlanEvent } from '../../domain/registry/entities/programme';
import * as z from '../../domain/registry/entities/zod';
import { PLAN_EVENTS_TABLE, PROGRAMMES_TABLE } from '../../domain/registry/tables';
import { UserError } from '../../domain/user-error';
import type { RowUpdate } from '../../ports/table-store';
import { cellsOf, changedKeys, loadEntities, requireEntity, withoutRow } from '../registry/entity-table';
import { issueIds } from '../registry/ids';
import { parseInput, requireFilled } from '../registry/input';
import type { ListResult } from '../banks/mentors';
import type { Services } from '../services';

const SaveInput = z.object({
  programmeId: idOf('ПР'),
  /** Events with an ID are changed, events without one are added; events not sent are left as they are. */
  events: z.array(
    PlanEventSchema.omit({ programmeId: true }).extend({
      id: idOf('МП').optional(),
      done: z.boolean().default(false),
    }),
  ),
});

/** The events of one programme (or of all), in plan order. */
export function listPlanEvents(registry: Services, programmeId?: unknown): ListResult<PlanEvent> {
  const only =
    programmeId === undefined || programmeId === null ? undefined : parseInput(idOf('ПР'), programmeId);
  const table = loadEntities(registry, PLAN_EVENTS_TABLE, PlanEventSchema);
  const items = table.entities
    .filter((e) => !only || e.programmeId === only)
    .map(withoutRow)
    .sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity));
  return { items, skipped: table.problems.map((p) => p.message) };
}

/** Saves a programme's events in one go: one write for the changed rows, one for the new ones. */
export function savePlanEvents(registry: Services, input: unknown): PlanEvent[] {
  const { programmeId, events } = parseInput(SaveInput, input, PLAN_EVENTS_TABLE);
  return registry.lock.run(() => {
    requireEntity(loadEntities(registry, PROGRAMMES_TABLE, ProgrammeSchema), programmeId, 'Программа');
    const table = loadEntities(registry, PLAN_EVENTS_TABLE, PlanEventSchema);
    const fresh = events.filter((e) => !e.id);
    const ids = issueIds(
      registry.properties,
      PLAN_EVENTS_TABLE.idPrefix as string,
      table.data.rows.map((r) => String(r.cells.id ?? '')),
      fresh.length,
    );
    const updates: RowUpdate[] = [];
    const added: PlanEvent[] = [];
    const saved: PlanEvent[] = [];
    const changed: string[] = [];
    for (const event of events) {
      const id = event.id ?? ids[added.length];
      const current = event.id ? requireEntity(table, event.id, 'Мероприятие') : undefined;
      if (current && current.programmeId !== programmeId) {
        throw new UserError(
          `Мероприятие ${id} относится к программе ${current.programmeId}, а не ${programmeId}.`,
        );
      }
      const entity = parseInput(
        PlanEventSchema,
        { ...(current ? withoutRow(current) : {}), ...event, id, programmeId },
        PLAN_EVENTS_TABLE,
      );
      requireFilled(PLAN_EVENTS_TABLE, entity);
      saved.push(entity);
      if (!current) {
        added.push(entity);
        continue;
      }
      const keys = changedKeys(PLAN_EVENTS_TABLE, withoutRow(current), entity);
      if (keys.length === 0) continue;
      updates.push({
        rowNumber: current.rowNumber,
        cells: cellsOf(registry, PLAN_EVENTS_TABLE, entity, keys),
      });
      changed.push(id);
    }
    registry.tables.update(table.data, updates);
    registry.tables.append(
      table.data,
      added.map((e) => cellsOf(registry, PLAN_EVENTS_TABLE, e)),
    );
    const entries = [];
    if (added.length > 0)
      entries.push({
        action: 'План мероприятий: добавлены мероприятия',
        ids: [programmeId, ...added.map((e) => e.id)],
      });
    if (changed.length > 0)
      entries.push({ action: 'План мероприятий: изменены мероприятия', ids: [programmeId, ...changed] });
    registry.journal.record(entries);
    return saved;
  });
}
