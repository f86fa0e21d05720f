import fc from 'fast-check';
import { DEFAULT_MATCH_WEIGHTS as W, rankMentors, scorePair } from '../../../src/domain/matching';
import { menteesArb, mentorsArb, shuffled, weightsArb } from './arbitraries';

const oneMentee = menteesArb(1)
  .filter((list) => list.length === 1)
  .map(([mentee]) => mentee);

describe('matching › scorePair and rankMentors (properties)', () => {
  it('always scores between 0 and 100 with one decimal, and explains every score', () => {
    fc.assert(
      fc.property(oneMentee, mentorsArb(3), weightsArb, (mentee, mentors, weights) => {
        for (const mentor of mentors) {
          const { score, reasons } = scorePair(mentor, mentee, weights);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
          expect(Math.round(score * 10)).toBeCloseTo(score * 10, 9);
          expect(reasons.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('lists available mentors first, by score from highest, and never drops anyone', () => {
    fc.assert(
      fc.property(oneMentee, mentorsArb(10), weightsArb, (mentee, mentors, weights) => {
        const ranking = rankMentors(mentee, mentors, weights);
        expect(ranking.map((r) => r.mentorId).sort()).toEqual(mentors.map((m) => m.id).sort());
        for (let k = 1; k < ranking.length; k++) {
          const [a, b] = [ranking[k - 1], ranking[k]];
          if (a.available === b.available) expect(a.score).toBeGreaterThanOrEqual(b.score);
          else expect(a.available).toBe(true);
        }
        for (const r of ranking) expect(r.available).toBe(r.unavailableReasons.length === 0);
      }),
    );
  });

  it('ranks the same whatever the order of the mentor bank', () => {
    fc.assert(
      fc.property(
        oneMentee,
        mentorsArb(10),
        fc.array(fc.integer(), { minLength: 1 }),
        (mentee, mentors, keys) => {
          expect(rankMentors(mentee, shuffled(mentors, keys), W)).toEqual(rankMentors(mentee, mentors, W));
        },
      ),
    );
  });
});
