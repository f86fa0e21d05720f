/** Server functions of the mentee bank: list, add, edit. */
import { idOf } from '../../domain/registry/entities/common';
import { MentorshipSchema } from '../../domain/registry/entities/mentorship';
import { fullName, MenteeSchema, type Mentee } from '../../domain/registry/entities/people';
import { isInWork } from '../../domain/registry/rules/capacity';
import * as z from '../../domain/registry/entities/zod';
import { MENTEES_TABLE, MENTORSHIPS_TABLE } from '../../domain/registry/tables';
import { DIRECTIONS, MENTEE_CATEGORIES, QUALIFICATION_CATEGORIES } from '../../domain/vocabulary';
import { addToBank, updateInBank, type BankConfig, type PersonChoices } from './bank';
import { loadEntities, notListed, rowProblems, withoutRow } from '../registry/entity-table';
import { requiringFilled } from '../registry/input';
import type { Flagged, ListResult } from './mentors';
import type { Services } from '../services';

/** A mentee as the sidebars show one: the bank row plus the name and the pair or group in work, if any. */
export type MenteeItem = Mentee & Flagged & { readonly fullName: string; readonly mentorshipIds: string[] };

/** The lists of the mentee form: who is mentored and the requests by direction. */
export interface MenteeChoices extends PersonChoices {
  readonly menteeCategories: readonly string[];
  readonly directions: readonly string[];
}

/** What the mentee sidebar offers, from the vocabulary the sheets' dropdowns use. */
export const MENTEE_CHOICES: MenteeChoices = {
  qualifications: QUALIFICATION_CATEGORIES,
  menteeCategories: MENTEE_CATEGORIES,
  directions: DIRECTIONS,
};

const MENTEES: BankConfig<Mentee> = {
  spec: MENTEES_TABLE,
  schema: MenteeSchema,
  newInput: requiringFilled(MenteeSchema.omit({ id: true }), MENTEES_TABLE).extend({
    active: z.boolean().default(true),
    consent: z.boolean().default(false),
    requests: MenteeSchema.shape.requests.default([]),
  }),
  patchInput: MenteeSchema.partial().extend({ id: idOf('НЯ') }),
  what: 'Наставляемый',
};

/** Every mentee of the bank with the pairs or groups they are in now. */
export function listMentees(registry: Services): ListResult<MenteeItem> {
  const mentees = loadEntities(registry, MENTEES_TABLE, MenteeSchema);
  const mentorships = loadEntities(registry, MENTORSHIPS_TABLE, MentorshipSchema).entities;
  return {
    items: mentees.entities.map((m) => ({
      ...withoutRow(m),
      fullName: fullName(m),
      mentorshipIds: mentorships.filter((p) => isInWork(p) && p.menteeIds.includes(m.id)).map((p) => p.id),
      ...rowProblems(mentees, m.rowNumber),
    })),
    skipped: notListed(mentees),
  };
}

/** Adds a mentee to the bank. */
export function addMentee(registry: Services, input: unknown, operationId?: string): Mentee {
  return addToBank(registry, MENTEES, input, operationId);
}

/** Changes a mentee's fields (null clears one). */
export function updateMentee(registry: Services, input: unknown, operationId?: string): Mentee {
  return updateInBank(registry, MENTEES, input, operationId);
}
