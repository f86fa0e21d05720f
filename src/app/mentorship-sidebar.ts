/**
 * What the «Пара / группа» sidebar needs in one call each: the pairs and groups with the statuses they may move
 * to and the people to form new ones; one pair's programme with its plan and event suggestions; and saving the
 * programme with its plan together. Built on the registry's use cases, so their checks and journal apply.
 */
import { idOf } from '../domain/registry/entities/common';
import { MentorshipSchema } from '../domain/registry/entities/mentorship';
import { MenteeSchema } from '../domain/registry/entities/people';
import type { PlanEvent, Programme } from '../domain/registry/entities/programme';
import { isoDateInZone } from '../domain/registry/dates';
import { TRANSITIONS } from '../domain/registry/rules/transition';
import { z } from '../domain/registry/entities/zod';
import { MENTEES_TABLE, MENTORSHIPS_TABLE } from '../domain/registry/tables';
import { suggestionsFor, type DirectionSuggestions } from '../domain/programme/event-suggestions';
import type { MentorshipStatus } from '../domain/vocabulary';
import { loadEntities, requireEntity } from './entity-table';
import { parseInput } from './input';
import { listMentees } from './mentees';
import { listMentors } from './mentors';
import { listMentorships, updateMentorship, type MentorshipItem } from './mentorships';
import { listPlanEvents, savePlanEvents } from './plan-events';
import { listProgrammes, saveProgramme } from './programmes';
import type { Registry } from './registry-context';

/** A person to choose in the sidebar: enough to show and to warn (no consent, inactive). */
export interface PersonOption {
  readonly id: string;
  readonly name: string;
  readonly position: string;
  readonly active: boolean;
  readonly consent: boolean;
}

/** A pair or group with the statuses its lifecycle allows next. */
export type MentorshipEntry = MentorshipItem & { readonly nextStatuses: MentorshipStatus[] };

/** The first answer of the «Пара / группа» sidebar. */
export interface MentorshipSidebarData {
  readonly mentorships: MentorshipEntry[];
  readonly mentors: (PersonOption & { readonly capacityLeft: number })[];
  /** Mentees with their requests and the pairs or groups they are in now. */
  readonly mentees: (PersonOption & { readonly requests: string[]; readonly mentorshipIds: string[] })[];
  /** Rows left out of the lists, as «Проверить данные» would explain them. */
  readonly skipped: string[];
}

/** One pair's programme (null before it is written), its plan in order, and suggestions by direction. */
export interface ProgrammeSidebarData {
  readonly mentorshipId: string;
  readonly programme: Programme | null;
  readonly events: PlanEvent[];
  /** The directions the pair's mentees asked for. */
  readonly requests: string[];
  readonly suggestions: DirectionSuggestions[];
  /** Dates to start a new programme from: the pair's own. */
  readonly defaultStart?: string;
  readonly defaultEnd?: string;
}

/** Pairs and groups, mentors and mentees for the sidebar. */
export function loadMentorshipSidebar(registry: Registry): MentorshipSidebarData {
  const mentorships = listMentorships(registry);
  const mentors = listMentors(registry);
  const mentees = listMentees(registry);
  const person = (p: (typeof mentors.items)[number] | (typeof mentees.items)[number]): PersonOption => ({
    id: p.id,
    name: p.fullName,
    position: p.position,
    active: p.active,
    consent: p.consent,
  });
  return {
    mentorships: mentorships.items.map((m) => ({ ...m, nextStatuses: [...TRANSITIONS[m.status]] })),
    mentors: mentors.items.map((m) => ({ ...person(m), capacityLeft: m.capacityLeft })),
    mentees: mentees.items.map((m) => ({
      ...person(m),
      requests: [...m.requests],
      mentorshipIds: [...m.mentorshipIds],
    })),
    skipped: [...mentorships.skipped, ...mentors.skipped, ...mentees.skipped],
  };
}

/** The programme of a pair or group with its plan of events. */
export function loadProgrammeSidebar(registry: Registry, mentorshipId: unknown): ProgrammeSidebarData {
  const id = parseInput(idOf('ПГ'), mentorshipId);
  const mentorship = requireEntity(
    loadEntities(registry, MENTORSHIPS_TABLE, MentorshipSchema),
    id,
    'Пара/группа',
  );
  const programmes = listProgrammes(registry, id).items;
  const programme = programmes.find((p) => p.id === mentorship.programmeId) ?? programmes[0] ?? null;
  const mentees = loadEntities(registry, MENTEES_TABLE, MenteeSchema).entities;
  const requests = [
    ...new Set(mentees.filter((m) => mentorship.menteeIds.includes(m.id)).flatMap((m) => m.requests)),
  ];
  return {
    mentorshipId: id,
    programme,
    events: programme ? listPlanEvents(registry, programme.id).items : [],
    requests,
    suggestions: suggestionsFor(requests),
    defaultStart: mentorship.startDate,
    defaultEnd: mentorship.endDate,
  };
}

const EventInput = z.record(z.string(), z.unknown());

const SaveInput = z.object({
  mentorshipId: idOf('ПГ'),
  /** The programme's fields (no `id`, no `mentorshipId`: the pair decides); null clears a field. */
  programme: z.record(z.string(), z.unknown()),
  /** The whole plan in the order the curator wants it; positions are numbered 1, 2, 3… from it. */
  events: z.array(EventInput),
});

/**
 * Saves a pair's programme (creating it the first time and linking it to the pair) and its plan: positions
 * follow the order sent, an event marked done gets today's date if it has none.
 */
export function saveProgrammePlan(registry: Registry, input: unknown): ProgrammeSidebarData {
  const { mentorshipId, programme: fields, events } = parseInput(SaveInput, input);
  const current = loadProgrammeSidebar(registry, mentorshipId);
  const { id: _id, mentorshipId: _m, ...rest } = fields;
  const patch = current.programme ? { ...rest, id: current.programme.id } : stripNulls(rest);
  const programme = saveProgramme(registry, { ...patch, mentorshipId });
  const pair = loadEntities(registry, MENTORSHIPS_TABLE, MentorshipSchema).entities.find(
    (m) => m.id === mentorshipId,
  );
  if (pair && pair.programmeId !== programme.id) {
    updateMentorship(registry, { id: mentorshipId, programmeId: programme.id });
  }
  const today = isoDateInZone(registry.clock.now(), registry.tables.timeZone());
  const plan = events.map((event, index) => {
    const { programmeId: _p, position: _n, ...own } = event;
    const done = own.done === true;
    const doneDate = done ? (typeof own.doneDate === 'string' ? own.doneDate : today) : undefined;
    // Empty text clears a cell of an existing event; only absent values are left out.
    return Object.fromEntries(
      Object.entries({ ...own, position: index + 1, done, doneDate }).filter(
        ([, v]) => v !== null && v !== undefined,
      ),
    );
  });
  if (plan.length > 0) savePlanEvents(registry, { programmeId: programme.id, events: plan });
  return loadProgrammeSidebar(registry, mentorshipId);
}

/** A new record has nothing to clear: null and empty fields are simply left out. */
function stripNulls(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== null && v !== undefined && v !== ''),
  );
}
