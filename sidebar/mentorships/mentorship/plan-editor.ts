/**
 * The plan of events of a programme, edited in the sidebar and saved with the programme: add (from the typical
 * events of a direction or by hand), edit, move up and down, sort by direction, mark done.
 */
import type { PlanEvent } from '../../../src/domain/registry/entities/programme';
import type { DirectionSuggestions } from '../../../src/domain/programmes/event-suggestions';
import { el } from '../../common/dom';
import { dateField, selectField, textareaField, textField, type Field } from '../../common/fields';
import { renderPlan, type EventDraft } from './plan-list';

/** The plan editor: its element, and how the programme section fills and reads it. */
export interface PlanEditor {
  readonly root: HTMLElement;
  /** `directions`: all of them in the canonical order (the server's), which «Упорядочить» sorts by. */
  load(
    events: readonly PlanEvent[],
    suggestions: readonly DirectionSuggestions[],
    requests: readonly string[],
    directions: readonly string[],
  ): void;
  /** The plan in its order, as saveProgrammePlan takes it. */
  events(): Record<string, unknown>[];
  /** False (and a message at the editor) when an event is typed but not added to the plan. */
  validate(): boolean;
}

/** Builds an empty editor; `load` fills it; `onChange` runs when the person changes the plan. */
export function planEditor(onChange: () => void = () => undefined): PlanEditor {
  let items: EventDraft[] = [];
  let suggestions: readonly DirectionSuggestions[] = [];
  let order: readonly string[] = [];
  let editing = -1;
  const list = el('ol', { class: 'plan', id: 'plan' });
  const direction = selectField({
    name: 'direction',
    label: 'Направление',
    required: true,
    options: [],
  });
  const typical = selectField({
    name: 'typical',
    label: 'Типичные мероприятия',
    options: [],
    empty: '— выбрать —',
  });
  const event = textareaField({ name: 'event', label: 'Мероприятие', required: true });
  const form = textField({ name: 'eventForm', label: 'Форма проведения' });
  const deadline = dateField({ name: 'deadline', label: 'Срок' });
  const expected = textareaField({ name: 'expectedResult', label: 'Ожидаемый результат', rows: 2 });
  const reporting = textField({ name: 'reportingForm', label: 'Форма отчётности' });
  const editorFields: Field<unknown>[] = [direction, typical, event, form, deadline, expected, reporting];
  const add = el('button', { type: 'button', id: 'add-event' });
  const cancel = el('button', { type: 'button', id: 'cancel-event' }, 'Отмена');
  const sort = el(
    'button',
    { type: 'button', class: 'small', id: 'sort-plan' },
    'Упорядочить по направлениям',
  );
  const legend = el('legend', {});
  const editor = el(
    'fieldset',
    { id: 'event-editor' },
    legend,
    ...editorFields.map((f) => f.root),
    el('div', { class: 'actions' }, add, cancel),
  );

  const typicalFor = (d: string) => suggestions.find((s) => s.direction === d)?.events ?? [];
  const refreshTypical = (): void => {
    typical.setOptions(typicalFor(direction.get()).map((s, i) => ({ value: String(i), label: s.event })));
    typical.set('');
  };
  const resetEditor = (): void => {
    editing = -1;
    editorFields.forEach((f) => f.error(''));
    [event, form, deadline, expected, reporting].forEach((f) => f.set(''));
    legend.textContent = 'Добавить мероприятие';
    add.textContent = 'Добавить в план';
    cancel.hidden = true;
    refreshTypical();
  };
  const edit = (index: number): void => {
    const item = items[index];
    editing = index;
    direction.set(item.direction);
    refreshTypical();
    event.set(item.event);
    form.set(item.form ?? '');
    deadline.set(item.deadline ?? '');
    expected.set(item.expectedResult ?? '');
    reporting.set(item.reportingForm ?? '');
    legend.textContent = `Изменить мероприятие № ${index + 1}`;
    add.textContent = 'Готово';
    cancel.hidden = false;
    editor.scrollIntoView({ block: 'nearest' });
  };
  const move = (index: number, by: number): void => {
    const to = index + by;
    if (to < 0 || to >= items.length) return;
    [items[index], items[to]] = [items[to], items[index]];
    changed();
  };
  const render = (): void => {
    renderPlan(list, items, {
      move,
      edit,
      remove: (index) => {
        items.splice(index, 1);
        if (editing === index) resetEditor();
        changed();
      },
      toggle: (index, done) => {
        items[index].done = done;
        changed();
      },
    });
  };
  const changed = (): void => {
    render();
    onChange();
  };

  direction.root.addEventListener('change', refreshTypical);
  typical.root.addEventListener('change', () => {
    const s = typicalFor(direction.get())[Number(typical.get())];
    if (!typical.get() || !s) return;
    event.set(s.event);
    form.set(s.form);
    reporting.set(s.reportingForm);
  });
  add.addEventListener('click', () => {
    if (event.validate()) return;
    const draft: EventDraft = {
      ...(editing >= 0 ? items[editing] : { done: false }),
      direction: direction.get() as EventDraft['direction'],
      event: event.get(),
      form: form.get(),
      deadline: deadline.get() || undefined,
      expectedResult: expected.get(),
      reportingForm: reporting.get(),
    };
    if (editing >= 0) items[editing] = draft;
    else items.push(draft);
    resetEditor();
    changed();
  });
  cancel.addEventListener('click', resetEditor);
  sort.addEventListener('click', () => {
    const rank = (d: string | undefined) => order.indexOf(d ?? '');
    items = items
      .map((item, i) => ({ item, i }))
      .sort((a, b) => rank(a.item.direction) - rank(b.item.direction) || a.i - b.i)
      .map((x) => x.item);
    changed();
  });

  const root = el(
    'section',
    { class: 'plan-editor' },
    el('h2', {}, 'План мероприятий'),
    list,
    el(
      'p',
      { class: 'hint' },
      'Сохранённое мероприятие убирают из плана, удалив его строку на листе «План мероприятий».',
    ),
    el('div', { class: 'actions' }, sort),
    editor,
  );
  resetEditor();
  render();
  return {
    root,
    load(events, given, requests, directions) {
      items = events.map(({ programmeId: _p, position: _n, ...rest }) => ({ ...rest }));
      suggestions = given;
      order = directions;
      direction.setOptions(
        given.map((s) => ({
          value: s.direction,
          label: requests.includes(s.direction) ? `${s.direction} (запрос)` : s.direction,
        })),
      );
      direction.set(given[0]?.direction ?? directions[0]);
      resetEditor();
      render();
    },
    events: () =>
      items.map((item) => {
        const out: Record<string, unknown> = { ...item };
        if (!item.deadline) delete out.deadline;
        if (!item.done) delete out.doneDate;
        return out;
      }),
    validate() {
      if (editing < 0 && event.get()) {
        event.error('Нажмите «Добавить в план» или очистите поле');
        return false;
      }
      return true;
    },
  };
}
