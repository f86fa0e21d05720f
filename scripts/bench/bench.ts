/** Builds both workbooks and runs every action on each: the table the budgets are judged on. */
import type { Workspace } from '../../emulator/workspace';
import { ACTIONS, type Action } from './actions';
import { measure, type Measured, type Memo } from './measure';
import { buildDirectly, buildThroughEndpoints, type WorkbookSize } from './workbook';

/** One action on both workbooks. */
export interface ActionResult {
  name: string;
  tags: Action['tags'];
  school: Measured;
  large: Measured;
}

export interface BenchOptions {
  school: WorkbookSize;
  large: WorkbookSize;
  /** The folder with Code.js and the sidebars (dist/ unless said). */
  dist?: string;
  /** Progress lines (stderr in the command, nothing in tests). */
  log?: (line: string) => void;
}

/** Runs every action in order on one workbook, each after the ones before it. */
export function runActions(ws: Workspace, size: WorkbookSize): Measured[] {
  const memo: Memo = {};
  return ACTIONS.map((action) => measure(ws, action.steps(size), memo));
}

export function runBench(options: BenchOptions): ActionResult[] {
  const log = options.log ?? (() => undefined);
  const timed = <T>(what: string, fn: () => T): T => {
    const start = performance.now();
    const value = fn();
    log(`${what}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
    return value;
  };
  const schoolWs = timed('school built through the endpoints', () =>
    buildThroughEndpoints(options.school, options.dist),
  );
  const school = timed('actions on school', () => runActions(schoolWs, options.school));
  const largeWs = timed('large set up, its rows written in one batch per table', () =>
    buildDirectly(options.large, options.dist),
  );
  const large = timed('actions on large', () => runActions(largeWs, options.large));
  return ACTIONS.map((action, i) => ({
    name: action.name,
    tags: action.tags,
    school: school[i],
    large: large[i],
  }));
}
