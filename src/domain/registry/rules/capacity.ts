import type { MentorshipStatus } from '../../vocabulary';
import { UserError } from '../../user-error';
import type { Mentor } from '../entities/people';
import type { Mentorship } from '../entities/mentorship';
import { fullName } from '../entities/people';
import { pluralRu } from '../../russian/plural';

/**
 * Statuses whose mentees take a mentor's places. «проект» counts: pairs are drafted before the order approves
 * them, and a draft that would overload a mentor should be caught while drafting, not at signing.
 */
export const CAPACITY_STATUSES: readonly MentorshipStatus[] = ['проект', 'утверждена', 'идёт', 'продлена'];

/** Whether a pair or group is in work: it takes its mentor's places and holds its mentees (CAPACITY_STATUSES). */
export function isInWork(mentorship: Pick<Mentorship, 'status'>): boolean {
  return CAPACITY_STATUSES.includes(mentorship.status);
}

/** Places of a mentor whose «Наставляемых одновременно» cell is empty. */
export const DEFAULT_CAPACITY = 3;

/** The mentees a mentor has now (each counted once, across pairs and groups in CAPACITY_STATUSES). */
export function menteesInWork(mentorId: string, mentorships: readonly Mentorship[]): Set<string> {
  const mentees = new Set<string>();
  for (const m of mentorships) {
    if (m.mentorId === mentorId && isInWork(m)) m.menteeIds.forEach((id) => mentees.add(id));
  }
  return mentees;
}

/** How many more mentees a mentor may take; never negative. */
export function capacityLeft(
  mentor: Pick<Mentor, 'id' | 'capacity'>,
  mentorships: readonly Mentorship[],
): number {
  return Math.max(0, (mentor.capacity ?? DEFAULT_CAPACITY) - menteesInWork(mentor.id, mentorships).size);
}

/**
 * Throws a `UserError` if saving `mentorship` (new, or a change of an existing one with the same ID) would give
 * its mentor more mentees than the mentor's capacity.
 */
export function requireCapacity(
  mentor: Pick<Mentor, 'id' | 'capacity' | 'surname' | 'firstName' | 'patronymic'>,
  mentorships: readonly Mentorship[],
  mentorship: Mentorship,
): void {
  const after = [...mentorships.filter((m) => m.id !== mentorship.id), mentorship];
  const count = menteesInWork(mentor.id, after).size;
  const capacity = mentor.capacity ?? DEFAULT_CAPACITY;
  if (count > capacity) {
    throw new UserError(
      `Наставник ${fullName(mentor)} (${mentor.id}) может вести не более ${capacity} ` +
        `${pluralRu(capacity, ['наставляемого', 'наставляемых', 'наставляемых'])} одновременно, а здесь их было бы ${count}. ` +
        `Выберите другого наставника или измените число в столбце «Наставляемых одновременно (не более)».`,
    );
  }
}
