/** The explainable score of one mentor for one mentee: a number, its parts, and reasons a curator can read. */
import { pairFactors, scoreTenths, weightVector } from './factors';
import { maskDirections } from './direction-mask';
import { menteeProfile, mentorProfile, type MenteeProfile, type MentorProfile } from './profile';
import { countRu, pluralRu } from '../russian/plural';
import { normaliseText, PLACES, YEARS } from './text';
import {
  CRITERIA,
  type Criterion,
  type MatchMentee,
  type MatchMentor,
  type PairScore,
  type ScoreParts,
} from './types';
import type { MatchWeights } from './weights';

function experienceReason(mentorYears: number, menteeYears: number): string {
  if (!Number.isFinite(mentorYears)) return 'стаж наставника не указан';
  if (!Number.isFinite(menteeYears))
    return `стаж ${countRu(mentorYears, YEARS)} (стаж наставляемого не указан)`;
  const gap = mentorYears - menteeYears;
  // Said of whom: «стаж 22 года — на 20 лет больше, чем у наставляемого».
  const relation =
    gap === 0
      ? 'как у наставляемого'
      : `на ${countRu(Math.abs(gap), YEARS)} ${gap > 0 ? 'больше' : 'меньше'}, чем у наставляемого`;
  return `стаж ${countRu(mentorYears, YEARS)} — ${relation}`;
}

function capacityReason(mentor: MatchMentor, free: number): string {
  if (free <= 0) return `свободных мест нет (занято ${mentor.activeMentees} из ${mentor.capacity})`;
  return `свободно ${free} ${pluralRu(free, PLACES)} из ${mentor.capacity}`;
}

function sharedInterests(mentee: MatchMentee, mentor: MentorProfile): string[] {
  const seen = new Set<string>();
  const shared: string[] = [];
  for (const interest of mentee.interests) {
    const key = normaliseText(interest);
    if (key !== '' && mentor.interests.has(key) && !seen.has(key)) {
      seen.add(key);
      shared.push(interest.trim());
    }
  }
  return shared;
}

/** The reasons behind a score, in criteria order; each names the concrete values it is based on. */
export function explainPair(mentor: MentorProfile, mentee: MenteeProfile): string[] {
  const reasons: string[] = [];
  const m = mentor.mentor;
  const covered = maskDirections(mentee.directions & mentor.directions);
  const missing = maskDirections(mentee.directions & ~mentor.directions);
  if (mentee.directions === 0) reasons.push('запросы наставляемого не указаны');
  else if (covered.length === 0)
    reasons.push(`ни один запрос не совпадает с компетенциями: ${missing.join(', ')}`);
  else {
    reasons.push(`совпадают запросы: ${covered.join(', ')}`);
    if (missing.length > 0) reasons.push(`не покрыты запросы: ${missing.join(', ')}`);
  }
  if (mentor.position !== '' && mentor.position === mentee.position)
    reasons.push(`та же должность: ${m.position.trim()}`);
  else if (m.position.trim() !== '') reasons.push(`другая должность: ${m.position.trim()}`);
  if (mentor.subject !== '' && mentor.subject === mentee.subject) {
    reasons.push(`тот же предмет / специализация: ${(m.subject ?? '').trim()}`);
  }
  reasons.push(experienceReason(m.experienceYears, mentee.mentee.experienceYears));
  reasons.push(`категория: ${m.category}`);
  const interests = sharedInterests(mentee.mentee, mentor);
  if (interests.length > 0) reasons.push(`общие интересы: ${interests.join(', ')}`);
  reasons.push(m.timeResource === '' ? 'временной ресурс не указан' : `время: ${m.timeResource}`);
  reasons.push(capacityReason(m, mentor.free));
  return reasons;
}

/** Points per criterion, rounded to 0.1: what the sidebar shows next to each reason. */
export function scoreParts(factors: Float64Array, weightVec: Float64Array): ScoreParts {
  const parts = {} as Record<Criterion, number>;
  CRITERIA.forEach((criterion, c) => {
    parts[criterion] = Math.round(weightVec[c] * factors[c]) / 10;
  });
  return parts;
}

/** Scores prepared profiles with a precomputed weight vector: the shared path of every public function. */
export function scoreProfiles(
  mentor: MentorProfile,
  mentee: MenteeProfile,
  weights: MatchWeights,
  weightVec: Float64Array = weightVector(weights),
): PairScore {
  const factors = pairFactors(mentor, mentee, weights.experienceGapYears);
  return {
    score: scoreTenths(factors, weightVec) / 10,
    reasons: explainPair(mentor, mentee),
    parts: scoreParts(factors, weightVec),
  };
}

/** Scores a mentor for a mentee (0..100) and says why; hard filters are availability's job, not this one's. */
export function scorePair(mentor: MatchMentor, mentee: MatchMentee, weights: MatchWeights): PairScore {
  return scoreProfiles(mentorProfile(mentor), menteeProfile(mentee), weights);
}
