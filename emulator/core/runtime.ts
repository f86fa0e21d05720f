import { CallCounter } from './counter';

/** `ScriptApp.AuthMode` values (docs/apps-script-platform.md §2.1). */
export type AuthMode = 'NONE' | 'LIMITED' | 'CUSTOM_FUNCTION' | 'FULL';

/** What started an execution; decides the auth mode and whether a UI exists (§2.1, §1.11, §2.4). */
export type ExecutionKind =
  | 'simple-trigger' // onOpen / onInstall / onEdit
  | 'menu' // a menu item clicked
  | 'sidebar' // google.script.run from a sidebar or dialog
  | 'installable-trigger' // form submit, edit, open
  | 'time-trigger' // time-driven: no UI
  | 'test'; // a test calling code directly: FULL, with UI

/** What a call needs from the auth mode (§2.1 table). */
export type Capability = 'document' | 'properties' | 'ui' | 'dialogs' | 'user-data' | 'urlfetch' | 'services';

export interface ExecutionOptions {
  kind?: ExecutionKind;
  authMode?: AuthMode;
  /** Email of the person running it; '' models the cases where Apps Script hides it (§6.7). */
  activeUser?: string;
}

/** The error the platform raises at the 6-minute limit (§0, the message is localised in real life). */
export const EXECUTION_TIME_LIMIT_MESSAGE = 'Exceeded maximum execution time';

/** What a nested execution sets aside of its caller's and gives back when it ends. */
interface OuterState {
  kind: ExecutionKind;
  authMode: AuthMode;
  activeUser: string;
  killed: boolean;
  killRule: KillRule | null;
  interleave: { occurrence: number; seen: number; other: () => void } | null;
  depth: number;
}

interface KillRule {
  /** `Class.method` whose call triggers the kill; any call when absent. */
  method?: string;
  /** The n-th matching call (1-based) in the execution is the one that never returns. */
  occurrence: number;
  seen: number;
}

/**
 * The state of "the Apps Script server" around the services: the clock, the current execution (kind, auth
 * mode, user), the call counter and the faults to inject. One per Workspace.
 */
export class Runtime {
  readonly counter = new CallCounter();
  /** Milliseconds since the epoch; tests move it with `advance`. */
  now: number = Date.UTC(2025, 8, 1, 7, 0, 0);
  kind: ExecutionKind = 'test';
  authMode: AuthMode = 'FULL';
  activeUser = 'curator@school.example';
  readonly scriptTimeZone: string = 'Europe/Moscow';

  private depth = 0;
  private killRule: KillRule | null = null;
  private interleave: { occurrence: number; seen: number; other: () => void } | null = null;
  private killed = false;
  private readonly endHooks: Array<() => void> = [];
  /** Executions running now, innermost last: a nested one (an interleaved action) ends before its caller. */
  private readonly running: Array<{ id: number; outer: OuterState }> = [];
  private nextExecution = 1;

  /** The running execution's number (documents it opened are closed when it ends), or 0 outside any. */
  get execution(): number {
    return this.running[this.running.length - 1]?.id ?? 0;
  }

  /** Moves the clock forward, e.g. to let a cache entry expire or a time-driven trigger come due. */
  advance(ms: number): void {
    this.now += ms;
  }

  date(): Date {
    return new Date(this.now);
  }

  /** Services register work the platform does when an execution ends (release locks, save documents). */
  onExecutionEnd(hook: () => void): void {
    this.endHooks.push(hook);
  }

  /**
   * Makes the current or next execution die at a chosen call, as the 6-minute limit does: that call throws
   * `Exceeded maximum execution time`, and so does every later call in the same execution.
   */
  killAt(rule: { method?: string; occurrence?: number } = {}): void {
    this.killRule = { method: rule.method, occurrence: rule.occurrence ?? 1, seen: 0 };
  }

  /**
   * Two executions at once (two curators, a sidebar and a trigger): at the current or next execution's n-th
   * service call (1-based), before that call is made, `other` runs — typically `ws.run(...)` of another action,
   * wrapped in `ws.platform.locks._nested` so it is a different execution that sees this one's locks as taken.
   * Apps Script runs executions in parallel; the emulator runs one to the end inside the other's pause.
   */
  interleaveAt(occurrence: number, other: () => void): void {
    this.interleave = { occurrence, seen: 0, other };
  }

