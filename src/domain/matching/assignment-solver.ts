/**
 * An exact solver of the rectangular assignment problem (Hungarian method with potentials, O(rows² · cols)):
 * the engine under assignCohort. Pure arithmetic on typed arrays; integer costs keep it exact.
 */

/**
 * Assigns each of `rows` rows to a distinct column out of `cols` (rows ≤ cols) minimising the total cost.
 * `cost` is row-major, rows × cols. Returns the column of each row. Ties are resolved by the lowest column
 * index the search meets first, so the same matrix always yields the same assignment.
 */
export function solveAssignment(rows: number, cols: number, cost: Float64Array): Int32Array {
  if (rows > cols) throw new Error(`solveAssignment: ${rows} rows but only ${cols} columns`);
  if (cost.length !== rows * cols) throw new Error('solveAssignment: cost matrix has the wrong size');
  const u = new Float64Array(rows + 1);
  const v = new Float64Array(cols + 1);
  const rowOfCol = new Int32Array(cols + 1); // 1-based row assigned to column j; 0 = none
  const way = new Int32Array(cols + 1);
  const minv = new Float64Array(cols + 1);
  const used = new Uint8Array(cols + 1);
  for (let i = 1; i <= rows; i++) {
    rowOfCol[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = rowOfCol[j0];
      const base = (i0 - 1) * cols - 1;
      const ui0 = u[i0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= cols; j++) {
        if (used[j] === 0) {
          const reduced = cost[base + j] - ui0 - v[j];
          if (reduced < minv[j]) {
            minv[j] = reduced;
            way[j] = j0;
          }
          if (minv[j] < delta) {
            delta = minv[j];
            j1 = j;
          }
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j] === 1) {
          u[rowOfCol[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (rowOfCol[j0] !== 0);
    do {
      const j1 = way[j0];
      rowOfCol[j0] = rowOfCol[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const colOfRow = new Int32Array(rows);
  for (let j = 1; j <= cols; j++) if (rowOfCol[j] !== 0) colOfRow[rowOfCol[j] - 1] = j - 1;
  return colOfRow;
}
