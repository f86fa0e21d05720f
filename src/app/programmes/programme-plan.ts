/** Saving a pair's programme and its whole plan of events from the «Пара / группа» sidebar in one call. */
import { idOf } from '../../domain/registry/entities/common';
import { isoDateInZone } from '../../domain/registry/dates';
import * as z from '../../domain/registry/entities/zod';
import { parseInput } from '../registry/input';
import {
  loadProgrammeSidebar,
  pairAndProgramme,
  type ProgrammeSidebarData,
} from '../mentorships/mentorship-sidebar';
import { updateMentorship } from '../mentorships/mentorships';
import { savePlanEvents } from './plan-events';
import { saveProgramme } from './programmes';
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
 * follow the order sent, an event marked done gets today's date if it has none. The registry's use cases check
 * and journal each part; answers the programme as the sidebar shows it.
 */
export function saveProgrammePlan(registry: Services, input: unknown): ProgrammeSidebarData {
  const { mentorshipId, programme: fields, events } = parseInput(SaveInput, input);
  const { pair, programme: current } = pairAndProgramme(registry, mentorshipId);
  const { id: _id, mentorshipId: _m, ...rest } = fields;
  const patch = current ? { ...rest, id: current.id } : present(rest, true);
  const programme = saveProgramme(registry, { ...patch, mentorshipId });
  if (pair.programmeId !== programme.id) {
    updateMentorship(registry, { id: mentorshipId, programmeId: programme.id });
  }
  const today = isoDateInZone(registry.clock.now(), registry.tables.timeZone());
  const plan = events.map((event, index) => {
    const { programmeId: _p, position: _n, ...own } = event;
    const done = own.done === true;
    const doneDate = done ? (typeof own.doneDate === 'string' ? own.doneDate : today) : undefined;
    // Empty text clears a cell of an existing event; only absent values are left out.
    return present({ ...own, position: index + 1, done, doneDate }, false);
  });
  if (plan.length > 0) savePlanEvents(registry, { programmeId: programme.id, events: plan });
  return loadProgrammeSidebar(registry, mentorshipId);
}

/** The fields that have a value (null and undefined left out; empty text too when `dropEmpty`). */
function present(record: Record<string, unknown>, dropEmpty: boolean): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== null && v !== undefined && !(dropEmpty && v === '')),
  );
}
