import { EARLY_END_REASONS, MENTORING_KINDS, MENTORSHIP_STATUSES } from '../../vocabulary';
import { IsoDateSchema, TextSchema, idOf, oneOf } from './common';
import * as z from './zod';

/**
 * A row of «Пары и группы»: one mentor and one mentee (a pair) or several (a group, kind «в группе»).
 * `endDate` is the planned end (moved by an extension); `actualEndDate` is when it really ended. Its people and
 * status are what a row cannot be used without (they take a mentor's places, hold a mentee); a form or kinds
 * left empty are reported and asked for by the spec's `required` (rules/required.ts).
 */
export const MentorshipSchema = z.object({
  id: idOf('ПГ'),
  mentorId: idOf('НК'),
  menteeIds: z.array(idOf('НЯ')).min(1),
  form: TextSchema.optional(),
  kinds: z.array(oneOf(MENTORING_KINDS)),
  startDate: IsoDateSchema.optional(),
  endDate: IsoDateSchema.optional(),
  status: oneOf(MENTORSHIP_STATUSES),
  endReason: oneOf(EARLY_END_REASONS).optional(),
  actualEndDate: IsoDateSchema.optional(),
  orderId: idOf('ПК').optional(),
  programmeId: idOf('ПР').optional(),
  note: TextSchema.optional(),
});
/** A pair or group. */
export type Mentorship = z.infer<typeof MentorshipSchema>;

/** Whether a mentorship is a group (several mentees) rather than a pair. */
export function isGroup(mentorship: Pick<Mentorship, 'menteeIds'>): boolean {
  return mentorship.menteeIds.length > 1;
}
