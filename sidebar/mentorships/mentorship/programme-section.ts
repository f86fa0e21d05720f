/**
 * The personalised programme of the chosen pair or group: its explanatory note (problem, goals, tasks, mode,
 * schedule, results, term) and its plan of events, loaded with one call and saved together with another. The server
 * checks the term (3 months to a year) and answers a refused one with its Russian message in the status line.
 */
import type { MentorshipEntry, ProgrammeSidebarData } from '../../../src/app/mentorships/mentorship-sidebar';
import { el, replaceChildren, ruDate } from '../../common/dom';
import {
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
import { planEditor } from './plan-editor';

/** The programme's fields by key, labelled as the columns of «Программы»; `mode` gets its options on load. */
function programmeFields(): { fields: Record<string, Field<string>>; mode: ReturnType<typeof selectField> } {
  const area = (name: string, label: string, rows = 2) => textareaField({ name, label, rows });
  const mode = selectField({ name: 'mode', label: 'Режим работы', options: [], empty: '—' });
  const fields: Record<string, Field<string>> = {
    title: textField({ name: 'title', label: 'Название' }),
    problem: area('problem', 'Описание проблемы', 3),
    goals: area('goals', 'Цели'),
    tasks: area('tasks', 'Задачи', 3),
    content: area('content', 'Содержание деятельности'),
    mode,
    schedule: textField({ name: 'schedule', label: 'Расписание встреч', placeholder: 'по вторникам, 15:00' }),
    intermediateResults: area('intermediateResults', 'Промежуточные результаты'),
    plannedResults: area('plannedResults', 'Планируемые результаты'),
    conditions: area('conditions', 'Условия'),
  };
  fields.startDate = dateField({ name: 'startDate', label: 'Начало', required: true });
  fields.endDate = dateField({
    name: 'endDate',
    label: 'Окончание',
    required: true,
    hint: 'Программа длится от 3 месяцев до 1 года',
  });
  fields.extendedUntil = dateField({ name: 'extendedUntil', label: 'Продлена до' });
  return { fields, mode };
}

/**
 * After the server refused the term, marks the date fields whose typed date its message quotes («с 01.09.2025 по
 * 30.10.2025»), so the curator sees where to look; answers whether any was marked.
 */
function markQuotedDates(message: string, dates: readonly Field<string>[]): boolean {
  const quoted = dates.filter((f) => f.get() && message.includes(ruDate(f.get())));
  quoted.forEach((f) => f.error('Проверьте срок: см. сообщение ниже'));
  return quoted.length > 0;
}

/** The programme section and what the page may ask of it. */
export interface ProgrammeSection {
  readonly section: HTMLElement;
  /** After the pair is extended: the server extended its programme too; «Продлена до» shows the new date. */
  showExtension(until: string): void;
}

/** The programme section; it loads its data itself when shown. */
export function programmeSection(m: MentorshipEntry): ProgrammeSection {
  const status = statusLine(el('p', { id: 'programme-status', class: 'status' }));
  const { fields, mode } = programmeFields();
  const heading = el('p', { class: 'muted', id: 'programme-id' });
  const unsaved = (): void => status.busy('Есть несохранённые изменения программы или плана.');
  const plan = planEditor(unsaved);
  const save = el(
    'button',
    { type: 'button', class: 'primary', id: 'save-programme' },
    'Сохранить программу и план',
  );
  const saving = operation();
  const content = el('div', { hidden: true });
  /** Whether the pair has a programme in the sheet (an extension of the pair reaches only a saved one). */
  let hasProgramme = false;
  const section = el(
    'section',
    { id: 'programme' },
    el('h2', {}, 'Программа'),
    heading,
    content,
    status.root,
  );

  const fill = (data: ProgrammeSidebarData): void => {
    const p = data.programme as Record<string, unknown> | null;
    hasProgramme = p !== null;
    mode.setOptions(data.choices.modes);
    for (const [key, field] of Object.entries(fields)) {
      field.error('');
      field.set(typeof p?.[key] === 'string' ? (p[key] as string) : '');
    }
    if (!p) {
      fields.startDate.set(data.defaultStart ?? '');
      fields.endDate.set(data.defaultEnd ?? '');
    }
    heading.textContent = p
      ? `${String(p.id)}, мероприятий в плане: ${data.events.length}`
      : 'Программы ещё нет: заполните и сохраните.';
    plan.load(data.events, data.suggestions, data.requests, data.choices.directions);
    content.hidden = false;
  };

  const values = (): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(fields)) out[key] = field.get() || null;
    return out;
  };

  save.addEventListener('click', async () => {
    const list = Object.values(fields) as Field<unknown>[];
    if (!validateAll(list) || !plan.validate()) {
      status.fail('Исправьте поля, отмеченные красным.');
      return;
    }
    const input = { mentorshipId: m.id, programme: values(), events: plan.events() };
    const saved = await runCall(
      section,
      status,
      () => saving.send(input, (id) => serverFunctions.saveProgrammePlan(input, id)),
      {
        busy: 'Сохранение…',
        done: (d) => `Программа ${d.programme?.id ?? ''} и план сохранены.`,
      },
    );
    if (saved) fill(saved);
    else {
      const message = status.root.textContent ?? '';
      const dates = [fields.startDate, fields.endDate, fields.extendedUntil];
      if (!markQuotedDates(message, dates)) markNamedFields(message, list);
    }
  });

  const note: HTMLElement = el(
    'fieldset',
    {},
    el('legend', {}, 'Пояснительная записка'),
    ...Object.values(fields).map((f) => f.root),
  );
  note.addEventListener('input', unsaved);
  note.addEventListener('change', unsaved);
  replaceChildren(content, note, plan.root, el('div', { class: 'actions' }, save));
  void runCall(section, status, () => serverFunctions.loadProgrammeSidebar(m.id), {
    busy: 'Загрузка программы…',
  }).then((data) => {
    if (data) fill(data);
  });
  const showExtension = (until: string): void => {
    if (content.hidden || !hasProgramme || fields.extendedUntil.get() === until) return;
    fields.extendedUntil.set(until);
    status.ok(`Программа продлена до ${ruDate(until)}, как пара.`);
  };
  return { section, showExtension };
}
