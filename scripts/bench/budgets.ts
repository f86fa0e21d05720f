/**
 * The budgets of issue 15, judged on the measured actions and the built bundle. Each is
 * `{ name, value, limit, pass }`; the deterministic ones (calls, reads per sheet) are also asserted by
 * test/bench/budgets.bench.test.ts.
 */
import type { ActionResult } from './bench';

export interface Budget {
  name: string;
  value: number;
  limit: number;
  pass: boolean;
  /** What the value counts, for the printed table. */
  unit: string;
  /** A word on why it fails (the method or sheet behind it), when it does. */
  detail?: string;
}

export const LIMITS = {
  interactiveMs: 30_000,
  hotMs: 5_000,
  chunkMs: 60_000,
  readsPerSheet: 1,
  sidebarAnswerBytes: 150 * 1024,
  runsPerSidebarOpen: 1,
  bundleBytes: 250 * 1024,
  coldLoadMs: 50,
  sidebarBytes: 100 * 1024,
  cohortMatchingMs: 2_000,
} as const;

/** The methods whose counts differ between the workbooks, as «Range.getValues 4 → 6». */
export function growth(result: ActionResult): string {
  const { school, large } = result;
  const methods = new Set([...Object.keys(school.methods), ...Object.keys(large.methods)]);
  return [...methods]
    .filter((m) => (school.methods[m] ?? 0) !== (large.methods[m] ?? 0))
    .map((m) => `${m} ${school.methods[m] ?? 0} → ${large.methods[m] ?? 0}`)
    .join(', ');
}

/** Calls on large = calls on school, and each sheet read once: what `npm test` asserts too. */
export function callBudgets(results: readonly ActionResult[]): Budget[] {
  const budgets: Budget[] = [];
  for (const r of results) {
    const failed = r.school.error ?? r.large.error;
    const grew = growth(r);
    budgets.push({
      name: `calls on large = calls on school: ${r.name}`,
      value: r.large.calls,
      limit: r.school.calls,
      pass: !failed && grew === '',
      unit: 'calls',
      detail: failed ? `error: ${failed}` : grew || undefined,
    });
  }
  for (const r of results) {
    const worst = r.large.maxSheetReads >= r.school.maxSheetReads ? r.large : r.school;
    budgets.push({
      name: `each sheet read at most once: ${r.name}`,
      value: worst.maxSheetReads,
      limit: LIMITS.readsPerSheet,
      pass: worst.maxSheetReads <= LIMITS.readsPerSheet,
      unit: 'reads',
      detail:
        worst.maxSheetReads > LIMITS.readsPerSheet
          ? Object.entries(worst.sheetReads)
              .filter(([, n]) => n > 1)
              .map(([sheet, n]) => `«${sheet}» ${n}×`)
              .join(', ')
          : undefined,
    });
  }
  return budgets;
}

/** Modelled time, answer sizes and google.script.run calls per sidebar open, on large. */
export function timeBudgets(results: readonly ActionResult[]): Budget[] {
  const budgets: Budget[] = [];
  const ms = (name: string, r: ActionResult, limit: number) =>
    budgets.push({
      name: `${name}: ${r.name}`,
      value: Math.round(r.large.modelledMs),
      limit,
      pass: !r.large.error && r.large.modelledMs <= limit,
      unit: 'ms',
      detail: r.large.error ? `error: ${r.large.error}` : undefined,
    });
  for (const r of results) {
    if (r.tags.includes('interactive')) ms('≤ 30 s modelled on large', r, LIMITS.interactiveMs);
    if (r.tags.includes('hot')) ms('hot ≤ 5 s modelled on large', r, LIMITS.hotMs);
    if (r.tags.includes('chunk')) ms('a chunk of a batch ≤ 60 s modelled on large', r, LIMITS.chunkMs);
  }
  for (const r of results.filter((x) => x.tags.includes('sidebar'))) {
    budgets.push({
      name: `sidebar answer ≤ 150 KB on large: ${r.name}`,
      value: r.large.answerBytes,
      limit: LIMITS.sidebarAnswerBytes,
      pass: r.large.answerBytes <= LIMITS.sidebarAnswerBytes,
      unit: 'bytes',
    });
    budgets.push({
      name: `one google.script.run per sidebar open: ${r.name}`,
      value: r.large.runs,
      limit: LIMITS.runsPerSidebarOpen,
      pass: r.large.runs <= LIMITS.runsPerSidebarOpen,
      unit: 'calls',
    });
  }
  return budgets;
}
