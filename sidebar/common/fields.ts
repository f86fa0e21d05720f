/**
 * Form fields for the sidebars: a label, a control and an inline Russian message under it. Each field knows its
 * own cheap checks (required, number, date) mirroring the server's zod rules; the server still has the last word.
 */
import { el, replaceChildren, type Child } from './dom';

/** A field of a sidebar form. */
export interface Field<T> {
  /** The label, control and message, to put in the form. */
  readonly root: HTMLElement;
  /** The person-facing name, as the sheet's column header. */
  readonly label: string;
  get(): T;
  set(value: T | undefined): void;
  /** Shows a message under the field ('' hides it). */
  error(message: string): void;
  /** Runs the field's checks, shows the message and returns it ('' when the value is fine). */
  validate(): string;
}

/** What every field takes. `check` adds a rule of the caller's: return a message, or '' when fine. */
export interface FieldOptions<T> {
  readonly label: string;
  /** Used as the control's id and name (tests find fields by it). */
  readonly name: string;
  readonly required?: boolean;
  /** A short grey note under the label. */
  readonly hint?: string;
  readonly check?: (value: T) => string;
}

const REQUIRED = 'Обязательное поле';

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Wires label, control and message together and builds the Field. */
function makeField<T>(
  opts: FieldOptions<T>,
  control: HTMLElement,
  io: { get(): T; set(value: T | undefined): void; problem?(): string },
  inline = false,
): Field<T> {
  const message = el('div', { class: 'field-error', id: `${opts.name}-error`, role: 'alert' });
  message.hidden = true;
  const labelText: Child[] = [opts.label, opts.required ? el('span', { class: 'req' }, ' *') : null];
  // A group of checkboxes is not labelable: its caption names it through aria-labelledby instead.
  const group = control.getAttribute('role') === 'group';
  const label = inline
    ? el('label', { class: 'inline' }, control, ' ', ...labelText)
    : group
      ? el('div', { class: 'label', id: `${opts.name}-label` }, ...labelText)
      : el('label', { for: opts.name }, ...labelText);
  if (group) control.setAttribute('aria-labelledby', `${opts.name}-label`);
  const root = el(
    'div',
    { class: 'field' },
    label,
    opts.hint ? el('div', { class: 'hint' }, opts.hint) : null,
    inline ? null : control,
    message,
  );
  const error = (text: string): void => {
    message.textContent = text;
    message.hidden = !text;
    root.classList.toggle('invalid', Boolean(text));
  };
  const validate = (): string => {
    const value = io.get();
    const text =
      io.problem?.() ||
      (opts.required && isEmpty(value) ? REQUIRED : '') ||
      (!isEmpty(value) && opts.check ? opts.check(value) : '');
    error(text);
    return text;
  };
  control.addEventListener('change', () => {
    if (root.classList.contains('invalid')) validate();
  });
  return { root, label: opts.label, get: io.get, set: io.set, error, validate };
}

/** A choice's value and the text a person reads (a plain string is both). */
export type Option = string | { readonly value: string; readonly label: string };

function option(o: Option): { value: string; label: string } {
  return typeof o === 'string' ? { value: o, label: o } : o;
}

/**
 * One line of text; `type` email/tel only changes the keyboard, checks stay the caller's. `suggestions` offers
 * values to pick while still allowing any text (a datalist).
 */
export function textField(
  opts: FieldOptions<string> & {
    type?: 'text' | 'email' | 'tel';
    placeholder?: string;
    suggestions?: readonly string[];
  },
): Field<string> {
  const input = el('input', {
    id: opts.name,
    name: opts.name,
    type: opts.type ?? 'text',
    placeholder: opts.placeholder,
    list: opts.suggestions ? `${opts.name}-list` : undefined,
  });
  const control = opts.suggestions
    ? el(
        'div',
        {},
        input,
        el(
          'datalist',
          { id: `${opts.name}-list` },
          ...opts.suggestions.map((s) => el('option', { value: s })),
        ),
      )
    : input;
  return makeField(opts, control, {
    get: () => input.value.trim(),
    set: (v) => (input.value = v ?? ''),
  });
}

/** Several lines of text. */
export function textareaField(opts: FieldOptions<string> & { rows?: number }): Field<string> {
  const area = el('textarea', { id: opts.name, name: opts.name, rows: opts.rows ?? 3 });
  return makeField(opts, area, { get: () => area.value.trim(), set: (v) => (area.value = v ?? '') });
}

