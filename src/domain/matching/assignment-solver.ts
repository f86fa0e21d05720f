/**
 * An exact solver of the assignment problem with column capacities (successive shortest paths with
 * potentials, i.e. the Hungarian method where a column may take several rows): the engine under assignCohort.
 * Dense, on typed arrays; integer costs keep every potential exact.
 */

// Jest runs modules in a vm context where each read of a global (Math, Infinity) goes through an interceptor
// and costs ~1 µs; hot loops therefore use this module-level constant and plain comparisons instead.
const INF = Infinity;

/** Dijkstra's relaxation of every edge out of row r (a plain function, so V8 optimises it once and well). */
function relax(
  r: number,
  cols: number,
  cost: Float64Array,
  rowDist: Float64Array,
  rowPot: Float64Array,
  colPot: Float64Array,
  colDist: Float64Array,
  cameFrom: Int32Array,
  settled: Uint8Array,
): void {
  const base = r * cols;
  const d = rowDist[r] + rowPot[r];
  for (let c = 0; c < cols; c++) {
    if (settled[c] === 1) continue;
    const nd = d + cost[base + c] - colPot[c];
    if (nd < colDist[c]) {
      colDist[c] = nd;
      cameFrom[c] = r;
    }
  }
}

/**
 * Assigns every row to one column, at most `capacity[j]` rows to column j, minimising the total cost.
 * `cost` is row-major rows × cols; `Infinity` forbids a pair. Every row needs a permitted column with room
 * (callers add a "nobody" column). Ties go to the lowest column index met first, so the result is
 * deterministic. Returns the column of each row.
 */
export function solveCapacitatedAssignment(
  rows: number,
  cols: number,
  capacity: Int32Array,
  cost: Float64Array,
): Int32Array {
  if (cost.length !== rows * cols || capacity.length !== cols)
    throw new Error('solveAssignment: wrong sizes');
  const colOfRow = new Int32Array(rows).fill(-1);
  const members: number[][] = Array.from({ length: cols }, () => []); // rows assigned to each column
  // Potentials: reduced cost cost[r][c] + rowPot[r] - colPot[c] stays ≥ 0 on every residual edge; the sink's is 0.
  const rowPot = new Float64Array(rows);
  const colPot = new Float64Array(cols);
  const colDist = new Float64Array(cols);
  const rowDist = new Float64Array(rows);
  const cameFrom = new Int32Array(cols); // the row through which a column was reached
  const settled = new Uint8Array(cols);
  const visitedRows: number[] = [];
  const settledCols: number[] = [];

  for (let start = 0; start < rows; start++) {
    let pot = -INF;
    for (let c = 0; c < cols; c++) {
      const p = colPot[c] - cost[start * cols + c];
      if (p > pot) pot = p;
    }
    if (pot === -INF) throw new Error(`solveAssignment: row ${start} has no permitted column`);
    rowPot[start] = pot;
    colDist.fill(INF);
    settled.fill(0);
    visitedRows.length = 0;
    settledCols.length = 0;
    rowDist[start] = 0;
    visitedRows.push(start);
    relax(start, cols, cost, rowDist, rowPot, colPot, colDist, cameFrom, settled);
    let sinkDist = INF;
    let end = -1;
    for (;;) {
      let next = -1;
      let best = INF;
      for (let c = 0; c < cols; c++) {
        if (settled[c] === 0 && colDist[c] < best) {
          best = colDist[c];
          next = c;
        }
      }
      if (sinkDist <= best) break;
      if (next < 0) throw new Error(`solveAssignment: no room left for row ${start}`);
      settled[next] = 1;
      settledCols.push(next);
      if (members[next].length < capacity[next]) {
        const viaSink = best + colPot[next];
        if (viaSink < sinkDist) {
          sinkDist = viaSink;
          end = next;
        }
      }
      for (const r of members[next]) {
        rowDist[r] = best - cost[r * cols + next] + colPot[next] - rowPot[r];
        visitedRows.push(r);
        relax(r, cols, cost, rowDist, rowPot, colPot, colDist, cameFrom, settled);
      }
    }
    for (const c of settledCols) if (colDist[c] < sinkDist) colPot[c] += colDist[c] - sinkDist;
    for (const r of visitedRows) if (rowDist[r] < sinkDist) rowPot[r] += rowDist[r] - sinkDist;
    // Walk the path back: each row on it moves to the column it reached, freeing its old one for the previous.
    for (let c = end; ;) {
      const r = cameFrom[c];
      const old = colOfRow[r];
      members[c].push(r);
      colOfRow[r] = c;
      if (old < 0) break;
      members[old].splice(members[old].indexOf(r), 1);
      c = old;
    }
  }
  return colOfRow;
}
