/**
 * Matching a whole cohort at once: the best overall assignment of unmatched mentees to mentors under the hard
 * filters and each mentor's free places, explained pair by pair (docs/architecture.md, key flows: matching).
 */
import { solveCapacitatedAssignment } from './assignment-solver';
import type {
  CohortAssignment,
  CohortObjective,
  CohortOptions,
  Proposal,
  UnmatchedMentee,
} from './cohort-types';
import { weightVector } from './factors';
import { formGroups, type AssignedMember } from './groups';
import { menteeProfile, mentorProfile, type MentorProfile } from './profile';
import { scoreProfiles } from './score';
import { candidatesOf, scoreMatrix, type ScoreMatrix } from './score-matrix';
import { compareCodeUnits, compareNames } from './text';
import type { MatchMentee, MatchMentor } from './types';
import { unmatchedReasons } from './unmatched';
import type { MatchWeights } from './weights';

function byId<T extends { readonly id: string }>(items: readonly T[], what: string): T[] {
  const sorted = [...items].sort((a, b) => compareCodeUnits(a.id, b.id));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].id === sorted[i - 1].id)
      throw new Error(`assignCohort: duplicate ${what} id ${sorted[i].id}`);
  }
  return sorted;
}

/**
 * Solves the assignment of mentee rows to mentors with free places and returns the mentor index of each
 * mentee (-1: nobody). Gains are integers; unmatched gains 0. 'coverage': one more match outweighs any score
 * (1000·n + 1 > any score difference). 'score': one tenth outweighs any number of matches ((n + 1) per tenth).
 */
function optimise(
  matrix: ScoreMatrix,
  mentors: readonly MentorProfile[],
  objective: CohortObjective,
): Int32Array {
  const width = matrix.mentors;
  const columnMentor = mentors.map((_, j) => j).filter((j) => mentors[j].free > 0);
  const rows: number[] = [];
  for (let i = 0; i < matrix.mentees; i++) {
    if (columnMentor.some((j) => matrix.tenths[i * width + j] >= 0)) rows.push(i);
  }
  const n = rows.length;
  const cols = columnMentor.length + 1; // the last column is «nobody», open to every row at cost 0
  const capacity = Int32Array.from([...columnMentor.map((j) => Math.min(mentors[j].free, n)), n]);
  const cost = new Float64Array(n * cols).fill(Infinity);
  const base = objective === 'coverage' ? 1000 * n + 1 : 1;
  const perTenth = objective === 'coverage' ? 1 : n + 1;
  rows.forEach((i, r) => {
    cost[r * cols + cols - 1] = 0;
    columnMentor.forEach((j, c) => {
      const t = matrix.tenths[i * width + j];
      if (t >= 0) cost[r * cols + c] = -(base + perTenth * t);
    });
  });
  const colOfRow = n > 0 ? solveCapacitatedAssignment(n, cols, capacity, cost) : new Int32Array(0);
  const mentorOf = new Int32Array(matrix.mentees).fill(-1);
  rows.forEach((i, r) => {
    if (colOfRow[r] < cols - 1) mentorOf[i] = columnMentor[colOfRow[r]];
  });
  return mentorOf;
}

/**
 * Proposes mentors for all given mentees (pass those without a mentor) so that, by default, as many as
 * possible get one and, among such assignments, the total score is highest. Deterministic: the solver sees
 * mentees and mentors sorted by ID, so input order never changes the result.
 */
export function assignCohort(
  mentees: readonly MatchMentee[],
  mentors: readonly MatchMentor[],
  weights: MatchWeights,
  options: CohortOptions = {},
): CohortAssignment {
  const objective = options.objective ?? 'coverage';
  const minTenths = Math.max(0, Math.round((options.minScore ?? 0) * 10));
  if (!Number.isFinite(minTenths)) throw new Error('assignCohort: minScore must be a finite number');
  const minShared = Math.max(1, Math.floor(options.groupMinSharedRequests ?? 2));
  const mentorProfiles = byId(mentors, 'mentor').map(mentorProfile);
  const menteeProfiles = byId(mentees, 'mentee').map(menteeProfile);
  const weightVec = weightVector(weights);
  const matrix = scoreMatrix(menteeProfiles, mentorProfiles, weights, weightVec, minTenths);
  const mentorOf = optimise(matrix, mentorProfiles, objective);

  const assigned = new Map<number, AssignedMember[]>();
  mentorOf.forEach((j, i) => {
    if (j < 0) return;
    const mentee = menteeProfiles[i];
    const scored = scoreProfiles(mentorProfiles[j], mentee, weights, weightVec);
    const member = { menteeId: mentee.mentee.id, menteeName: mentee.mentee.name, ...scored };
    assigned.set(j, [...(assigned.get(j) ?? []), { profile: mentee, member }]);
  });
  const proposals: Proposal[] = [];
  for (const [j, members] of assigned) {
    proposals.push(...formGroups(mentorProfiles[j], members, options.groups ?? true, minShared));
  }
  proposals.sort(
    (a, b) =>
      compareNames(a.mentorName, b.mentorName) ||
      compareCodeUnits(a.mentorId, b.mentorId) ||
      compareCodeUnits(a.menteeIds[0], b.menteeIds[0]),
  );
  const unmatched: UnmatchedMentee[] = [];
  menteeProfiles.forEach((p, i) => {
    if (mentorOf[i] >= 0) return;
    const candidates = candidatesOf(matrix, i, mentorProfiles);
    const reasons = unmatchedReasons(p, mentorProfiles, candidates, minTenths, objective);
    unmatched.push({ menteeId: p.mentee.id, menteeName: p.mentee.name, reasons });
  });
  unmatched.sort(
    (a, b) => compareNames(a.menteeName, b.menteeName) || compareCodeUnits(a.menteeId, b.menteeId),
  );
  const totalTenths = proposals.reduce(
    (s, p) => s + p.members.reduce((t, m) => t + Math.round(m.score * 10), 0),
    0,
  );
  const matchedCount = mentees.length - unmatched.length;
  return { proposals, unmatched, matchedCount, totalScore: totalTenths / 10, objective };
}
