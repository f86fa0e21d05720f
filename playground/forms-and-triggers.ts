import type { FormModel } from '../emulator/forms/model';
import type { Workspace } from '../emulator/workspace';
import type { Outcome } from './outcome';
import type { ScriptHost } from './script-host';

/** A respondent's answers to a form: the form by title, file name or id; answers by question title. */
export interface FormSubmission {
  form: string;
  answers: Record<string, unknown>;
  /** The respondent's email, for forms that collect it. */
  email?: string;
}

/** Every form of the emulated Drive. */
export function formsOf(ws: Workspace): FormModel[] {
  return ws.forms.snapshot().forms;
}

/** The form a reference names (id, published id, title or file name), or null. */
export function findForm(ws: Workspace, ref: string): FormModel | null {
  return (
    formsOf(ws).find((f) => f.id === ref || f.publishedId === ref) ??
    formsOf(ws).find((f) => f.title === ref || f.fileName === ref) ??
    null
  );
}

/**
 * Submits answers as a respondent filling the form in a browser: through the forms module, which stores the
 * response, writes the destination sheet and fires the form-submit triggers (a script's own submit would not).
 */
export function submitForm(ws: Workspace, submission: FormSubmission): string {
  const form = findForm(ws, submission.form);
  if (!form) throw new Error(`Нет формы «${submission.form}»`);
  const titles = new Set(form.items.map((i) => i.title));
  const unknown = Object.keys(submission.answers).filter((t) => !titles.has(t));
  if (unknown.length) throw new Error(`В форме «${form.title}» нет вопросов: ${unknown.join('; ')}`);
  const missing = form.items.filter((i) => i.required && isBlank(submission.answers[i.title]));
  if (missing.length) {
    throw new Error(`Ответьте на обязательные вопросы: ${missing.map((i) => `«${i.title}»`).join(', ')}`);
  }
  return ws.forms.submitAsRespondent(form.id, submission.answers, { email: submission.email });
}

/**
 * A respondent opens a pre-filled link (a questionnaire's personal link), answers and sends: the link's own
 * answers (its code) stay unless `answers` changes them, as a person may. `duplicate` and `blankDuplicate`
 * deliver the form-submit event twice, or with a blank copy, as the platform sometimes does.
 */
export interface LinkSubmission {
  url: string;
  answers?: Record<string, unknown>;
  duplicate?: boolean;
  blankDuplicate?: boolean;
}

export function openLink(ws: Workspace, submission: LinkSubmission): string {
  if (typeof submission.url !== 'string' || !submission.url) throw new Error('Нет ссылки: укажите "url"');
  return ws.forms.submitPrefilled(submission.url, submission.answers ?? {}, {
    duplicate: submission.duplicate,
    blankDuplicate: submission.blankDuplicate,
  });
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/**
 * Fires an installed trigger of this handler as the platform would: an installable-trigger execution in FULL,
 * with the event object given (plus authMode and triggerUid). Errors come back as the step's error.
 */
export function fireTrigger(host: ScriptHost, handler: string, event: Record<string, unknown>): Outcome {
  const trigger = host.ws.platform.triggers.find((t) => t.handler === handler);
  if (!trigger) {
    return { ok: false, error: { name: 'Error', message: `Триггер для функции ${handler} не установлен` } };
  }
  return host.runWith(handler, [{ authMode: 'FULL', triggerUid: trigger.uid, ...event }], 'trigger');
}
