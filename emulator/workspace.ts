import type { ServiceModule } from './core/module';
import { Runtime, type ExecutionOptions } from './core/runtime';
import { DocsModule } from './docs';
import { FormsModule } from './forms';
import { HtmlModule } from './html';
import { PlatformModule } from './platform';
import { SpreadsheetModule } from './spreadsheet';

/** A top-level function of the loaded script, callable by name as Apps Script calls menu items and triggers. */
export type ScriptFunction = (...args: unknown[]) => unknown;

export interface WorkspaceSnapshot {
  version: 1;
  now: string;
  spreadsheet: unknown;
  docs: unknown;
  forms: unknown;
  html: unknown;
  platform: unknown;
}

/**
 * The in-memory Google Workspace: every emulated service, one runtime (clock, executions, call counter,
 * faults), and the script whose top-level functions menus, triggers and sidebars call by name.
 */
export class Workspace {
  readonly rt = new Runtime();
  readonly spreadsheet: SpreadsheetModule;
  readonly docs: DocsModule;
  readonly forms: FormsModule;
  readonly html: HtmlModule;
  readonly platform: PlatformModule;
  private script: Record<string, ScriptFunction> = {};

  constructor() {
    this.spreadsheet = new SpreadsheetModule(this);
    this.docs = new DocsModule(this);
    this.forms = new FormsModule(this);
    this.html = new HtmlModule(this);
    this.platform = new PlatformModule(this);
  }

  private modules(): Record<Exclude<keyof WorkspaceSnapshot, 'version' | 'now'>, ServiceModule> {
    return {
      spreadsheet: this.spreadsheet,
      docs: this.docs,
      forms: this.forms,
      html: this.html,
      platform: this.platform,
    };
  }

  /** Every global Apps Script provides, as one object (for a vm context or for `install`). */
  globals(): Record<string, unknown> {
    return Object.assign({}, ...Object.values(this.modules()).map((m) => m.globals()));
  }

  /**
   * Puts the globals on `target` (jest's global by default), with `Date` on the emulator's clock as the script's
   * realm has it, so `new Date()` in src/gas reads `ws.rt.now`; returns a function that puts the previous ones back.
   */
  install(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): () => void {
    const globals: Record<string, unknown> = { ...this.globals(), Date: this.platform.Date };
    const previous = Object.entries(globals).map(([key, value]) => {
      const slot = slotOf(target, key);
      const before = slot.value;
      slot.value = value;
      return [slot, before] as const;
    });
    return () => {
      for (const [slot, before] of previous) slot.value = before;
    };
  }

  /** The script Apps Script would run: its top-level functions by name. */
  loadScript(functions: Record<string, unknown>): void {
    this.script = {};
    for (const [name, fn] of Object.entries(functions)) {
      if (typeof fn === 'function') this.script[name] = fn as ScriptFunction;
    }
  }

  /** The loaded script's function of that name, or undefined. */
  scriptFunction(name: string): ScriptFunction | undefined {
    return Object.prototype.hasOwnProperty.call(this.script, name) ? this.script[name] : undefined;
  }

  /** Names of the loaded script's top-level functions, e.g. for the google.script.run client shim. */
  scriptFunctionNames(): string[] {
    return Object.keys(this.script).sort();
  }

  /** Runs `fn` as one execution: sets kind, auth mode and user, and does the platform's end-of-run work. */
  run<T>(fn: () => T, options: ExecutionOptions = {}): T {
    this.rt.begin(options);
    try {
      return fn();
    } finally {
      this.rt.end();
    }
  }

  /** Calls a top-level function of the loaded script by name, as one execution. */
  call(name: string, args: unknown[] = [], options: ExecutionOptions = {}): unknown {
    const fn = this.scriptFunction(name);
    if (!fn) throw new Error(`Script function not found: ${name}`);
    return this.run(() => fn(...args), options);
  }

  /** The whole Workspace as plain JSON: what the playground saves and scenario runs print. */
  snapshot(): WorkspaceSnapshot {
    const parts = Object.fromEntries(Object.entries(this.modules()).map(([k, m]) => [k, m.snapshot()]));
    return JSON.parse(
      JSON.stringify({ version: 1, now: new Date(this.rt.now).toISOString(), ...parts }),
    ) as WorkspaceSnapshot;
  }

  /** A new Workspace holding a snapshot's state. */
  static restore(snapshot: WorkspaceSnapshot): Workspace {
    const ws = new Workspace();
    ws.rt.now = Date.parse(snapshot.now);
    for (const [key, module] of Object.entries(ws.modules())) {
      module.restore(snapshot[key as keyof typeof snapshot] as never);
    }
    return ws;
  }
}

/**
 * Jest keeps every value ever set on its global until the test file ends (its GlobalProxy's «leftovers»), so a
 * Workspace installed and uninstalled a hundred times in one file stayed in memory a hundred times (gigabytes).
 * Each global is therefore an accessor, defined once per target and key, that reads a slot install() and its undo
 * change: jest sees one definition, and an uninstalled Workspace is free to go.
 */
const slots = new WeakMap<object, Map<string, { value: unknown }>>();

function slotOf(target: Record<string, unknown>, key: string): { value: unknown } {
  let byKey = slots.get(target);
  if (!byKey) slots.set(target, (byKey = new Map()));
  let slot = byKey.get(key);
  if (slot) return slot;
  const own = Object.getOwnPropertyDescriptor(target, key);
  const found: { value: unknown } = { value: own ? (own.get ? own.get.call(target) : own.value) : undefined };
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: own?.enumerable ?? true,
    get: () => found.value,
    set: (value: unknown) => {
      found.value = value;
    },
  });
  byKey.set(key, (slot = found));
  return slot;
}
