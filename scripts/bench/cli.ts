/**
 * `npm run bench [-- --json] [-- --scale 0.1]`: scripts/bench/run.mjs builds the add-on for production and this
 * file with esbuild, then calls `main`. Prints per action (school and large) the service calls with the top
 * methods, cells read and written, the add-on's CPU time, the answer's size and the modelled time, then every
 * budget marked PASS or FAIL. `--scale` shrinks the large workbook for a quick run (the budgets stay the same).
 */
import { NOT_YET } from './actions';
import { runBench, type ActionResult } from './bench';
import { callBudgets, timeBudgets, type Budget } from './budgets';
import { coldLoadOnce, staticBudgets } from './bundle';
import { callKinds, LATENCY } from './latency';
import type { Measured } from './measure';
import { LARGE, SCHOOL, scaled } from './workbook';

interface Options {
  json: boolean;
  scale: number;
}

function parse(args: readonly string[]): Options {
  const at = args.indexOf('--scale');
  const scale = at >= 0 ? Number(args[at + 1]) : 1;
  if (!(scale > 0 && scale <= 1)) throw new Error('--scale takes a number in (0, 1], e.g. --scale 0.1');
  return { json: args.includes('--json'), scale };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The few methods called most, as «Range.getValues 12». */
function topMethods(m: Measured, count = 4): string {
  return Object.entries(m.methods)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([method, n]) => `${method} ${n}`)
    .join(', ');
}

function row(label: string, m: Measured): string {
  const kinds = callKinds(m.methods);
  const services = Object.entries(m.services)
    .map(([service, n]) => `${service} ${n}`)
    .join(', ');
  return [
    `  ${label.padEnd(6)} ${String(m.calls).padStart(5)} calls (${kinds.read} reads, ${kinds.write} writes, ` +
      `${kinds.other} other; ${services})`,
    `         top: ${topMethods(m)}`,
    `         cells read ${m.cellsRead.toLocaleString('en')}, written ${m.cellsWritten.toLocaleString('en')}; ` +
      `CPU ${m.cpuMs.toFixed(0)} ms (emulator ${m.emulatorMs.toFixed(0)} ms); answer ${kb(m.answerBytes)}; ` +
      `modelled ${s(m.modelledMs)}` +
      (m.error ? `\n         ERROR ${m.error}` : ''),
  ].join('\n');
}

function printActions(results: readonly ActionResult[]): void {
  for (const r of results) {
    console.log(r.name);
    console.log(row('school', r.school));
    console.log(row('large', r.large));
  }
}

function printBudgets(budgets: readonly Budget[]): void {
  for (const b of budgets) {
    const value =
      b.unit === 'bytes' ? `${kb(b.value)} / ${kb(b.limit)}` : `${b.value} / ${b.limit} ${b.unit}`;
    console.log(`${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${value}${b.detail ? ` — ${b.detail}` : ''}`);
  }
}

/** Runs the benchmark; `dist` is the production build, `cli` this file compiled (for the cold-load processes). */
export function main(args: readonly string[], dist: string, cli: string): number {
  const cold = args.indexOf('--cold-load');
  if (cold >= 0) {
    process.stdout.write(`${coldLoadOnce(args[cold + 1])}\n`);
    return 0;
  }
  const options = parse(args);
  const large = scaled(LARGE, options.scale);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  log(
    `school: ${JSON.stringify(SCHOOL)}; large: ${JSON.stringify(large)}` +
      (options.scale < 1 ? ` (scaled ${options.scale})` : ''),
  );
  const results = runBench({ school: SCHOOL, large, dist, log });
  const budgets = [...callBudgets(results), ...timeBudgets(results), ...staticBudgets(dist, cli)];
  const leftOut = NOT_YET.map((line) => `left out: ${line}`);
  leftOut.push('left out: report computation < 1 s (the annual report is not in the menu yet)');
  if (options.json) {
    const json = {
      budgets: budgets.map(({ name, value, limit, pass }) => ({ name, value, limit, pass })),
      actions: results,
      workbooks: { school: SCHOOL, large },
      latency: LATENCY,
      leftOut,
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    console.log(
      `Modelled time: a read ${LATENCY.readMs} ms + ${LATENCY.readPerThousandCellsMs} ms per 1,000 cells, ` +
        `a write ${LATENCY.writeMs} ms + ${LATENCY.writePerThousandCellsMs} ms per 1,000 cells, ` +
        `any other call ${LATENCY.otherMs} ms, plus ${LATENCY.cpuFactor}× the add-on's CPU time.\n`,
    );
    printActions(results);
    console.log('');
    printBudgets(budgets);
    for (const line of leftOut) console.log(line);
    const failed = budgets.filter((b) => !b.pass).length;
    console.log(`\n${budgets.length - failed} of ${budgets.length} budgets pass, ${failed} fail.`);
  }
  return 0;
}

// Run as a process of its own (the cold-load measurements): `node cli.cjs --cold-load DIR`.
if (require.main === module) process.exitCode = main(process.argv.slice(2), '', __filename);
