/**
 * Matching a whole cohort at once: the best overall assignment of unmatched mentees to mentors under the hard
 * filters and each mentor's free places, explained pair by pair (DESIGN.md, key flows: matching).
 */
import { solveAssignment } from './assignment-solver';
import type { CohortAssignment, CohortOptions, Proposal, UnmatchedMentee } from './cohort-types';
import { pairFactors, scoreTenths } from './factors';
import { formGroups, type AssignedMember } from './groups';
import {
  menteeProfile,
  mentorProfile,
  profilesSamePerson,
  type MenteeProfile,
  type MentorProfile,
} from './profile';
import { explainPair, scoreParts } from './score';
import { compareCodeUnits, compareNames } from './text';
import type { MatchMentee, MatchMentor } from './types';
import { unmatchedReasons, type Candidate } from './unmatched';
import type { MatchWeights } from './weights';

function byId<T extends { readonly id: string }>(items: readonly T[], what: string): T[] {
  const sorted = [...items].sort((a, b) => compareCodeUnits(a.id, b.id));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].id === sorted[i - 1].id)
      throw new Error(`assignCohort: duplicate ${what} id ${sorted[i].id}`);
  }
  return sorted;
}

/** Candidates of a mentee: every hard filter but capacity passes and the score reaches minScore. */
function candidatesOf(
  mentee: MenteeProfile,
  mentors: readonly MentorProfile[],
  weights: MatchWeights,
  minTenths: number,
) {
  const out: Candidate[] = [];
  if (!mentee.mentee.active || !mentee.mentee.consent) return out;
  for (const profile of mentors) {
    const m = profile.mentor;
    if (!m.active || !m.consent || profilesSamePerson(profile, mentee)) continue;
    const tenths = scoreTenths(pairFactors(profile, mentee, weights), weights);
    if (tenths >= minTenths) out.push({ profile, tenths });
  }
  return out.sort(
    (a, b) => b.tenths - a.tenths || compareCodeUnits(a.profile.mentor.id, b.profile.mentor.id),
  );
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
  const minShared = Math.max(1, Math.floor(options.groupMinSharedRequests ?? 2));
  if (!Number.isFinite(minTenths)) throw new Error('assignCohort: minScore must be a finite number');
  const mentorProfiles = byId(mentors, 'mentor').map(mentorProfile);
  const menteeProfiles = byId(mentees, 'mentee').map(menteeProfile);
  const candidates = menteeProfiles.map((p) => candidatesOf(p, mentorProfiles, weights, minTenths));

  // Rows: mentees with at least one candidate who has a free place. Columns: one per free place («slot»).
  const rows = menteeProfiles.map((_, i) => i).filter((i) => candidates[i].some((c) => c.profile.free > 0));
  const slotMentor: number[] = [];
  const mentorIndex = new Map(mentorProfiles.map((p, j) => [p, j]));
  const firstSlot = new Int32Array(mentorProfiles.length).fill(-1);
  mentorProfiles.forEach((p, j) => {
    const places = Math.min(p.free, rows.length);
    if (places > 0) firstSlot[j] = slotMentor.length;
    for (let k = 0; k < places; k++) slotMentor.push(j);
  });
  const n = rows.length;
  const cols = Math.max(slotMentor.length, n); // extra columns stand for "no mentor"
  // Gains are integers; unmatched costs 0. 'coverage': one more match outweighs any score (C > 1000·n).
  // 'score': one score tenth outweighs any number of matches ((n + 1) per tenth, plus 1 per match).
  const gain = (tenths: number) => (objective === 'coverage' ? 1000 * n + 1 + tenths : (n + 1) * tenths + 1);
  const cost = new Float64Array(n * cols);
  rows.forEach((i, r) => {
    for (const c of candidates[i]) {
      const j = mentorIndex.get(c.profile) as number;
      if (firstSlot[j] < 0) continue;
      for (let s = firstSlot[j]; s < slotMentor.length && slotMentor[s] === j; s++)
        cost[r * cols + s] = -gain(c.tenths);
    }
  });
  const colOfRow = n > 0 ? solveAssignment(n, cols, cost) : new Int32Array(0);

  const assigned = new Map<number, AssignedMember[]>();
  const matched = new Set<number>();
  rows.forEach((i, r) => {
    const col = colOfRow[r];
    if (col >= slotMentor.length || cost[r * cols + col] === 0) return;
    const j = slotMentor[col];
    const mentee = menteeProfiles[i];
    const mentor = mentorProfiles[j];
    const factors = pairFactors(mentor, mentee, weights);
    const member = {
      menteeId: mentee.mentee.id,
      menteeName: mentee.mentee.name,
      score: scoreTenths(factors, weights) / 10,
      reasons: explainPair(mentor, mentee),
      parts: scoreParts(factors, weights),
    };
    matched.add(i);
    assigned.set(j, [...(assigned.get(j) ?? []), { profile: mentee, member }]);
  });

  const proposals: Proposal[] = [];
  for (const [j, members] of [...assigned].sort((a, b) => a[0] - b[0])) {
    proposals.push(...formGroups(mentorProfiles[j], members, options.groups ?? true, minShared));
  }
  proposals.sort(
    (a, b) =>
      compareNames(a.mentorName, b.mentorName) ||
      compareCodeUnits(a.mentorId, b.mentorId) ||
      compareCodeUnits(a.menteeIds[0], b.menteeIds[0]),
  );
  const unmatched: UnmatchedMentee[] = menteeProfiles
    .map((p, i) => ({ p, i }))
    .filter(({ i }) => !matched.has(i))
    .map(({ p, i }) => ({
      menteeId: p.mentee.id,
      menteeName: p.mentee.name,
      reasons: unmatchedReasons(p, mentorProfiles, candidates[i], minTenths, objective),
    }))
    .sort((a, b) => compareNames(a.menteeName, b.menteeName) || compareCodeUnits(a.menteeId, b.menteeId));
  const totalTenths = proposals.reduce(
    (s, p) => s + p.members.reduce((t, m) => t + Math.round(m.score * 10), 0),
    0,
  );
  return { proposals, unmatched, matchedCount: matched.size, totalScore: totalTenths / 10, objective };
}
