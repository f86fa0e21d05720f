import type { AuthMode, ExecutionKind } from '../emulator/core/runtime';
import type { ScriptedAnswer } from '../emulator/spreadsheet/ui-record';
import { Workspace, type WorkspaceSnapshot } from '../emulator/workspace';
import { nameWorkbook, uiOf } from './emulator-adapter';
import { findMenuFunction, menusOf } from './menus';
import { errorOf, unansweredQuestion, type Outcome } from './outcome';
import { loadScript, type CompiledScript } from '../emulator/script-loader';

/** The name the bound workbook gets when the playground creates it. */
export const WORKBOOK_NAME = 'Реестр наставничества';

/**
 * "The Apps Script server" of the playground: a Workspace with the built add-on loaded into it, and the ways a
 * person starts executions — opening the file, clicking a menu item, a sidebar's google.script.run, a trigger.
 */
export class ScriptHost {
  ws!: Workspace;
  functions: string[] = [];

  constructor(
    private readonly compiled: CompiledScript,
    snapshot?: WorkspaceSnapshot,
  ) {
    this.reload(snapshot);
  }

  /** Replaces the Workspace (a new one, or one restored from a snapshot) and loads the add-on into it. */
  reload(snapshot?: WorkspaceSnapshot): void {
    this.ws = snapshot ? Workspace.restore(snapshot) : new Workspace();
    this.functions = loadScript(this.ws, this.compiled);
    if (!snapshot) nameWorkbook(this.ws, WORKBOOK_NAME);
  }

  /** Whether the add-on has a top-level function of this name. */
  has(name: string): boolean {
    return this.functions.includes(name);
  }

  /** Opens the workbook: the menus of the last session go away and onOpen runs as a simple trigger. */
  open(authMode: AuthMode = 'LIMITED'): Outcome {
    uiOf(this.ws).menus = [];
    if (!this.has('onOpen')) return { ok: true, value: null };
    return this.execute(() => this.ws.call('onOpen', [{ authMode }], { kind: 'simple-trigger', authMode }));
  }

  /** The function behind a menu caption (the menu's title may be given first: «Наставничество › О программе»). */
  menuFunction(caption: string): string | null {
    return findMenuFunction(menusOf(this.ws), caption);
  }

  /**
   * Runs a menu handler as a FULL 'menu' execution with these answers queued for its alerts and prompts. When it
   * asks a question nobody answered yet, the execution stops there, as Apps Script's does when nobody answers:
   * what it wrote before the question stays, and the question comes back (title and buttons from the pending
   * question) for the caller to ask the person. To go on, the caller puts the Workspace back as it was before the
   * click and runs the handler again with one answer more (PlaygroundSession does).
   */
  runMenu(functionName: string, answers: ScriptedAnswer[] = []): Outcome {
    return this.runWith(functionName, [], 'menu', answers);
  }

  /** A google.script.run call that may ask the person (Ui.alert works from a sidebar's call too): as runMenu. */
  invokeAsking(functionName: string, args: unknown[], answers: ScriptedAnswer[]): Outcome {
    if (answers.length) uiOf(this.ws).scriptAnswers(answers);
    return this.invoke(functionName, args);
  }

  /** Runs a function as a menu item or an installable trigger would, answers queued; errors come back as data. */
  runWith(
    functionName: string,
    args: unknown[],
    as: 'menu' | 'trigger',
    answers: ScriptedAnswer[] = [],
  ): Outcome {
    if (answers.length) uiOf(this.ws).scriptAnswers(answers);
    const kind = as === 'menu' ? 'menu' : 'installable-trigger';
    return this.execute(() => this.ws.call(functionName, args, { kind, authMode: 'FULL' }));
  }

  /** Runs a function as one execution of that kind and auth mode (a simple trigger, say); errors come back as data. */
  runAs(functionName: string, args: unknown[], kind: ExecutionKind, authMode: AuthMode): Outcome {
    return this.execute(() => this.ws.call(functionName, args, { kind, authMode }));
  }

  /** A sidebar's google.script.run call, under the platform's rules for what may cross the wire. */
  invoke(functionName: string, args: unknown[]): Outcome {
    const result = this.ws.html.invoke(functionName, args);
    const question = result.ok ? null : unansweredQuestion(result.error, uiOf(this.ws).pendingQuestion);
    return question ? { ok: false, question } : result;
  }

  private execute(run: () => unknown): Outcome {
    try {
      return { ok: true, value: jsonSafe(run()) };
    } catch (thrown) {
      const error = errorOf(thrown);
      const question = unansweredQuestion(error, uiOf(this.ws).pendingQuestion);
      return question ? { ok: false, question } : { ok: false, error };
    }
  }
}

/** A handler's return value as JSON (menu handlers rarely return anything; Dates become ISO strings). */
function jsonSafe(value: unknown): unknown {
  if (value === undefined) return null;
  try {
    return JSON.parse(JSON.stringify(value)) as unknown;
  } catch {
    return String(value);
  }
}
