import type { AuthMode } from '../emulator/core/runtime';
import type { ScriptedAnswer } from '../emulator/spreadsheet/ui-record';
import type { WorkspaceSnapshot } from '../emulator/workspace';
import { editCell } from './cell-edit';
import { durationMs } from './duration';
import { advanceClock, uiOf } from './emulator-adapter';
import {
  fireTrigger,
  openLink,
  submitForm,
  type FormSubmission,
  type LinkSubmission,
} from './forms-and-triggers';
import type { Outcome } from './outcome';
import { ScriptHost } from './script-host';
import type { CompiledScript } from '../emulator/script-loader';

/** One step of a scenario; exactly one of the keys below, plus an optional `note` for the reader. */
export type Step = StepOptions &
  (
    | { open: true; authMode?: AuthMode }
    | { menu: string }
    | { call: string; args?: unknown[]; as?: 'menu' | 'sidebar' | 'trigger' }
    | { answer: ScriptedAnswer[] }
    | { advanceClock: string | number }
    | { submitForm: FormSubmission }
    | { openLink: LinkSubmission }
    | { edit: { sheet: string; cell: string; text: string } }
    | { fireTrigger: string | { handler: string; event?: Record<string, unknown> } }
  );

/** What any step may add: a note for the reader, and whether it is meant to fail (with this text in the error). */
export interface StepOptions {
  note?: string;
  expectError?: boolean | string;
}

/** A scenario file: where to start, then the steps in order. */
export interface Scenario {
  /** "empty" (a new workbook), "demo" (the demo kindergarten) or the path of a snapshot to load. */
  start?: string;
  steps: Step[];
}

/** What became of one step. */
export interface StepResult {
  step: number;
  do: Step;
  ok: boolean;
  result?: unknown;
  error?: string;
  /** False when the step failed without `expectError`, or did not fail (or failed otherwise) with it. */
  asExpected: boolean;
}

/** Loads a start state: the caller resolves "demo" and snapshot paths to a Workspace snapshot. */
export type StartLoader = (start: string) => WorkspaceSnapshot | undefined;

/**
 * Runs a scenario on a fresh host, exactly as Apps Script would run each step, and returns the host (for the
 * snapshot) and each step's outcome. A failing step is recorded and the run goes on with the next one.
 */
export function runScenario(
  compiled: CompiledScript,
  scenario: Scenario,
  loadStart: StartLoader,
): { host: ScriptHost; steps: StepResult[] } {
  const host = new ScriptHost(compiled, loadStart(scenario.start ?? 'empty'));
  const steps: StepResult[] = [];
  scenario.steps.forEach((step, i) => {
    const outcome = runStep(host, step, steps);
    const result: StepResult = { step: i + 1, do: step, ok: outcome.ok, asExpected: true };
    if (outcome.ok) result.result = outcome.value;
    else result.error = 'question' in outcome ? unanswered(outcome.question.prompt) : outcome.error.message;
    result.asExpected = asExpected(step, result);
    steps.push(result);
  });
  return { host, steps };
}

/** An argument that stands for a field of an earlier step's result, e.g. the ID of a job that step started. */
interface EarlierResult {
  resultOf: number;
  field?: string;
}

/**
 * A call's arguments `{ "resultOf": 14, "field": "id" }` replaced by that field of step 14's result, also inside
 * an argument object; so is an opened link's `url`. A field may be a dotted path: `"links.2.url"`.
 */
function withEarlierResults(step: Step, done: readonly StepResult[]): Step {
  const resolve = (arg: unknown): unknown => {
    if (Array.isArray(arg)) return arg.map(resolve);
    if (!arg || typeof arg !== 'object') return arg;
    if (!('resultOf' in arg)) {
      return Object.fromEntries(Object.entries(arg).map(([key, value]) => [key, resolve(value)]));
    }
    const { resultOf, field } = arg as EarlierResult;
    const earlier = done.find((s) => s.step === resultOf);
    if (!earlier?.ok)
      throw new Error(`Шаг ${resultOf}, на результат которого ссылается "resultOf", не выполнен`);
    const value = earlier.result as Record<string, unknown> | null;
    if (field === undefined) return value;
    if (field in (value ?? {})) return value?.[field];
    return field
      .split('.')
      .reduce<unknown>((at, key) => (at as Record<string, unknown> | null)?.[key], value);
  };
  if ('openLink' in step) {
    return { ...step, openLink: { ...step.openLink, url: resolve(step.openLink.url) as string } };
  }
  if (!('call' in step) || !step.args) return step;
  return { ...step, args: step.args.map(resolve) };
}

/** Runs one step on the host; `done` are the steps before it, whose results a call's arguments may name. */
export function runStep(host: ScriptHost, given: Step, done: readonly StepResult[] = []): Outcome {
  try {
    const step = withEarlierResults(given, done);
    if ('open' in step) return host.open(step.authMode ?? 'LIMITED');
    if ('menu' in step) {
      const fn = host.menuFunction(step.menu);
      if (!fn) return failure(`В меню нет пункта «${step.menu}» (сначала нужен шаг { "open": true })`);
      return host.runWith(fn, [], 'menu');
    }
    if ('call' in step) {
      const args = step.args ?? [];
      if (step.as === 'sidebar') return host.invoke(step.call, args);
      return host.runWith(step.call, args, step.as === 'trigger' ? 'trigger' : 'menu');
    }
    if ('answer' in step) {
      const ui = uiOf(host.ws);
      if (!ui) return failure('В эмуляторе нет интерфейса таблицы, отвечать некому');
      ui.scriptAnswers(step.answer);
      return { ok: true, value: null };
    }
    if ('advanceClock' in step) {
      advanceClock(host.ws, durationMs(step.advanceClock));
      return { ok: true, value: new Date(host.ws.rt.now).toISOString() };
    }
    if ('submitForm' in step) return { ok: true, value: submitForm(host.ws, step.submitForm) };
    if ('openLink' in step) return { ok: true, value: openLink(host.ws, step.openLink) };
    if ('edit' in step) {
      const { row, column } = cellAddress(step.edit.cell);
      return editCell(host, { sheet: step.edit.sheet, row, column, text: step.edit.text });
    }
    if ('fireTrigger' in step) {
      const spec = typeof step.fireTrigger === 'string' ? { handler: step.fireTrigger } : step.fireTrigger;
      return fireTrigger(host, spec.handler, spec.event ?? {});
    }
    return failure(`Непонятный шаг: ${JSON.stringify(step)}`);
  } catch (thrown) {
    return failure(thrown instanceof Error ? thrown.message : String(thrown));
  }
}

/** Row and column of an A1 address such as «B12». */
function cellAddress(a1: string): { row: number; column: number } {
  const match = /^([A-Z]+)([1-9]\d*)$/.exec(a1.trim().toUpperCase());
  if (!match) throw new Error(`Не понимаю адрес ячейки «${a1}»: нужно, например, "B2"`);
  const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), column };
}

function asExpected(step: Step, result: StepResult): boolean {
  if (!step.expectError) return result.ok;
  if (result.ok) return false;
  return typeof step.expectError !== 'string' || (result.error ?? '').includes(step.expectError);
}

function failure(message: string): Outcome {
  return { ok: false, error: { name: 'Error', message } };
}

function unanswered(prompt: string): string {
  return (
    `Сценарий не ответил на вопрос «${prompt}»: добавьте перед этим шагом ` +
    '{ "answer": [...] } с кнопкой (OK, CANCEL, YES, NO или CLOSE; для prompt — { "button": "OK", "text": "…" })'
  );
}
