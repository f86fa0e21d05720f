/** The form of a new pair or group: a mentor, one or more mentees, form, kinds, dates; saved as «проект». */
import type { MentorshipSidebarData } from '../../../src/app/mentorships/mentorship-sidebar';
import { el } from '../../common/dom';
import {
  checkboxGroup,
  dateField,
  markNamedFields,
  selectField,
  textareaField,
  textField,
  validateAll,
  type Field,
} from '../../common/fields';
import { operation } from '../../common/operations';
import { serverFunctions } from '../../common/server';
import { runCall, statusLine } from '../../common/status';

/** What the curator should know before choosing someone: no consent, already in a pair, a cell to fix. */
function warn(person: { consent: boolean; mentorshipIds?: string[]; problems?: string[] }): string {
  if (!person.consent) return ' — нет согласия на ПДн';
  if (person.mentorshipIds?.length) return ` — уже в ${person.mentorshipIds.join(', ')}`;
  return person.problems ? ' — в строке банка есть ошибки' : '';
}

/** Builds the form; `created(id)` runs after the server saved the new pair or group. */
export function createForm(data: MentorshipSidebarData, created: (id: string) => Promise<void>): HTMLElement {
  const status = statusLine(el('p', { id: 'create-status', class: 'status' }));
  const { forms, kinds: allKinds, groupKind } = data.choices;
  const mentor = selectField({
    name: 'mentorId',
    label: 'Наставник',
    required: true,
    empty: '— выберите наставника —',
    // Only people active in the bank are offered, as in matching.
    options: data.mentors
      .filter((m) => m.active)
      .map((m) => ({
        value: m.id,
        label: `${m.name}, мест: ${m.capacityLeft}${warn(m)}`,
      })),
  });
  const mentees = checkboxGroup({
    name: 'menteeIds',
    label: 'Наставляемые',
    required: true,
    hint: 'Один — пара, несколько — группа',
    options: data.mentees.filter((m) => m.active).map((m) => ({ value: m.id, label: `${m.name}${warn(m)}` })),
  });
  const kinds: Field<string[]> = checkboxGroup({
    name: 'kinds',
    label: 'Виды наставничества',
    required: true,
    options: allKinds,
    check: (v) => {
      const count = mentees.get().length;
      if (count >= 2 && !v.includes(groupKind)) return `Для группы отметьте вид «${groupKind}»`;
      if (count < 2 && v.includes(groupKind)) return `Вид «${groupKind}» — для двух и более наставляемых`;
      return '';
    },
  });
  const form = textField({
    name: 'form',
    label: 'Форма наставничества',
    required: true,
    suggestions: forms,
  });
  const start = dateField({ name: 'startDate', label: 'Начало' });
  const end = dateField({
    name: 'endDate',
    label: 'Окончание (план)',
    check: (v) => (start.get() && v < start.get() ? 'Окончание раньше начала' : ''),
  });
  const note = textareaField({ name: 'note', label: 'Примечание', rows: 2 });
  const fields = [mentor, mentees, form, kinds, start, end, note] as Field<unknown>[];
  form.set(forms[0]);
  kinds.set(allKinds.slice(0, 1));
  mentees.root.addEventListener('change', () => {
    // Ticking a second mentee makes it a group: offer the kind the rules require.
    const group = mentees.get().length >= 2;
    const chosen = kinds.get().filter((k) => k !== groupKind && (!group || k !== allKinds[0]));
    kinds.set(group ? [...chosen, groupKind] : chosen.length ? chosen : allKinds.slice(0, 1));
  });

  const save = el('button', { type: 'button', class: 'primary', id: 'create' }, 'Создать проект');
  const creating = operation();
  const section = el(
    'section',
    {},
    el('h2', {}, 'Новая пара или группа'),
    data.mentors.length && data.mentees.length
      ? null
      : el('p', { class: 'muted' }, 'Сначала добавьте наставников и наставляемых в банки.'),
    ...fields.map((f) => f.root),
    el('div', { class: 'actions' }, save),
    status.root,
  );
  save.addEventListener('click', async () => {
    if (!validateAll(fields)) {
      status.fail('Исправьте поля, отмеченные красным.');
      return;
    }
    const input: Record<string, unknown> = {
      mentorId: mentor.get(),
      menteeIds: mentees.get(),
      form: form.get(),
      kinds: kinds.get(),
    };
    if (start.get()) input.startDate = start.get();
    if (end.get()) input.endDate = end.get();
    if (note.get()) input.note = note.get();
    const saved = await runCall(
      section,
      status,
      () => creating.send(input, (id) => serverFunctions.createMentorship(input, id)),
      { busy: 'Сохранение…' },
    );
    if (saved) await created(saved.id);
    else markNamedFields(status.root.textContent ?? '', fields);
  });
  return section;
}
