import { DIRECTIONS, MENTEE_CATEGORIES, QUALIFICATION_CATEGORIES, TIME_RESOURCES } from '../../vocabulary';
import { IsoDateSchema, TextSchema, idOf, oneOf } from './common';
import * as z from './zod';

/**
 * What both banks know of a person (methodology, "Banks"); the name is three columns, as in orders. Only the ID and
 * the checkboxes are needed to use a row: a person whose name, position or any other cell is missing or wrong stays
 * in the bank, matching and pairs, and the check and the sidebars ask for what the spec requires (rules/required.ts).
 */
const PersonFields = {
  surname: TextSchema.optional(),
  firstName: TextSchema.optional(),
  patronymic: TextSchema.optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  position: TextSchema.optional(),
  specialisation: TextSchema.optional(),
  workplace: TextSchema.optional(),
  experienceYears: z.number().nonnegative().optional(),
  qualification: oneOf(QUALIFICATION_CATEGORIES).optional(),
  enteredOn: IsoDateSchema.optional(),
  active: z.boolean(),
  consent: z.boolean(),
  consentDate: IsoDateSchema.optional(),
  note: TextSchema.optional(),
};

/** A row of «Наставники». `menteeId` links the same person in «Наставляемые» (reverse mentoring, former mentee). */
export const MentorSchema = z.object({
  id: idOf('НК'),
  ...PersonFields,
  competencies: z.array(oneOf(DIRECTIONS)),
  competenciesText: TextSchema.optional(),
  achievements: TextSchema.optional(),
  interests: TextSchema.optional(),
  desiredMentees: TextSchema.optional(),
  timeResource: oneOf(TIME_RESOURCES).optional(),
  capacity: z.number().int().nonnegative().optional(),
  menteeId: idOf('НЯ').optional(),
});
/** A mentor of the bank. */
export type Mentor = z.infer<typeof MentorSchema>;

/** A row of «Наставляемые». */
export const MenteeSchema = z.object({
  id: idOf('НЯ'),
  ...PersonFields,
  menteeCategory: oneOf(MENTEE_CATEGORIES).optional(),
  requests: z.array(oneOf(DIRECTIONS)),
  difficulties: TextSchema.optional(),
});
/** A mentee of the bank. */
export type Mentee = z.infer<typeof MenteeSchema>;

/** Anyone in a bank: what the consent gate and name formatting need. */
export type Person = Pick<Mentor, 'id' | 'surname' | 'firstName' | 'patronymic' | 'consent'>;

/** «Иванова Мария Петровна»: a person's full name as documents print it. */
export function fullName(person: Pick<Person, 'surname' | 'firstName' | 'patronymic'>): string {
  return [person.surname, person.firstName, person.patronymic]
    .map((part) => (part ?? '').trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * The physical person behind a bank row, for matching's `personId`: a mentor linked by «Также наставляемый»
 * shares that mentee's key, anyone else is their own row. Explicit on purpose: names collide, e-mails are often
 * missing (see `samePerson` for the e-mail fallback the self-mentoring rule adds).
 */
export function personKey(person: { readonly id: string; readonly menteeId?: string }): string {
  return person.menteeId ?? person.id;
}
