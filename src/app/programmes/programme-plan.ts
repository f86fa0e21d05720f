/**
 * Saving a pair's programme and its whole plan from the «Пара / группа» sidebar in one call: one lock, one batch,
 * all or nothing, like createMentorships. Under one document lock it reads «Пары и группы», «Программы» and
 * «План мероприятий» once each, finds the pair's programme there, checks the programme, the pair's link to it and
 * every event, and only then issues the IDs, writes the programme's row, the pair's «Программа (ID)», the changed
 * events and the new ones (one append) and records one journal block. A refusal writes nothing and burns no ID.
 */
import { isoDateInZone } from '../../domain/registry/dates';
import { idOf } from '../../domain/registry/entities/common';
import { MentorshipSchema } from '../../domain/registry/entities/mentorship';
import {
  PlanEventSchema,
  ProgrammeSchema,
  type PlanEvent,
  type Programme,
} from '../../domain/registry/entities/programme';
import { eventAfterProgramme } from '../../domain/registry/rules/programme-term';
import { UserError } from '../../domain/user-error';
import * as z from '../../domain/registry/entities/zod';
import { MENTORSHIPS_TABLE, PLAN_EVENTS_TABLE, PROGRAMMES_TABLE } from '../../domain/registry/tables';
import { cellsOf, loadEntities, requireEntity, withoutRow } from '../registry/entity-table';
import { parseInput } from '../registry/input';
import { withParticipants } from '../registry/participant-names';
import {
  loadProgrammeSidebar,
  programmeSidebarData,
  type ProgrammeSidebarData,
} from '../mentorships/mentorship-sidebar';
import { runOperation, type Replay } from '../operations/run-operation';
import { mentorshipChange } from '../mentorships/mentorships';
import { planOf, programmeOfPair } from './pair-programme';
import { parsePlan, planChange } from './plan-change';
import { programmeChange } from './programme-change';
import type { Services } from '../services';

const SaveInput = z.object({
  mentorshipId: idOf('ПГ'),
  /** The programme's fields (no `id`, no `mentorshipId`: the pair decides); null clears a field. */
  programme: z.record(z.string(), z.unknown()),
  /** The whole plan in the order the curator wants it; positions are numbered 1, 2, 3… from it. */
  events: z.array(z.record(z.string(), z.unknown())),
});

/**
 * Saves a pair's programme (creating it the first time and linking it to the pair) and its plan: positions
 * follow the order sent, an event marked done gets today's date if it has none. Answers the programme as the
 * sidebar shows it, as a reload would give it.
 */
export function saveProgrammePlan(
  registry: Services,
  input: unknown,
  operationId?: string,
): ProgrammeSidebarData {
  const { mentorshipId, programme: sent, events } = parseInput(SaveInput, input, { whole: 'Программа' });
  const today = isoDateInZone(registry.clock.now(), registry.tables.timeZone());
  const plan = parsePlan(events, today);
  const replay: Replay<ProgrammeSidebarData> = {
    keep: () => null,
    answer: () => loadProgrammeSidebar(registry, mentorshipId),
  };
  return runOperation(
    registry,
    { id: operationId, action: 'Программа: сохранить' },
    (registry) => {
      const pairs = loadEntities(registry, MENTORSHIPS_TABLE, MentorshipSchema);
      const programmes = loadEntities(registry, PROGRAMMES_TABLE, ProgrammeSchema);
      const planEvents = loadEntities(registry, PLAN_EVENTS_TABLE, PlanEventSchema);
      const pair = withoutRow(requireEntity(pairs, mentorshipId, 'Пара/группа'));
      // Found under the lock: a second sidebar saving the same pair changes this programme, never makes another.
      const current = programmeOfPair(programmes, pair);
      const programme = programmeChange(registry, programmes, current, mentorshipId, sent);
      const { id } = programme.programme;
      const link =
        pair.programmeId === id
          ? undefined
          : mentorshipChange(registry, pairs, { id: mentorshipId, programmeId: id, cleared: [] }, []);
      const change = planChange(registry, planEvents, id, plan);
      const after = new Map(planEvents.entities.map((e) => [e.id, withoutRow(e)]));
      for (const event of change.saved) after.set(event.id, event);
      const events = planOf([...after.values()], id);
      requireWithinProgramme(programme.programme, events, change.saved);

      // Every check has passed: issue the IDs, then write.
      programme.ids.issue();
      change.ids.issue();
      // The programme and the events it writes carry the pair's names beside their IDs.
      const named = withParticipants(registry.tables, pairs.data, pair);
      const [programmeRows, eventRows] = [programmes.data, planEvents.data];
      if (programme.append) registry.tables.append(programmeRows, [named(programmeRows, programme.append)]);
      if (programme.update) {
        const { rowNumber, cells } = programme.update;
        registry.tables.update(programmeRows, [{ rowNumber, cells: named(programmeRows, cells, rowNumber) }]);
      }
      if (link) registry.tables.update(pairs.data, link.updates);
      registry.tables.update(
        eventRows,
        change.updates.map((u) => ({
          rowNumber: u.rowNumber,
          cells: named(eventRows, u.cells, u.rowNumber),
        })),
      );
      registry.tables.append(
        eventRows,
        change.added.map((e) => named(eventRows, cellsOf(registry, PLAN_EVENTS_TABLE, e))),
      );
      registry.journal.record([...programme.entries, ...(link?.entries ?? []), ...change.entries]);
      return programmeSidebarData(registry, link?.next ?? pair, programme.saved, events);
    },
    replay,
  );
}

/**
 * Throws a UserError when an event of the plan, as it will be, is due after the programme ends: an event sent is
 * named by its number in the plan sent, one already in the sheet by its ID (the programme's end moved before it).
 */
function requireWithinProgramme(
  programme: Programme,
  events: readonly PlanEvent[],
  sent: readonly PlanEvent[],
): void {
  const problems = events.flatMap((event) => {
    const late = eventAfterProgramme(event, programme);
    if (!late) return [];
    const index = sent.findIndex((e) => e.id === event.id);
    return [index >= 0 ? `Мероприятие № ${index + 1} плана. ${late}` : `Мероприятие ${event.id}. ${late}`];
  });
  if (problems.length > 0) throw new UserError(problems.join(' '));
}
