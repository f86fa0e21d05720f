/**
 * What the «Пара / группа» sidebar needs in one call each: the pairs and groups with the statuses they may move
 * to and the people to form new ones; one pair's programme with its plan and event suggestions (saving:
 * programme-plan.ts). Built on the registry's tables and use cases, so their checks apply.
 */
import { idOf } from '../../domain/registry/entities/common';
import { MentorshipSchema, type Mentorship } from '../../domain/registry/entities/mentorship';
import {
  fullName,
  MenteeSchema,
  MentorSchema,
  type Mentee,
  type Mentor,
} from '../../domain/registry/entities/people';
import { capacityLeft, isInWork } from '../../domain/registry/rules/capacity';
import {
  PlanEventSchema,
  ProgrammeSchema,
  type PlanEvent,
  type Programme,
} from '../../domain/registry/entities/programme';
import { TRANSITIONS } from '../../domain/registry/rules/transition';
import {
  MENTEES_TABLE,
  MENTORS_TABLE,
  MENTORSHIPS_TABLE,
  PLAN_EVENTS_TABLE,
  PROGRAMMES_TABLE,
} from '../../domain/registry/tables';
import { suggestionsFor, type DirectionSuggestions } from '../../domain/programmes/event-suggestions';
import {
  DIRECTIONS,
  EARLY_END_REASONS,
  GROUP_KIND,
  MENTORING_FORMS,
  MENTORING_KINDS,
  PROGRAMME_MODES,
  type MentorshipStatus,
} from '../../domain/vocabulary';
import type { Located } from '../../domain/registry/read-table';
import type { Flagged } from '../banks/mentors';
import {
  loadEntities,
  notListed,
  requireEntity,
  rowProblems,
  withoutRow,
  type EntityTable,
} from '../registry/entity-table';
import { parseInput } from '../registry/input';
import type { MentorshipItem } from './mentorships';
import { planOf, programmeOfPair } from '../programmes/pair-programme';
import type { Services } from '../services';

/** A person to choose in the sidebar: enough to show and to warn (no consent, inactive, a cell to fix). */
export interface PersonOption extends Flagged {
  readonly id: string;
  readonly name: string;
  readonly position: string;
  readonly active: boolean;
  readonly consent: boolean;
}

/** A pair or group with the statuses its lifecycle allows next. */
export type MentorshipEntry = MentorshipItem & { readonly nextStatuses: MentorshipStatus[] };

/**
 * The closed lists of the pair's forms, sent with the data so the sidebar never imports the domain: forms of
 * mentoring (suggestions: a free value is allowed), kinds, the kind that makes a group, reasons of an early end.
 */
export interface MentorshipChoices {
  readonly forms: readonly string[];
  readonly kinds: readonly string[];
  readonly groupKind: string;
  readonly earlyEndReasons: readonly string[];
}

/** The lists of the programme's form: its modes, and the directions in their canonical order (to sort the plan). */
export interface ProgrammeChoices {
  readonly modes: readonly string[];
  readonly directions: readonly string[];
}

/** The first answer of the «Пара / группа» sidebar. */
export interface MentorshipSidebarData {
  readonly mentorships: MentorshipEntry[];
  readonly mentors: (PersonOption & { readonly capacityLeft: number })[];
  /** Mentees with their requests and the pairs or groups they are in now. */
  readonly mentees: (PersonOption & { readonly requests: string[]; readonly mentorshipIds: string[] })[];
  /** Rows that could not be listed, as «Проверить данные» would explain them. */
  readonly skipped: string[];
  readonly choices: MentorshipChoices;
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
  readonly choices: ProgrammeChoices;
}

const MENTORSHIP_CHOICES: MentorshipChoices = {
  forms: MENTORING_FORMS,
  kinds: MENTORING_KINDS,
  groupKind: GROUP_KIND,
  earlyEndReasons: EARLY_END_REASONS,
};

const PROGRAMME_CHOICES: ProgrammeChoices = { modes: PROGRAMME_MODES, directions: DIRECTIONS };

/** Pairs and groups, mentors and mentees for the sidebar: each of the three sheets read once. */
export function loadMentorshipSidebar(registry: Services): MentorshipSidebarData {
  const pairs = loadEntities(registry, MENTORSHIPS_TABLE, MentorshipSchema);
  const mentors = loadEntities(registry, MENTORS_TABLE, MentorSchema);
  const mentees = loadEntities(registry, MENTEES_TABLE, MenteeSchema);
  const all = pairs.entities;
  const names = new Map<string, string>(
    [...mentors.entities, ...mentees.entities].map((p) => [p.id, fullName(p)]),
  );
  const person = (p: Located<Mentor | Mentee>, bank: EntityTable<unknown>): PersonOption => ({
    id: p.id,
    name: fullName(p),
    position: p.position ?? '',
    active: p.active,
    consent: p.consent,
    ...rowProblems(bank, p.rowNumber),
  });
  return {
    mentorships: all.map((row) => {
      const m = withoutRow(row);
      return {
        ...m,
        mentorName: names.get(m.mentorId) ?? m.mentorId,
        menteeNames: m.menteeIds.map((id) => names.get(id) ?? id),
        nextStatuses: [...TRANSITIONS[m.status]],
        ...rowProblems(pairs, row.rowNumber),
      };
    }),
    mentors: mentors.entities.map((m) => ({ ...person(m, mentors), capacityLeft: capacityLeft(m, all) })),
    mentees: mentees.entities.map((m) => ({
      ...person(m, mentees),
      requests: [...m.requests],
      mentorshipIds: all.filter((p) => isInWork(p) && p.menteeIds.includes(m.id)).map((p) => p.id),
    })),
    skipped: [pairs, mentors, mentees].flatMap(notListed),
    choices: MENTORSHIP_CHOICES,
  };
}

/** The programme of a pair or group with its plan of events. */
export function loadProgrammeSidebar(registry: Services, mentorshipId: unknown): ProgrammeSidebarData {
  const id = parseInput(idOf('ПГ'), mentorshipId, { whole: 'Пара/группа' });
  const pairs = loadEntities(registry, MENTORSHIPS_TABLE, MentorshipSchema);
  const pair = withoutRow(requireEntity(pairs, id, 'Пара/группа'));
  const programme = programmeOfPair(loadEntities(registry, PROGRAMMES_TABLE, ProgrammeSchema), pair);
  const events = programme
    ? planOf(
        loadEntities(registry, PLAN_EVENTS_TABLE, PlanEventSchema).entities.map(withoutRow),
        programme.id,
      )
    : [];
  return programmeSidebarData(registry, pair, programme ? withoutRow(programme) : null, events);
}

/** The programme section's answer for a pair, its programme and plan as they are now (reads «Наставляемые»). */
export function programmeSidebarData(
  registry: Services,
  pair: Mentorship,
  programme: Programme | null,
  events: PlanEvent[],
): ProgrammeSidebarData {
  const mentees = loadEntities(registry, MENTEES_TABLE, MenteeSchema).entities;
  const requests = [
    ...new Set(mentees.filter((m) => pair.menteeIds.includes(m.id)).flatMap((m) => m.requests)),
  ];
  return {
    mentorshipId: pair.id,
    programme,
    events,
    requests,
    suggestions: suggestionsFor(requests),
    defaultStart: pair.startDate,
    defaultEnd: pair.endDate,
    choices: PROGRAMME_CHOICES,
  };
}
