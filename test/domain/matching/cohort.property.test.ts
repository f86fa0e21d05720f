import fc from 'fast-check';
import {
  assignCohort,
  availability,
  DEFAULT_MATCH_WEIGHTS,
  freePlaces,
  isSamePerson,
  type CohortAssignment,
} from '../../../src/domain/matching';
import { menteesArb, mentorsArb, shuffled, weightsArb } from './arbitraries';
import { bruteForce, greedy } from './oracles';

const W = DEFAULT_MATCH_WEIGHTS;
/** Looks an ID up, failing the test loudly if the result names someone who was not in the input. */
function lookup<T>(map: ReadonlyMap<string, T>, id: string): T {
  const found = map.get(id);
  if (found === undefined) throw new Error(`unknown id ${id}`);
  return found;
}
const outcome = (r: CohortAssignment) => ({ count: r.matchedCount, tenths: Math.round(r.totalScore * 10) });
const pairsOf = (r: CohortAssignment) =>
  r.proposals.flatMap((p) => p.menteeIds.map((id) => [p.mentorId, id] as const));

describe('matching › assignCohort (properties)', () => {
  it('never exceeds a mentor’s free places and never breaks a hard filter', () => {
    fc.assert(
      fc.property(menteesArb(25), mentorsArb(12), (mentees, mentors) => {
        const result = assignCohort(mentees, mentors, W);
        const byId = new Map(mentors.map((m) => [m.id, m]));
        const menteeById = new Map(mentees.map((e) => [e.id, e]));
        const load = new Map<string, number>();
        for (const [mentorId, menteeId] of pairsOf(result)) {
          const mentor = lookup(byId, mentorId);
          const mentee = lookup(menteeById, menteeId);
          expect(availability(mentor, mentee)).toEqual({ available: true });
          expect(mentor.consent && mentee.consent).toBe(true);
          expect(isSamePerson(mentor, mentee)).toBe(false);
          load.set(mentorId, (load.get(mentorId) ?? 0) + 1);
        }
        for (const [mentorId, taken] of load)
          expect(taken).toBeLessThanOrEqual(freePlaces(lookup(byId, mentorId)));
      }),
    );
  });

  it('lists every mentee exactly once: in a proposal or among the unmatched with a reason', () => {
    fc.assert(
      fc.property(menteesArb(20), mentorsArb(10), (mentees, mentors) => {
        const result = assignCohort(mentees, mentors, W);
        const proposed = pairsOf(result).map(([, id]) => id);
        const unmatched = result.unmatched.map((u) => u.menteeId);
        expect([...proposed, ...unmatched].sort()).toEqual(mentees.map((e) => e.id).sort());
        for (const u of result.unmatched) expect(u.reasons.length).toBeGreaterThan(0);
        for (const p of result.proposals) expect(p.kind === 'группа').toBe(p.menteeIds.length > 1);
      }),
    );
  });

  it('is never worse than first-come-first-served by best score', () => {
    fc.assert(
      fc.property(menteesArb(20), mentorsArb(10), (mentees, mentors) => {
        const g = greedy(mentees, mentors, W);
        const coverage = outcome(assignCohort(mentees, mentors, W));
        expect(coverage.count).toBeGreaterThanOrEqual(g.count);
        if (coverage.count === g.count) expect(coverage.tenths).toBeGreaterThanOrEqual(g.tenths);
        const score = outcome(assignCohort(mentees, mentors, W, { objective: 'score' }));
        expect(score.tenths).toBeGreaterThanOrEqual(g.tenths);
      }),
    );
  });

  it('equals brute force on small cohorts, for both objectives, any weights and a minimum score', () => {
    fc.assert(
      fc.property(
        menteesArb(6),
        mentorsArb(4),
        fc.oneof(fc.constant(W), weightsArb),
        fc.constantFrom(0, 10, 25, 40, 55),
        (mentees, mentors, weights, minScore) => {
          for (const objective of ['coverage', 'score'] as const) {
            const result = assignCohort(mentees, mentors, weights, { objective, minScore });
            expect(outcome(result)).toEqual(bruteForce(mentees, mentors, weights, objective, minScore));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('coverage never matches fewer than the score objective, which never scores less in total', () => {
    fc.assert(
      fc.property(menteesArb(15), mentorsArb(8), weightsArb, (mentees, mentors, weights) => {
        const coverage = outcome(assignCohort(mentees, mentors, weights));
        const score = outcome(assignCohort(mentees, mentors, weights, { objective: 'score' }));
        expect(coverage.count).toBeGreaterThanOrEqual(score.count);
        expect(score.tenths).toBeGreaterThanOrEqual(coverage.tenths);
      }),
    );
  });

  it('groups only mentees of one mentor whose requests are identical or share enough directions', () => {
    fc.assert(
      fc.property(
        menteesArb(20, 3),
        mentorsArb(6, 3),
        fc.integer({ min: 1, max: 3 }),
        (mentees, mentors, minShared) => {
          const result = assignCohort(mentees, mentors, W, { groupMinSharedRequests: minShared });
          const requests = new Map(mentees.map((e) => [e.id, [...e.requests].sort()]));
          for (const group of result.proposals.filter((p) => p.kind === 'группа')) {
            const lists = group.menteeIds.map((id) => requests.get(id) ?? []);
            const common = lists.reduce((acc, list) => acc.filter((d) => list.includes(d)));
            const identical =
              lists.every((list) => list.join('|') === lists[0].join('|')) && lists[0].length > 0;
            expect(identical || common.length >= minShared).toBe(true);
          }
        },
      ),
    );
  });

  it('is deterministic: the same cohort in any order gets the same proposals', () => {
    fc.assert(
      fc.property(
        menteesArb(15),
        mentorsArb(8),
        fc.array(fc.integer(), { minLength: 1, maxLength: 20 }),
        (mentees, mentors, keys) => {
          const result = assignCohort(mentees, mentors, W);
          expect(assignCohort(mentees, mentors, W)).toEqual(result);
          expect(assignCohort(shuffled(mentees, keys), shuffled(mentors, [...keys].reverse()), W)).toEqual(
            result,
          );
        },
      ),
    );
  });
});
