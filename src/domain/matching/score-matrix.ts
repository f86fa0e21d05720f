/**
 * The scores of every allowed mentee–mentor pair of a cohort, in one flat typed array: the input of the
 * optimiser. A pair the hard filters forbid (capacity aside) or that scores below minScore holds -1.
 */
import { pairFactors, scoreTenths } from './factors';
import { profilesSamePerson, type MenteeProfile, type MentorProfile } from './profile';
import { compareCodeUnits } from './text';
import type { Candidate } from './unmatched';
import type { MatchWeights } from './weights';

/** Scores in tenths, row-major mentees × mentors; -1 marks a pair that may not be formed. */
export interface ScoreMatrix {
  readonly mentees: number;
  readonly mentors: number;
  readonly tenths: Int32Array;
}

/** Scores every pair that passes the hard filters other than capacity and reaches `minTenths`. */
export function scoreMatrix(
  mentees: readonly MenteeProfile[],
  mentors: readonly MentorProfile[],
  weights: MatchWeights,
  weightVec: Float64Array,
  minTenths: number,
): ScoreMatrix {
  const width = mentors.length;
  const tenths = new Int32Array(mentees.length * width).fill(-1);
  const factors = new Float64Array(weightVec.length);
  const open = mentors.filter((p) => p.mentor.active && p.mentor.consent).map((p) => mentors.indexOf(p));
  mentees.forEach((mentee, i) => {
    if (!mentee.mentee.active || !mentee.mentee.consent) return;
    for (const j of open) {
      const mentor = mentors[j];
      if (profilesSamePerson(mentor, mentee)) continue;
      const t = scoreTenths(pairFactors(mentor, mentee, weights.experienceGapYears, factors), weightVec);
      if (t >= minTenths) tenths[i * width + j] = t;
    }
  });
  return { mentees: mentees.length, mentors: width, tenths };
}

/** The allowed mentors of one mentee, best score first (ties by mentor ID): who they could have had. */
export function candidatesOf(
  matrix: ScoreMatrix,
  mentee: number,
  mentors: readonly MentorProfile[],
): Candidate[] {
  const out: Candidate[] = [];
  for (let j = 0; j < matrix.mentors; j++) {
    const t = matrix.tenths[mentee * matrix.mentors + j];
    if (t >= 0) out.push({ profile: mentors[j], tenths: t });
  }
  return out.sort(
    (a, b) => b.tenths - a.tenths || compareCodeUnits(a.profile.mentor.id, b.profile.mentor.id),
  );
}