/** A number (comma or point as decimal separator); undefined when empty. */
export function numberField(
  opts: FieldOptions<number | undefined> & { min?: number; integer?: boolean },
): Field<number | undefined> {
  const input = el('input', { id: opts.name, name: opts.name, type: 'text', inputmode: 'decimal' });
  const text = () => input.value.trim().replace(',', '.');
  const get = (): number | undefined => (text() === '' ? undefined : Number(text()));
  const problem = (): string => {
    if (text() === '') return '';
    const n = Number(text());
    if (!Number.isFinite(n)) return 'Введите число, например 5 или 0,5';
    if (opts.integer && !Number.isInteger(n)) return 'Введите целое число';
    if (opts.min !== undefined && n < opts.min) return `Не меньше ${opts.min}`;
    return '';
  };
  return makeField(opts, input, {
    get,
    set: (v) => (input.value = v === undefined ? '' : String(v).replace('.', ',')),
    problem,
  });
}

/** A calendar date as 'YYYY-MM-DD' ('' when empty): what the server's date fields take. */
export function dateField(opts: FieldOptions<string>): Field<string> {
  const input = el('input', { id: opts.name, name: opts.name, type: 'date' });
  return makeField(opts, input, {
    get: () => input.value,
    set: (v) => (input.value = v ?? ''),
    problem: () => (input.validity.badInput ? 'Введите дату полностью' : ''),
  });
}

/** A choice from a list; `empty` is the text of the blank first option (omit it to force a choice). */
export function selectField(
  opts: FieldOptions<string> & {
    options: readonly Option[];
    empty?: string;
  },
): Field<string> & { setOptions(options: readonly Option[]): void } {
  const select = el('select', { id: opts.name, name: opts.name });
  const setOptions = (options: readonly Option[]): void => {
    const keep = select.value;
    replaceChildren(
      select,
      opts.empty !== undefined ? el('option', { value: '' }, opts.empty) : null,
      ...options.map((o) => el('option', { value: option(o).value }, option(o).label)),
    );
    select.value = keep;
  };
  setOptions(opts.options);
  const field = makeField(opts, select, {
    get: () => select.value,
    set: (v) => (select.value = v ?? ''),
  });
  return { ...field, setOptions };
}

/** One checkbox with its label to the right. */
export function checkField(opts: FieldOptions<boolean>): Field<boolean> {
  const box = el('input', { id: opts.name, name: opts.name, type: 'checkbox' });
  return makeField(opts, box, { get: () => box.checked, set: (v) => (box.checked = v === true) }, true);
}

/** Several checkboxes (e.g. the eight DIRECTIONS); the value is the ticked options in list order. */
export function checkboxGroup(
  opts: FieldOptions<string[]> & { options: readonly Option[] },
): Field<string[]> {
  const boxes = opts.options.map((o, i) =>
    el('input', { type: 'checkbox', name: opts.name, id: `${opts.name}-${i}`, value: option(o).value }),
  );
  const group = el(
    'div',
    { class: 'checks', id: opts.name, role: 'group' },
    ...boxes.map((box, i) => el('label', { class: 'inline' }, box, ' ', option(opts.options[i]).label)),
  );
  return makeField(opts, group, {
    get: () => boxes.filter((b) => b.checked).map((b) => b.value),
    set: (v) => boxes.forEach((b) => (b.checked = (v ?? []).includes(b.value))),
  });
}

/** Validates every field; focuses the first wrong one. True when all are fine. */
export function validateAll(fields: readonly Field<unknown>[]): boolean {
  const wrong = fields.filter((f) => f.validate() !== '');
  wrong[0]?.root.querySelector<HTMLElement>('input, select, textarea')?.focus();
  return wrong.length === 0;
}

/**
 * Marks the fields a server message names («Фамилия»: …), so the person sees where to look; the message itself
 * goes to the status line. Answers whether any field was marked.
 */
export function markNamedFields(message: string, fields: readonly Field<unknown>[]): boolean {
  const named = fields.filter((f) => message.includes(`«${f.label}»`));
  named.forEach((f) => f.error('Проверьте это поле: см. сообщение ниже'));
  return named.length > 0;
}
