import fc from 'fast-check';
import { solveCapacitatedAssignment } from '../../../src/domain/matching/assignment-solver';

/** The cheapest total over every assignment that respects the capacities, by exhaustive search. */
function cheapest(rows: number, cols: number, capacity: Int32Array, cost: Float64Array): number {
  const left = Array.from(capacity);
  let best = Infinity;
  const visit = (r: number, total: number) => {
    if (r === rows) {
      best = Math.min(best, total);
      return;
    }
    for (let c = 0; c < cols; c++) {
      if (left[c] === 0 || cost[r * cols + c] === Infinity) continue;
      left[c]--;
      visit(r + 1, total + cost[r * cols + c]);
      left[c]++;
    }
  };
  visit(0, 0);
  return best;
}

/** Problems shaped like assignCohort's: some forbidden pairs, and a last «nobody» column open to every row. */
const problems = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 4 }))
  .chain(([rows, mentors]) =>
    fc.record({
      rows: fc.constant(rows),
      cols: fc.constant(mentors + 1),
      capacity: fc
        .array(fc.integer({ min: 1, max: 3 }), { minLength: mentors, maxLength: mentors })
        .map((caps) => Int32Array.from([...caps, rows])),
      cost: fc
        .array(fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.constant(Infinity)), {
          minLength: rows * mentors,
          maxLength: rows * mentors,
        })
        .chain((values) =>
          fc.array(fc.integer({ min: -50, max: 50 }), { minLength: rows, maxLength: rows }).map((nobody) =>
            Float64Array.from({ length: rows * (mentors + 1) }, (_, k) => {
              const r = Math.floor(k / (mentors + 1));
              const c = k % (mentors + 1);
              return c === mentors ? nobody[r] : values[r * mentors + c];
            }),
          ),
        ),
    }),
  );

describe('matching › solveCapacitatedAssignment', () => {
  it('finds the cheapest assignment within capacities, the same as exhaustive search', () => {
    fc.assert(
      fc.property(problems, ({ rows, cols, capacity, cost }) => {
        const colOfRow = Array.from(solveCapacitatedAssignment(rows, cols, capacity, cost));
        for (let c = 0; c < cols; c++) {
          expect(colOfRow.filter((x) => x === c).length).toBeLessThanOrEqual(capacity[c]);
        }
        const total = colOfRow.reduce((s, c, r) => s + cost[r * cols + c], 0);
        expect(total).toBe(cheapest(rows, cols, capacity, cost));
      }),
      { numRuns: 1000 },
    );
  });

  it('puts two rows into a column of capacity 2 when that is cheapest', () => {
    const cost = Float64Array.from([1, 5, 9, 2, 6, 9, 3, 4, 9]);
    expect(Array.from(solveCapacitatedAssignment(3, 3, Int32Array.from([2, 1, 3]), cost))).toEqual([0, 0, 1]);
  });

  it('refuses a row that has nowhere to go', () => {
    expect(() =>
      solveCapacitatedAssignment(1, 1, Int32Array.from([1]), Float64Array.from([Infinity])),
    ).toThrow('row 0 has no permitted column');
  });
});
