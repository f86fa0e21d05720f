/** Server functions of the mentor bank: list, add, edit. */
import { capacityLeft, DEFAULT_CAPACITY, menteesInWork } from '../../domain/registry/rules/capacity';
import { MentorshipSchema } from '../../domain/registry/entities/mentorship';
import { fullName, MentorSchema, type Mentor } from '../../domain/registry/entities/people';
import { idOf } from '../../domain/registry/entities/common';
import * as z from '../../domain/registry/entities/zod';
import { UserError } from '../../domain/user-error';
import { MENTORS_TABLE, MENTORSHIPS_TABLE } from '../../domain/registry/tables';
import { DIRECTIONS, QUALIFICATION_CATEGORIES, TIME_RESOURCES } from '../../domain/vocabulary';
import { addToBank, updateInBank, type BankConfig, type PersonChoices } from './bank';
import { loadEntities, notListed, rowProblems, withoutRow } from '../registry/entity-table';
import { requiringFilled } from '../registry/input';
import type { Services } from '../services';

/** A row's problems as its form shows them, present only when there are any (a wrong cell is left out of it). */
export type Flagged = { readonly problems?: string[] };

/** A mentor as the sidebars show one: the bank row plus the name and the places taken and left. */
export type MentorItem = Mentor &
  Flagged & {
    readonly fullName: string;
    readonly menteesInWork: number;
    readonly capacityLeft: number;
  };

/** A list for a sidebar: every row with an ID (with its problems), and what could not be listed and why. */
export interface ListResult<T> {
  readonly items: T[];
  /** Messages about rows not listed (they stay in the sheet; «Проверить данные» marks them). */
  readonly skipped: string[];
}

/** The lists of the mentor form: competencies by direction and the time a mentor can give. */
export interface MentorChoices extends PersonChoices {
  readonly directions: readonly string[];
  readonly timeResources: readonly string[];
}

/** What the mentor sidebar offers, from the vocabulary the sheets' dropdowns use. */
export const MENTOR_CHOICES: MentorChoices = {
  qualifications: QUALIFICATION_CATEGORIES,
  directions: DIRECTIONS,
  timeResources: TIME_RESOURCES,
};

const MENTORS: BankConfig<Mentor> = {
  spec: MENTORS_TABLE,
  schema: MentorSchema,
  newInput: requiringFilled(MentorSchema.omit({ id: true }), MENTORS_TABLE).extend({
    active: z.boolean().default(true),
    consent: z.boolean().default(false),
    competencies: MentorSchema.shape.competencies.default([]),
  }),
  patchInput: MentorSchema.partial().extend({ id: idOf('НК') }),
  what: 'Наставник',
  checkChange: (registry, before, after) => {
    if ((after.capacity ?? DEFAULT_CAPACITY) >= (before.capacity ?? DEFAULT_CAPACITY)) return;
    const mentorships = loadEntities(registry, MENTORSHIPS_TABLE, MentorshipSchema).entities;
    const now = menteesInWork(after.id, mentorships).size;
    if (now > (after.capacity ?? DEFAULT_CAPACITY)) {
      throw new UserError(
        `У наставника ${fullName(after)} (${after.id}) уже ${now} наставляемых в парах и группах, ` +
          `поэтому указать меньше ${now} нельзя. Сначала завершите или передайте другому наставнику часть пар.`,
      );
    }
  },
};

/** Every mentor of the bank with the places they have left. */
export function listMentors(registry: Services): ListResult<MentorItem> {
  const mentors = loadEntities(registry, MENTORS_TABLE, MentorSchema);
  const mentorships = loadEntities(registry, MENTORSHIPS_TABLE, MentorshipSchema).entities;
  return {
    items: mentors.entities.map((m) => ({
      ...withoutRow(m),
      capacity: m.capacity ?? DEFAULT_CAPACITY,
      fullName: fullName(m),
      menteesInWork: menteesInWork(m.id, mentorships).size,
      capacityLeft: capacityLeft(m, mentorships),
      ...rowProblems(mentors, m.rowNumber),
    })),
    skipped: notListed(mentors),
  };
}

/** Adds a mentor to the bank. */
export function addMentor(registry: Services, input: unknown, operationId?: string): Mentor {
  return addToBank(registry, MENTORS, input, operationId);
}

/** Changes a mentor's fields (null clears one). */
export function updateMentor(registry: Services, input: unknown, operationId?: string): Mentor {
  return updateInBank(registry, MENTORS, input, operationId);
}
