/** The status line under a sidebar's buttons, and the busy state that disables buttons while a call runs. */
import { failureText } from './server';

/** A line that tells the person what happened: working, done, or what went wrong (in Russian). */
export interface StatusLine {
  readonly root: HTMLElement;
  /** «Сохранение…» while a call runs. */
  busy(text: string): void;
  /** A success message. */
  ok(text: string): void;
  /** The server's (UserError) message, or a generic one. */
  fail(error: unknown): void;
  clear(): void;
}

/** What a person reads when a call's answer never came back: the server may have done it, and a retry is safe. */
export const NO_ANSWER_TEXT =
  'Ответ сервера не получен: возможно, пропала связь. Нажмите кнопку ещё раз — сделанное не повторится.';

/** What a person reads when Apps Script stopped the execution part-way. */
export const STOPPED_TEXT =
  'Действие не успело завершиться: Google Таблицы прервали его по времени. Нажмите кнопку ещё раз — уже сделанное не повторится, остальное будет завершено.';

/**
 * The message of a failed google.script.run call as a person should read it: the failure handler's Error carries
 * the server error as `UserError: text` (or `Error: …`, `Exception: …`), so the prefix is dropped; a dropped
 * connection (`NetworkError`, no text of the server's) reads NO_ANSWER_TEXT.
 */
export function errorText(error: unknown): string {
  if (error instanceof Error && (error.name === 'NetworkError' || /^NetworkError\b/.test(error.message)))
    return NO_ANSWER_TEXT;
  // Apps Script stopped the execution (the 6-minute limit): the next click completes what it began.
  if (/Exceeded maximum execution time/.test(failureText(error))) return STOPPED_TEXT;
  return failureText(error).replace(/^(UserError|Error|Exception|TypeError)\s*:\s*/, '');
}

/** Wraps an existing element (role="status") as a status line. */
export function statusLine(root: HTMLElement): StatusLine {
  root.setAttribute('role', 'status');
  root.setAttribute('aria-live', 'polite');
  const show = (text: string, kind: string): void => {
    root.textContent = text;
    root.className = `status ${kind}`;
  };
  return {
    root,
    busy: (text) => show(text, 'muted'),
    ok: (text) => show(text, 'ok'),
    fail: (error) => show(errorText(error), 'error'),
    clear: () => show('', ''),
  };
}

let started = 0;

/** How many calls `runCall` has started so far: a quiet reload (refresh.ts) drops an answer older than one. */
export function callsStarted(): number {
  return started;
}

/**
 * Runs a server call with every button, input and select of `scope` disabled, and the status line saying what
 * happens. Answers the result, or undefined after showing the failure (never throws, never swallows silently).
 */
export async function runCall<T>(
  scope: HTMLElement,
  status: StatusLine,
  work: () => Promise<T>,
  texts: { busy?: string; done?: string | ((result: T) => string) } = {},
): Promise<T | undefined> {
  const controls = Array.from(
    scope.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
      'button, input, select, textarea',
    ),
  ).filter((c) => !c.disabled);
  started += 1;
  controls.forEach((c) => (c.disabled = true));
  scope.setAttribute('aria-busy', 'true');
  status.busy(texts.busy ?? 'Подождите…');
  try {
    const result = await work();
    const done = typeof texts.done === 'function' ? texts.done(result) : texts.done;
    if (done) status.ok(done);
    else status.clear();
    return result;
  } catch (error) {
    status.fail(error);
    return undefined;
  } finally {
    controls.forEach((c) => (c.disabled = false));
    scope.removeAttribute('aria-busy');
  }
}
