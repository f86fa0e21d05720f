/** Matching profiles: mentors and mentees with their text normalised once, so scoring many pairs stays cheap. */
import { freePlaces, sameIdentity } from './availability';
import { directionMask } from './direction-mask';
import { CATEGORY_FACTORS, TIME_FACTORS } from './factors';
import { normaliseText } from './text';
import type { MatchMentee, MatchMentor } from './types';

/** A mentor prepared for scoring. */
export interface MentorProfile {
  readonly mentor: MatchMentor;
  /** The normalised name, for the same-person rule. */
  readonly nameKey: string;
  /** Competencies as a bit set over DIRECTIONS. */
  readonly directions: number;
  readonly position: string;
  readonly subject: string;
  readonly interests: ReadonlySet<string>;
  readonly free: number;
  /** The mentor-only fractions of the score (see factors.ts), computed once. */
  readonly categoryFactor: number;
  readonly timeFactor: number;
  readonly capacityFactor: number;
}

/** A mentee prepared for scoring. */
export interface MenteeProfile {
  readonly mentee: MatchMentee;
  readonly nameKey: string;
  /** Requests as a bit set over DIRECTIONS. */
  readonly directions: number;
  readonly position: string;
  readonly subject: string;
  readonly interests: ReadonlySet<string>;
}

function interestSet(interests: readonly string[]): Set<string> {
  return new Set(interests.map(normaliseText).filter((s) => s !== ''));
}

/** Prepares a mentor for scoring. */
export function mentorProfile(mentor: MatchMentor): MentorProfile {
  const free = freePlaces(mentor);
  const capacity = Math.floor(mentor.capacity);
  return {
    mentor,
    nameKey: normaliseText(mentor.name),
    directions: directionMask(mentor.competencies),
    position: normaliseText(mentor.position),
    subject: normaliseText(mentor.subject ?? ''),
    interests: interestSet(mentor.interests),
    free,
    categoryFactor: CATEGORY_FACTORS[mentor.category] ?? 0,
    timeFactor: TIME_FACTORS[mentor.timeResource] ?? 0,
    capacityFactor: capacity > 0 ? free / capacity : 0,
  };
}

/** Prepares a mentee for scoring. */
export function menteeProfile(mentee: MatchMentee): MenteeProfile {
  return {
    mentee,
    nameKey: normaliseText(mentee.name),
    directions: directionMask(mentee.requests),
    position: normaliseText(mentee.position),
    subject: normaliseText(mentee.subject ?? ''),
    interests: interestSet(mentee.interests),
  };
}

/** Whether a prepared mentor and mentee are the same person (see isSamePerson). */
export function profilesSamePerson(mentor: MentorProfile, mentee: MenteeProfile): boolean {
  return sameIdentity(mentor.mentor.personId, mentor.nameKey, mentee.mentee.personId, mentee.nameKey);
}
