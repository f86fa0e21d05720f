/** The hard filters of matching: a pair that breaks one is never proposed, whatever its score. */
import { normaliseText } from './text';
import type { Availability, MatchMentee, MatchMentor } from './types';

/** Places a mentor still has; never negative, even if the registry shows more mentees than capacity. */
export function freePlaces(mentor: MatchMentor): number {
  return Math.max(0, Math.floor(mentor.capacity) - Math.max(0, Math.floor(mentor.activeMentees)));
}

/**
 * Whether the mentor and the mentee are the same physical person. With both person IDs known they decide
 * (namesakes stay apart); otherwise equal names count as the same person, as self-mentoring is the worse error.
 */
export function isSamePerson(mentor: MatchMentor, mentee: MatchMentee): boolean {
  return sameIdentity(
    mentor.personId,
    normaliseText(mentor.name),
    mentee.personId,
    normaliseText(mentee.name),
  );
}

/** The rule of isSamePerson on already normalised names, for scoring many pairs. */
export function sameIdentity(
  personA: string | undefined,
  nameA: string,
  personB: string | undefined,
  nameB: string,
): boolean {
  if (personA && personB) return personA === personB;
  return nameA !== '' && nameA === nameB;
}

/** Why a mentor cannot take anyone now (empty when they can). */
export function mentorBlockers(mentor: MatchMentor): string[] {
  const reasons: string[] = [];
  if (!mentor.active) reasons.push('не в банке наставников (неактивен)');
  if (!mentor.consent) reasons.push('нет согласия на обработку персональных данных');
  if (freePlaces(mentor) <= 0) {
    reasons.push(`нет свободных мест (занято ${mentor.activeMentees} из ${mentor.capacity})`);
  }
  return reasons;
}

/** Why a mentee cannot be given any mentor now (empty when they can). */
export function menteeBlockers(mentee: MatchMentee): string[] {
  const reasons: string[] = [];
  if (!mentee.active) reasons.push('наставляемый не в банке наставляемых (неактивен)');
  if (!mentee.consent) reasons.push('у наставляемого нет согласия на обработку персональных данных');
  return reasons;
}

/** Checks every hard filter for a mentor (and, when given, a mentee) and says which ones fail. */
export function availability(mentor: MatchMentor, mentee?: MatchMentee): Availability {
  const reasons = mentorBlockers(mentor);
  if (mentee) {
    if (isSamePerson(mentor, mentee)) reasons.unshift('это тот же человек, что и наставляемый');
    reasons.push(...menteeBlockers(mentee));
  }
  return reasons.length === 0 ? { available: true } : { available: false, reasons };
}
