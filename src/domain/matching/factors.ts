/** How well a mentor fits a mentee on each criterion, as a fraction 0..1; the weights turn these into points. */
import type { QualificationCategory } from '../vocabulary';
import { maskSize, type MenteeProfile, type MentorProfile } from './profile';
import { CRITERIA, type Criterion, type TimeResource } from './types';
import type { MatchWeights } from './weights';

/** Share of the category points per category: «педагог-наставник» is the category made for this role. */
export const CATEGORY_FACTORS: Readonly<Record<QualificationCategory, number>> = {
  'педагог-наставник': 1,
  'педагог-методист': 0.9,
  высшая: 0.8,
  первая: 0.5,
  'соответствие занимаемой должности': 0.2,
  'без категории': 0,
};

/** Share of the time points per time resource: more time for the mentee is better. */
export const TIME_FACTORS: Readonly<Record<TimeResource, number>> = {
  'более 2 часов в неделю': 1,
  '1–2 часа в неделю': 0.6,
  'до 1 часа в неделю': 0.3,
  '': 0,
};

/** Shared interests that earn all the interest points. */
export const INTERESTS_FOR_FULL_POINTS = 2;

/** Fractions 0..1 of each criterion. */
export type Factors = Record<Criterion, number>;

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0;
  for (const item of a) if (b.has(item)) count++;
  return count;
}

/** Computes every criterion's fraction for a mentor–mentee pair. */
export function pairFactors(mentor: MentorProfile, mentee: MenteeProfile, weights: MatchWeights): Factors {
  const requested = maskSize(mentee.directions);
  const covered = maskSize(mentee.directions & mentor.directions);
  const gap = mentor.mentor.experienceYears - mentee.mentee.experienceYears;
  const capacity = Math.floor(mentor.mentor.capacity);
  return {
    requests: requested === 0 ? 0 : covered / requested,
    position: mentor.position !== '' && mentor.position === mentee.position ? 1 : 0,
    subject: mentor.subject !== '' && mentor.subject === mentee.subject ? 1 : 0,
    experience: Math.min(1, Math.max(0, gap / weights.experienceGapYears)),
    category: CATEGORY_FACTORS[mentor.mentor.category] ?? 0,
    interests: Math.min(1, sharedCount(mentee.interests, mentor.interests) / INTERESTS_FOR_FULL_POINTS),
    timeResource: TIME_FACTORS[mentor.mentor.timeResource] ?? 0,
    capacity: capacity > 0 ? mentor.free / capacity : 0,
  };
}

/** Sum of the criterion weights: the score is the weighted share of it. */
export function totalWeight(weights: MatchWeights): number {
  let total = 0;
  for (const criterion of CRITERIA) total += weights[criterion];
  return total;
}

/** The score in tenths of a point (0..1000): integers keep the optimiser exact and comparisons stable. */
export function scoreTenths(factors: Factors, weights: MatchWeights): number {
  const total = totalWeight(weights);
  if (total <= 0) return 0;
  let sum = 0;
  for (const criterion of CRITERIA) sum += weights[criterion] * factors[criterion];
  return Math.round((sum / total) * 1000);
}
