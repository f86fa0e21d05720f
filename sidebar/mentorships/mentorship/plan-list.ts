/** The plan of events as a numbered list: each event with its done mark, details and its buttons. */
import type { PlanEvent } from '../../../src/domain/registry/entities/programme';
import { el, replaceChildren, ruDate } from '../../common/dom';

/** An event as the sidebar holds it before saving (no ID yet for a new one). */
export type EventDraft = Omit<PlanEvent, 'id' | 'programmeId' | 'position'> & { id?: string };

/** What the buttons of an event do. */
export interface PlanActions {
  move(index: number, by: number): void;
  edit(index: number): void;
  /** Only for events not saved yet: a saved event stays in the sheet (delete its row there). */
  remove(index: number): void;
  toggle(index: number, done: boolean): void;
}

function button(text: string, label: string, onClick: () => void, disabled = false): HTMLButtonElement {
  const b = el(
    'button',
    { type: 'button', class: 'small', 'aria-label': label, title: label, disabled },
    text,
  );
  b.addEventListener('click', onClick);
  return b;
}

function item(event: EventDraft, i: number, count: number, actions: PlanActions): HTMLElement {
  const done = el('input', {
    type: 'checkbox',
    class: 'done',
    'aria-label': `Выполнено: ${event.event ?? ''}`,
  });
  done.checked = event.done;
  done.addEventListener('change', () => actions.toggle(i, done.checked));
  // The direction is the heading above the event, so it is not repeated here.
  const details = [
    event.form,
    event.deadline && `до ${ruDate(event.deadline)}`,
    event.reportingForm && `отчёт: ${event.reportingForm}`,
    event.done && event.doneDate && `выполнено ${ruDate(event.doneDate)}`,
    !event.id && 'не сохранено',
  ].filter(Boolean);
  return el(
    'li',
    { class: event.done ? 'plan-item done' : 'plan-item' },
    el('label', { class: 'inline' }, done, ' ', el('span', { class: 'event-text' }, event.event)),
    el('div', { class: 'muted details' }, details.join(' · ')),
    el(
      'div',
      { class: 'row-actions' },
      button('↑', `Выше: № ${i + 1}`, () => actions.move(i, -1), i === 0),
      button('↓', `Ниже: № ${i + 1}`, () => actions.move(i, 1), i === count - 1),
      button('Изменить', `Изменить № ${i + 1}`, () => actions.edit(i)),
      event.id ? null : button('Убрать', `Убрать № ${i + 1}`, () => actions.remove(i)),
    ),
  );
}

/** Renders the events into the list (or a note that the plan is empty). */
export function renderPlan(list: HTMLElement, events: readonly EventDraft[], actions: PlanActions): void {
  // A direction's name heads each run of its events, so a plan sorted by direction reads as the template's.
  replaceChildren(
    list,
    ...events.flatMap((e, i) => [
      i === 0 || events[i - 1].direction !== e.direction
        ? el('li', { class: 'plan-direction', role: 'presentation' }, e.direction)
        : null,
      item(e, i, events.length, actions),
    ]),
  );
  if (events.length === 0) list.append(el('li', { class: 'muted empty' }, 'В плане пока нет мероприятий.'));
}
