import fc from 'fast-check';
import { solveAssignment } from '../../../src/domain/matching/assignment-solver';

/** The cheapest total over every injective choice of columns, by exhaustive search. */
function cheapest(rows: number, cols: number, cost: Float64Array): number {
  const used = new Array<boolean>(cols).fill(false);
  let best = Infinity;
  const visit = (r: number, total: number) => {
    if (r === rows) {
      best = Math.min(best, total);
      return;
    }
    for (let c = 0; c < cols; c++) {
      if (used[c]) continue;
      used[c] = true;
      visit(r + 1, total + cost[r * cols + c]);
      used[c] = false;
    }
  };
  visit(0, 0);
  return best;
}

const matrices = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 3 }))
  .chain(([rows, extra]) =>
    fc
      .array(fc.integer({ min: -1000, max: 1000 }), {
        minLength: rows * (rows + extra),
        maxLength: rows * (rows + extra),
      })
      .map((values) => ({ rows, cols: rows + extra, cost: Float64Array.from(values) })),
  );

describe('matching › solveAssignment (Hungarian method)', () => {
  it('finds the cheapest assignment, the same as exhaustive search', () => {
    fc.assert(
      fc.property(matrices, ({ rows, cols, cost }) => {
        const colOfRow = solveAssignment(rows, cols, cost);
        expect(new Set(colOfRow).size).toBe(rows);
        const total = Array.from(colOfRow).reduce((s, c, r) => s + cost[r * cols + c], 0);
        expect(total).toBe(cheapest(rows, cols, cost));
      }),
      { numRuns: 500 },
    );
  });

  it('assigns the only sensible way on a tiny example', () => {
    const cost = Float64Array.from([4, 1, 3, 2, 0, 5, 3, 2, 2]);
    expect(Array.from(solveAssignment(3, 3, cost))).toEqual([1, 0, 2]);
  });

  it('refuses more rows than columns', () => {
    expect(() => solveAssignment(2, 1, new Float64Array(2))).toThrow('2 rows but only 1 columns');
  });
});
