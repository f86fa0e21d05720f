/**
 * The personalised programme of the chosen pair or group: its explanatory note (problem, goals, tasks, mode,
 * schedule, results, term) and its plan of events, loaded with one call and saved together with another.
 */
import type { MentorshipEntry, ProgrammeSidebarData } from '../../../src/app/mentorships/mentorship-sidebar';
import { checkProgrammeTerm } from '../../../src/domain/registry/rules/programme-term';
import { PROGRAMME_MODES } from '../../../src/domain/vocabulary';
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
import { serverFunctions } from '../../common/server';
import { runCall, statusLine } from '../../common/status';
import { planEditor } from './plan-editor';

/** The programme's fields by key, labelled as the columns of «Программы». */
function programmeFields(): Record<string, Field<string>> {
  const area = (name: string, label: string, rows = 2) => textareaField({ name, label, rows });
  const fields: Record<string, Field<string>> = {
    title: textField({ name: 'title', label: 'Название' }),
    problem: area('problem', 'Описание проблемы', 3),
    goals: area('goals', 'Цели'),
    tasks: area('tasks', 'Задачи', 3),
    content: area('content', 'Содержание деятельности'),
    mode: selectField({ name: 'mode', label: 'Режим работы', options: PROGRAMME_MODES, empty: '—' }),
    schedule: textField({ name: 'schedule', label: 'Расписание встреч', placeholder: 'по вторникам, 15:00' }),
    intermediateResults: area('intermediateResults', 'Промежуточные результаты'),
    plannedResults: area('plannedResults', 'Планируемые результаты'),
    conditions: area('conditions', 'Условия'),
  };
  const start = dateField({ name: 'startDate', label: 'Начало', required: true });
  const term = (): string => {
    const startDate = fields.startDate.get();
    const endDate = fields.endDate.get();
    if (!startDate || !endDate) return '';
    const extendedUntil = fields.extendedUntil.get() || undefined;
    return checkProgrammeTerm({ startDate, endDate, extendedUntil }).join(' ');
  };
  fields.startDate = start;
  fields.endDate = dateField({
    name: 'endDate',
    label: 'Окончание',
    required: true,
    hint: 'Программа длится от 3 месяцев до 1 года',
    check: term,
  });
  fields.extendedUntil = dateField({ name: 'extendedUntil', label: 'Продлена до' });
  return fields;
}

/** The programme section and what the page may ask of it. */
export interface ProgrammeSection {
  readonly section: HTMLElement;
  /** After the pair is extended: fill «Продлена до» (unsaved) when it is later than the programme's end. */
  suggestExtension(until: string): void;
}

/** The programme section; it loads its data itself when shown. */
export function programmeSection(m: MentorshipEntry): ProgrammeSection {
  const status = statusLine(el('p', { id: 'programme-status', class: 'status' }));
  const fields = programmeFields();
  const heading = el('p', { class: 'muted', id: 'programme-id' });
  const unsaved = (): void => status.busy('Есть несохранённые изменения программы или плана.');
  const plan = planEditor(unsaved);
  const save = el(
    'button',
    { type: 'button', class: 'primary', id: 'save-programme' },
    'Сохранить программу и план',
  );
  const content = el('div', { hidden: true });
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
    plan.load(data.events, data.suggestions, data.requests);
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
    const saved = await runCall(section, status, () => serverFunctions.saveProgrammePlan(input), {
      busy: 'Сохранение…',
      done: (d) => `Программа ${d.programme?.id ?? ''} и план сохранены.`,
    });
    if (saved) fill(saved);
    else markNamedFields(status.root.textContent ?? '', list);
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
  const suggestExtension = (until: string): void => {
    const end = fields.endDate.get();
    if (content.hidden || !end || until <= end || fields.extendedUntil.get() >= until) return;
    fields.extendedUntil.set(until);
    status.busy(`Заполнено «Продлена до»: ${ruDate(until)}, как у пары. Сохраните программу.`);
  };
  return { section, suggestExtension };
}
