/**
 * Runs one user action (one or more executions: a menu click, the sidebar's google.script.run calls) on a
 * Workspace and measures it: service calls by method, cells read and written, value reads per sheet, the add-on's
 * own CPU time (the execution's time minus the time spent inside the emulated services), the answer's size, and
 * the time Apps Script would take by the latency table (./latency.ts).
 */
import type { Workspace } from '../../emulator/workspace';
import { modelledMs, type CallCost } from './latency';

/** One execution of an action. */
export type Step =
  /** A menu item's function, as Apps Script calls it on a click. */
  | { menu: string; answers?: unknown[] }
  /** A google.script.run call from a sidebar; `args` may be worked out from what earlier steps answered. */
  | { run: string; args?: unknown[] | ((memo: Memo) => unknown[]); keep?: string }
  /** A trigger: onOpen as a simple trigger, a time-driven one. */
  | { trigger: string; kind: 'simple-trigger' | 'time-trigger' };

/** Answers kept by earlier steps under their `keep` name (a job's ID, the programme the sidebar showed). */
export type Memo = Record<string, unknown>;

export interface Measured {
  /** Executions, and how many of them were google.script.run calls. */
  executions: number;
  runs: number;
  calls: number;
  services: Record<string, number>;
  methods: Record<string, number>;
  cellsRead: number;
  cellsWritten: number;
  /** The most value reads of one sheet in one execution, and that sheet. */
  maxSheetReads: number;
  mostReadSheet: string;
  /** Value reads per sheet, the most of any one execution. */
  sheetReads: Record<string, number>;
  /** The add-on's own time (its JavaScript, outside the services), and the emulator's. */
  cpuMs: number;
  emulatorMs: number;
  /** The largest answer of a google.script.run call, as JSON in UTF-8. */
  answerBytes: number;
  modelledMs: number;
  /** The Russian message or error that stopped the action, if any. */
  error?: string;
}

/** Time spent inside service calls, measured around the runtime's outermost calls (emulator/core/runtime.ts). */
export interface ServiceClock {
  spentMs(): number;
}

/** Starts measuring the time spent in the Workspace's services; patches the runtime instance, not the class. */
export function serviceClock(ws: Workspace): ServiceClock {
  const rt = ws.rt as unknown as {
    _enter(service: string, className: string, method: string): boolean;
    _exit(outermost: boolean): void;
  };
  const enter = rt._enter.bind(rt);
  const exit = rt._exit.bind(rt);
  let started = 0;
  let spent = 0;
  rt._enter = (service, className, method) => {
    const outermost = enter(service, className, method);
    if (outermost) started = performance.now();
    return outermost;
  };
  rt._exit = (outermost) => {
    exit(outermost);
    if (outermost) spent += performance.now() - started;
  };
  return { spentMs: () => spent };
}

const clocks = new WeakMap<Workspace, ServiceClock>();

function clockOf(ws: Workspace): ServiceClock {
  let clock = clocks.get(ws);
  if (!clock) {
    clock = serviceClock(ws);
    clocks.set(ws, clock);
  }
  return clock;
}

/** What one execution did. */
interface ExecutionCost extends CallCost {
  services: Record<string, number>;
  sheetReads: Record<string, number>;
  cpuMs: number;
  emulatorMs: number;
  answerBytes: number;
}

/** Runs one step as one execution; what it cost, and the message that stopped it if one did. */
function runStep(ws: Workspace, step: Step, memo: Memo): { cost: ExecutionCost; error?: string } {
  ws.rt.counter.reset();
  ws.spreadsheet.cells.reset();
  const clock = clockOf(ws);
  const before = clock.spentMs();
  const start = performance.now();
  let answerBytes = 0;
  let error: string | undefined;
  try {
    if ('menu' in step) {
      if (step.answers) ws.spreadsheet.ui.scriptAnswers(step.answers as never);
      ws.call(step.menu, [], { kind: 'menu' });
    } else if ('trigger' in step) {
      ws.call(step.trigger, [], { kind: step.kind });
    } else {
      const args = typeof step.args === 'function' ? step.args(memo) : (step.args ?? []);
      const result = ws.html.invoke(step.run, args);
      if (!result.ok) throw new Error(result.error.message);
      answerBytes = Buffer.byteLength(JSON.stringify(result.value) ?? '', 'utf8');
      if (step.keep) memo[step.keep] = result.value;
    }
  } catch (thrown) {
    error = thrown instanceof Error ? thrown.message : String(thrown);
  }
  const wall = performance.now() - start;
  const emulatorMs = clock.spentMs() - before;
  const cells = ws.spreadsheet.cells;
  const sheets = cells.sheets();
  const cost: ExecutionCost = {
    methods: ws.rt.counter.methods(),
    services: ws.rt.counter.services(),
    cellsRead: cells.totals().cellsRead,
    cellsWritten: cells.totals().cellsWritten,
    sheetReads: Object.fromEntries(
      Object.entries(sheets)
        .filter(([, c]) => c.valueReads > 0)
        .map(([name, c]) => [name, c.valueReads]),
    ),
    cpuMs: Math.max(0, wall - emulatorMs),
    emulatorMs,
    answerBytes,
  };
  return { cost, error };
}

const add = (a: Record<string, number>, b: Record<string, number>) => {
  for (const [k, v] of Object.entries(b)) a[k] = (a[k] ?? 0) + v;
};

/** Runs the steps in order as separate executions and sums what they cost; an error stops the action. */
export function measure(ws: Workspace, steps: readonly Step[], memo: Memo = {}): Measured {
  const m: Measured = {
    executions: 0,
    runs: 0,
    calls: 0,
    services: {},
    methods: {},
    cellsRead: 0,
    cellsWritten: 0,
    maxSheetReads: 0,
    mostReadSheet: '',
    sheetReads: {},
    cpuMs: 0,
    emulatorMs: 0,
    answerBytes: 0,
    modelledMs: 0,
  };
  for (const step of steps) {
    const { cost, error } = runStep(ws, step, memo);
    if (error) m.error = `${'run' in step ? step.run : 'menu' in step ? step.menu : step.trigger}: ${error}`;
    m.executions++;
    if ('run' in step) m.runs++;
    add(m.services, cost.services);
    add(m.methods, cost.methods);
    m.cellsRead += cost.cellsRead;
    m.cellsWritten += cost.cellsWritten;
    for (const [sheet, reads] of Object.entries(cost.sheetReads)) {
      m.sheetReads[sheet] = Math.max(m.sheetReads[sheet] ?? 0, reads);
      if (reads > m.maxSheetReads) {
        m.maxSheetReads = reads;
        m.mostReadSheet = sheet;
      }
    }
    m.cpuMs += cost.cpuMs;
    m.emulatorMs += cost.emulatorMs;
    m.answerBytes = Math.max(m.answerBytes, cost.answerBytes);
    m.modelledMs += modelledMs(cost);
    if (m.error) break;
  }
  m.calls = Object.values(m.services).reduce((s, n) => s + n, 0);
  m.methods = Object.fromEntries(Object.entries(m.methods).sort(([a], [b]) => a.localeCompare(b)));
  return m;
}
