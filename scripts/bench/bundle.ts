/**
 * The budgets that do not depend on a workbook: the production bundle's size and cold load, each sidebar's size,
 * and cohort matching of 500 mentees × 300 mentors (the domain part, as test/bench/matching.bench.test.ts times it).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { Workspace } from '../../emulator/workspace';
import { assignCohort, DEFAULT_MATCH_WEIGHTS } from '../../src/domain/matching';
import { syntheticCohort } from '../../test/bench/matching-cohort';
import { LIMITS, type Budget } from './budgets';

/** Compiles Code.js and runs its top level in a fresh context with the services as globals: milliseconds. */
export function coldLoadOnce(dist: string): number {
  const code = readFileSync(path.join(dist, 'Code.js'), 'utf8');
  const ws = new Workspace();
  const context = vm.createContext({ console, Date: ws.platform.Date, ...ws.globals() });
  const start = performance.now();
  new vm.Script(code, { filename: 'Code.js' }).runInContext(context);
  return performance.now() - start;
}

/**
 * The cold load as Apps Script pays it on every execution: measured in new node processes (`cli` run with
 * `--cold-load DIR`), since a process that compiled the script once keeps V8's code cache; the median of `runs`.
 */
export function coldLoadMs(cli: string, dist: string, runs = 5): number {
  const times = Array.from({ length: runs }, () =>
    Number(execFileSync(process.execPath, [cli, '--cold-load', dist], { encoding: 'utf8' }).trim()),
  ).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

/** The domain's cohort matching of 500 × 300, the best of three runs. */
export function cohortMatchingMs(): number {
  const { mentees, mentors } = syntheticCohort(20261121, 500, 300);
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    assignCohort(mentees, mentors, DEFAULT_MATCH_WEIGHTS);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Size, cold load and sidebars of the production build in `dist`, and cohort matching. */
export function staticBudgets(dist: string, cli: string): Budget[] {
  const code = statSync(path.join(dist, 'Code.js')).size;
  const load = coldLoadMs(cli, dist);
  const budgets: Budget[] = [
    {
      name: 'dist/Code.js < 250 KB minified (node build.mjs --production)',
      value: code,
      limit: LIMITS.bundleBytes,
      pass: code < LIMITS.bundleBytes,
      unit: 'bytes',
    },
    {
      name: 'cold load of dist/Code.js < 50 ms (compile and top level, median of 5 fresh processes)',
      value: Math.round(load),
      limit: LIMITS.coldLoadMs,
      pass: load < LIMITS.coldLoadMs,
      unit: 'ms',
    },
  ];
  for (const file of readdirSync(dist)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const size = statSync(path.join(dist, file)).size;
    budgets.push({
      name: `sidebar dist/${file} < 100 KB`,
      value: size,
      limit: LIMITS.sidebarBytes,
      pass: size < LIMITS.sidebarBytes,
      unit: 'bytes',
    });
  }
  const matching = cohortMatchingMs();
  budgets.push({
    name: 'cohort matching 500 × 300 < 2 s (assignCohort, best of 3)',
    value: Math.round(matching),
    limit: LIMITS.cohortMatchingMs,
    pass: matching < LIMITS.cohortMatchingMs,
    unit: 'ms',
  });
  return budgets;
}