  get isKilled(): boolean {
    return this.killed;
  }

  begin(options: ExecutionOptions = {}): void {
    const outer: OuterState = {
      kind: this.kind,
      authMode: this.authMode,
      activeUser: this.activeUser,
      killed: this.killed,
      killRule: this.killRule,
      interleave: this.interleave,
      depth: this.depth,
    };
    this.running.push({ id: this.nextExecution++, outer });
    if (this.running.length > 1) {
      // A nested execution does not inherit the caller's injected faults; the caller gets them back after.
      this.killRule = null;
      this.interleave = null;
    }
    this.kind = options.kind ?? 'test';
    this.authMode = options.authMode ?? defaultAuthMode(this.kind);
    if (options.activeUser !== undefined) this.activeUser = options.activeUser;
    this.killed = false;
    this.depth = 0;
  }

  end(): void {
    for (const hook of this.endHooks) hook();
    const ended = this.running.pop();
    if (ended && this.running.length > 0) {
      // Back in the caller's execution, as it was before the nested one began.
      Object.assign(this, ended.outer);
      return;
    }
    this.killed = false;
    this.killRule = null;
    this.interleave = null;
    this.depth = 0;
    this.kind = 'test';
    this.authMode = 'FULL';
  }

  /** Whether this execution has a spreadsheet UI to talk to (§1.11: not in time-driven runs). */
  get hasUi(): boolean {
    return this.kind !== 'time-trigger' && this.kind !== 'installable-trigger';
  }

  /**
   * Throws the platform's refusal when the auth mode does not allow a capability (§2.1 table).
   * [UNVERIFIED wording] The live text of the refusal was not found; this one names the method and the mode.
   */
  require(capability: Capability, what: string): void {
    if (allowed(this.authMode, capability)) return;
    throw new Error(
      `You do not have permission to call ${what} in AuthMode.${this.authMode}. ` +
        'Required permissions are not granted in this context.',
    );
  }

  /**
   * Runs emulator code that uses other emulated services (a form writing its destination sheet, a trigger
   * being fired) without counting those calls or checking faults: they are the platform's work, not the script's.
   */
  internal<T>(fn: () => T): T {
    this.depth++;
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }

  /** @internal Called by GasObject around every public call; returns whether this call is the outermost. */
  _enter(service: string, className: string, method: string): boolean {
    const outermost = this.depth === 0;
    this.depth++;
    if (!outermost) return false;
    if (this.killed) {
      this.depth--;
      throw new Error(EXECUTION_TIME_LIMIT_MESSAGE);
    }
    this.counter.record(service, className, method);
    if (this.interleave && ++this.interleave.seen >= this.interleave.occurrence) this.runInterleaved();
    const rule = this.killRule;
    if (
      rule &&
      (!rule.method || rule.method === `${className}.${method}`) &&
      ++rule.seen >= rule.occurrence
    ) {
      this.killed = true;
      this.killRule = null;
      this.depth--;
      throw new Error(EXECUTION_TIME_LIMIT_MESSAGE);
    }
    return true;
  }

  /** Runs the other execution inside this one's pause, then puts this one's state back as it was. */
  private runInterleaved(): void {
    const { other } = this.interleave as { other: () => void };
    this.interleave = null;
    const saved = {
      kind: this.kind,
      authMode: this.authMode,
      activeUser: this.activeUser,
      depth: this.depth,
      killRule: this.killRule,
      killed: this.killed,
    };
    this.depth = 0;
    this.killRule = null;
    try {
      other();
    } finally {
      Object.assign(this, saved);
    }
  }

  /** @internal */
  _exit(_outermost: boolean): void {
    this.depth--;
  }
}

function defaultAuthMode(kind: ExecutionKind): AuthMode {
  return kind === 'simple-trigger' ? 'LIMITED' : 'FULL';
}

function allowed(mode: AuthMode, capability: Capability): boolean {
  switch (mode) {
    case 'FULL':
      return true;
    case 'NONE':
      return capability === 'ui';
    case 'LIMITED':
      return capability === 'document' || capability === 'properties' || capability === 'ui';
    case 'CUSTOM_FUNCTION':
      return capability === 'document' || capability === 'properties' || capability === 'urlfetch';
  }
}
