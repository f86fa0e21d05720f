/**
 * «Как склонены имена» under the order's preview: each person's name in every case the text used, with «Исправить»
 * per form. The correction is saved on «Склонение ФИО» by the caller, which then shows the preview again.
 */
import './name-forms.css';
import type { NameForm, PersonNameForms } from '../../../src/app/documents/name-corrections';
import { el, replaceChildren } from '../../common/dom';

/** What «Сохранить» sends: a person's name in a case as documents must write it (empty: the add-on's own). */
export interface FormCorrection {
  readonly personId: string;
  readonly case: string;
  readonly form: string;
}

/** The list, or nothing when the text declined no one's name. `save` answers once the correction is kept. */
export function nameFormsSection(
  people: readonly PersonNameForms[],
  save: (correction: FormCorrection) => Promise<void>,
): HTMLElement | null {
  if (people.length === 0) return null;
  return el(
    'section',
    { class: 'name-forms', 'aria-label': 'Как склонены имена' },
    el('h2', {}, 'Как склонены имена'),
    el(
      'p',
      { class: 'muted' },
      'Если форма неверна, нажмите «Исправить»: исправление сохранится на листе «Склонение ФИО» и войдёт во все ' +
        'документы.',
    ),
    el(
      'ul',
      {},
      ...people.map((person) =>
        el(
          'li',
          { 'data-person': person.personId },
          el('div', { class: 'who' }, `${person.name} · ${person.personId}`),
          ...person.forms.map((form) => formLine(person.personId, form, save)),
        ),
      ),
    ),
  );
}

/** «дательный: Мамедову Эльчину Рашиду оглы [Исправить]», which opens an input in its place. */
function formLine(
  personId: string,
  form: NameForm,
  save: (correction: FormCorrection) => Promise<void>,
): HTMLElement {
  const line = el('div', { class: 'form', 'data-case': form.case });
  const show = (): void => {
    const fix = el('button', { type: 'button', class: 'small' }, 'Исправить');
    fix.addEventListener('click', edit);
    replaceChildren(
      line,
      el('span', { class: 'case' }, `${form.case}: `),
      el('span', { class: 'text' }, form.form),
      form.corrected ? el('span', { class: 'mark' }, ' (исправлено)') : null,
      ' ',
      fix,
    );
  };
  const edit = (): void => {
    const label = `ФИО: ${form.case} падеж`;
    const input = el('input', { type: 'text', 'aria-label': label, maxlength: 200 });
    input.value = form.form;
    const ok = el('button', { type: 'button', class: 'small primary' }, 'Сохранить');
    const cancel = el('button', { type: 'button', class: 'small' }, 'Отмена');
    ok.addEventListener('click', () => void save({ personId, case: form.case, form: input.value.trim() }));
    cancel.addEventListener('click', show);
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') ok.click();
      if (event.key === 'Escape') show();
    });
    replaceChildren(
      line,
      el('label', { class: 'case' }, `${form.case}:`),
      input,
      form.corrected
        ? el('div', { class: 'muted hint' }, 'Оставьте пустым, чтобы вернуть склонение дополнения.')
        : null,
      el('div', { class: 'buttons' }, ok, cancel),
    );
    input.focus();
  };
  show();
  return line;
}
