/** Ranking of every mentor for one mentee: what the curator sees when choosing a mentor by hand. */
import { availability } from './availability';
import { weightVector } from './factors';
import { menteeProfile, mentorProfile } from './profile';
import { scoreProfiles } from './score';
import { compareCodeUnits, compareNames } from './text';
import type { MatchMentee, MatchMentor, ScoreParts } from './types';
import type { MatchWeights } from './weights';

/** One line of the ranking: a mentor, whether they may be chosen, and the explained score. */
export interface RankedMentor {
  readonly mentorId: string;
  readonly mentorName: string;
  readonly available: boolean;
  /** Why the mentor may not be chosen now (hard filters); empty when available. */
  readonly unavailableReasons: string[];
  readonly score: number;
  /** Why the score is what it is. */
  readonly reasons: string[];
  readonly parts: ScoreParts;
}

/** Orders ranked mentors: available first, then by score (highest first), then name, then ID. */
export function compareRanked(a: RankedMentor, b: RankedMentor): number {
  if (a.available !== b.available) return a.available ? -1 : 1;
  return (
    b.score - a.score || compareNames(a.mentorName, b.mentorName) || compareCodeUnits(a.mentorId, b.mentorId)
  );
}

/** Ranks all mentors for a mentee; unavailable ones come last, each with the reasons why. */
export function rankMentors(
  mentee: MatchMentee,
  mentors: readonly MatchMentor[],
  weights: MatchWeights,
): RankedMentor[] {
  const menteeProf = menteeProfile(mentee);
  const weightVec = weightVector(weights);
  const ranked = mentors.map((mentor): RankedMentor => {
    const check = availability(mentor, mentee);
    const scored = scoreProfiles(mentorProfile(mentor), menteeProf, weights, weightVec);
    return {
      mentorId: mentor.id,
      mentorName: mentor.name,
      available: check.available,
      unavailableReasons: check.available ? [] : check.reasons,
      score: scored.score,
      reasons: scored.reasons,
      parts: scored.parts,
    };
  });
  return ranked.sort(compareRanked);
}
