/**
 * Changing a pair's or group's own data (form, kinds, planned dates, note) while it is not finished; the people
 * are changed in the sheet or by a new pair. Folded by default: the status and the programme come first.
 */
import type { MentorshipChoices, MentorshipEntry } from '../../../src/app/mentorships/mentorship-sidebar';
import { el } from '../../common/dom';
import {
  checkboxGroup,
  dateField,
  markNamedFields,
  textareaField,
  textField,
  validateAll,
  type Field,
} from '../../common/fields';
import { operation } from '../../common/operations';
import { serverFunctions } from '../../common/server';
import { showRowProblems } from '../../common/row-problems';
import { runCall, statusLine } from '../../common/status';

/** The folded form, offering the server's `choices`; `saved(message)` runs after the server saved the change. */
export function detailsForm(
  m: MentorshipEntry,
  choices: MentorshipChoices,
  saved: (message: string) => Promise<void>,
): HTMLElement {
  const status = statusLine(el('p', { id: 'details-status', class: 'status' }));
  const group = m.menteeIds.length > 1;
  const { groupKind } = choices;
  const form = textField({
    name: 'pairForm',
    label: 'Форма наставничества',
    required: true,
    suggestions: choices.forms,
  });
  const kinds = checkboxGroup({
    name: 'pairKinds',
    label: 'Виды наставничества',
    required: true,
    options: choices.kinds,
    check: (v) =>
      group === v.includes(groupKind)
        ? ''
        : group
          ? `Для группы отметьте вид «${groupKind}»`
          : `Вид «${groupKind}» — для двух и более наставляемых`,
  });
  const start = dateField({ name: 'pairStart', label: 'Начало' });
  const end = dateField({
    name: 'pairEnd',
    label: 'Окончание (план)',
    check: (v) => (start.get() && v < start.get() ? 'Окончание раньше начала' : ''),
  });
  const note = textareaField({ name: 'pairNote', label: 'Примечание', rows: 2 });
  const fields = [form, kinds, start, end, note] as Field<unknown>[];
  form.set(m.form);
  kinds.set(m.kinds);
  start.set(m.startDate);
  end.set(m.endDate);
  note.set(m.note);
  // What is wrong in the pair's row (kinds left empty, a wrong date) is also shown under its field (the card lists
  // it), and the form opens to fix it.
  const flagged = showRowProblems(el('div', {}), m.problems, {
    form,
    kinds,
    start,
    end,
    note,
  } as Record<string, Field<unknown>>);
  const save = el('button', { type: 'button', id: 'save-details' }, 'Сохранить данные');
  const saving = operation();
  const box = el(
    'details',
    { id: 'details', open: flagged.size > 0 },
    el('summary', {}, 'Форма, виды, сроки, примечание'),
    ...fields.map((f) => f.root),
    el('div', { class: 'actions' }, save),
    status.root,
  );
  save.addEventListener('click', async () => {
    if (!validateAll(fields)) return;
    const input = {
      id: m.id,
      form: form.get(),
      kinds: kinds.get(),
      // Empty clears the cell.
      startDate: start.get() || null,
      endDate: end.get() || null,
      note: note.get() || null,
    };
    const done = await runCall(
      box,
      status,
      () => saving.send(input, (id) => serverFunctions.updateMentorship(input, id)),
      { busy: 'Сохранение…' },
    );
    if (done) await saved(`${done.id}: данные сохранены.`);
    else markNamedFields(status.root.textContent ?? '', fields);
  });
  return box;
}
