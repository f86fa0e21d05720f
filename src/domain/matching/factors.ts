/**
 * How well a mentor fits a mentee on each criterion, as a fraction 0..1, and the weighted sum of those: the
 * numeric core of the score. Factors live in a Float64Array indexed like CRITERIA, so scoring the 150 000
 * pairs of a large cohort allocates nothing and looks nothing up by name.
 */
import type { QualificationCategory } from '../vocabulary';
import { maskSize } from './direction-mask';
import type { MenteeProfile, MentorProfile } from './profile';
import { CRITERIA, type TimeResource } from './types';
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

/** Index of each criterion in a factor or weight vector. */
export const REQUESTS = 0;
const POSITION = 1;
const SUBJECT = 2;
const EXPERIENCE = 3;
const CATEGORY = 4;
const INTERESTS = 5;
const TIME = 6;
const CAPACITY = 7;

// Jest runs modules in a vm context where each read of a global (Math) costs ~1 µs through an interceptor;
// the per-pair code below is written without globals so 150 000 pairs stay cheap there too.
function clamp01(x: number): number {
  return x > 0 ? (x < 1 ? x : 1) : 0; // NaN (an unreadable experience) counts as 0
}

/** Weights as a vector in CRITERIA order, scaled so that a perfect fit sums to 1000 (tenths of a point). */
export function weightVector(weights: MatchWeights): Float64Array {
  let total = 0;
  for (const criterion of CRITERIA) total += weights[criterion];
  return Float64Array.from(CRITERIA, (criterion) => (total > 0 ? (weights[criterion] * 1000) / total : 0));
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0;
  for (const item of a) if (b.has(item)) count++;
  return count;
}

/** Writes every criterion's fraction for a pair into `out` (length CRITERIA.length) and returns it. */
export function pairFactors(
  mentor: MentorProfile,
  mentee: MenteeProfile,
  experienceGapYears: number,
  out: Float64Array = new Float64Array(CRITERIA.length),
): Float64Array {
  const requested = maskSize(mentee.directions);
  const gap = mentor.mentor.experienceYears - mentee.mentee.experienceYears;
  out[REQUESTS] = requested === 0 ? 0 : maskSize(mentee.directions & mentor.directions) / requested;
  out[POSITION] = mentor.position !== '' && mentor.position === mentee.position ? 1 : 0;
  out[SUBJECT] = mentor.subject !== '' && mentor.subject === mentee.subject ? 1 : 0;
  out[EXPERIENCE] = clamp01(gap / experienceGapYears);
  out[CATEGORY] = mentor.categoryFactor;
  out[INTERESTS] =
    mentee.interests.size === 0 || mentor.interests.size === 0
      ? 0
      : clamp01(sharedCount(mentee.interests, mentor.interests) / INTERESTS_FOR_FULL_POINTS);
  out[TIME] = mentor.timeFactor;
  out[CAPACITY] = mentor.capacityFactor;
  return out;
}

/** The score in tenths of a point (0..1000): integers keep the optimiser exact and comparisons stable. */
export function scoreTenths(factors: Float64Array, weightVec: Float64Array): number {
  let sum = 0;
  for (let c = 0; c < factors.length; c++) sum += weightVec[c] * factors[c];
  return (sum + 0.5) | 0; // Math.round for 0 ≤ sum ≤ 1000, without reading a global
}
