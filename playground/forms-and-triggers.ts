import type { FormModel } from '../test/emulator/forms/model';
import type { Workspace } from '../test/emulator/workspace';
import { platformState } from './emulator-adapter';
import type { Outcome } from './outcome';
import type { ScriptHost } from './script-host';

/** A respondent's answers to a form: the form by title, file name or id; answers by question title. */
export interface FormSubmission {
  form: string;
  answers: Record<string, string | string[]>;
  /** The respondent's email, for forms that collect it. */
  email?: string;
}

/** Every form of the emulated Drive. */
export function formsOf(ws: Workspace): FormModel[] {
  const state = ws.forms.snapshot() as { forms?: FormModel[] } | null;
  return state?.forms ?? [];
}

/** The form a reference names (id, published id, title or file name), or null. */
export function findForm(ws: Workspace, ref: string): FormModel | null {
  return (
    formsOf(ws).find((f) => f.id === ref || f.publishedId === ref) ??
    formsOf(ws).find((f) => f.title === ref || f.fileName === ref) ??
    null
  );
}

type RespondentSubmit = (formId: string, answers: Record<string, unknown>, email?: string) => unknown;

/**
 * Submits answers as a respondent filling the form in a browser: through the forms module, which stores the
 * response, writes the destination sheet and fires the form-submit triggers (a script's own submit would not).
 */
export function submitForm(ws: Workspace, submission: FormSubmission): unknown {
  const form = findForm(ws, submission.form);
  if (!form) throw new Error(`Нет формы «${submission.form}»`);
  const titles = new Set(form.items.map((i) => i.title));
  const unknown = Object.keys(submission.answers).filter((t) => !titles.has(t));
  if (unknown.length) throw new Error(`В форме «${form.title}» нет вопросов: ${unknown.join('; ')}`);
  const module = ws.forms as unknown as Record<string, unknown>;
  for (const name of ['submitAsRespondent', 'respond', 'submitResponse']) {
    const fn = module[name];
    if (typeof fn === 'function')
      return (fn as RespondentSubmit).call(module, form.id, submission.answers, submission.email);
  }
  throw new Error('Эмулятор форм пока не умеет принимать ответы респондентов');
}

/**
 * Fires an installed trigger of this handler as the platform would: an installable-trigger execution in FULL,
 * with the event object given (plus authMode and triggerUid). Errors come back as the step's error.
 */
export function fireTrigger(host: ScriptHost, handler: string, event: Record<string, unknown>): Outcome {
  const triggers = (platformState(host.ws).triggers ?? []) as Array<{ uid: string; handler: string }>;
  const trigger = triggers.find((t) => t.handler === handler);
  if (!trigger) {
    return { ok: false, error: { name: 'Error', message: `Триггер для функции ${handler} не установлен` } };
  }
  return host.runWith(handler, [{ authMode: 'FULL', triggerUid: trigger.uid, ...event }], 'trigger');
}
