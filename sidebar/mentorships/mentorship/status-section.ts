/**
 * A chosen pair or group: what it is, and the change of its status by the lifecycle (проект → утверждена → идёт →
 * завершена | прекращена досрочно with a reason | продлена with a new end date). The server has the last word.
 */
import type { MentorshipChoices, MentorshipEntry } from '../../../src/app/mentorships/mentorship-sidebar';
import type { Mentorship } from '../../../src/domain/registry/entities/mentorship';
import { el, ruDate } from '../../common/dom';
import { dateField, selectField, textField, validateAll, type Field } from '../../common/fields';
import { operation } from '../../common/operations';
import { serverFunctions } from '../../common/server';
import { showRowProblems } from '../../common/row-problems';
import { runCall, statusLine } from '../../common/status';

function row(term: string, value: string | undefined): HTMLElement | null {
  return value ? el('div', {}, el('span', { class: 'muted' }, `${term}: `), value) : null;
}

/** The card of a pair or group. */
function card(m: MentorshipEntry): HTMLElement {
  const dates = [m.startDate, m.endDate].map((d) => (d ? ruDate(d) : '…')).join(' — ');
  return el(
    'div',
    { class: 'card', id: 'card' },
    el(
      'div',
      { class: 'card-title' },
      `${m.menteeIds.length > 1 ? 'Группа' : 'Пара'} ${m.id}`,
      ' ',
      el('span', { class: `badge s-${m.status.split(' ')[0]}` }, m.status),
    ),
    row('Наставник', m.mentorName),
    row(m.menteeNames.length > 1 ? 'Наставляемые' : 'Наставляемый', m.menteeNames.join(', ')),
    row('Форма', m.form),
    row('Виды', m.kinds.join(', ')),
    row('Срок', dates),
    row('Окончание (факт)', m.actualEndDate && ruDate(m.actualEndDate)),
    row('Причина', m.endReason),
    row('Приказ', m.orderId),
    row('Примечание', m.note),
  );
}

/** What is wrong in the pair's row, as the list answers it; none when the row is clean. */
function problems(m: MentorshipEntry): HTMLElement | null {
  if (!m.problems) return null;
  const box = el('div', { class: 'card', id: 'pair-problems' });
  showRowProblems(box, m.problems, {});
  return box;
}

/**
 * The card and the status form (the reasons of an early end from the server's `choices`); `changed(message, saved)`
 * runs after the server saved a new status.
 */
export function statusSection(
  m: MentorshipEntry,
  choices: MentorshipChoices,
  changed: (message: string, saved: Mentorship) => Promise<void>,
): HTMLElement {
  const section = el('section', {}, card(m), problems(m));
  if (m.nextStatuses.length === 0) {
    section.append(el('p', { class: 'muted' }, `Статус «${m.status}» окончательный.`));
    return section;
  }
  const status = statusLine(el('p', { id: 'change-status', class: 'status' }));
  const next = selectField({
    name: 'nextStatus',
    label: 'Новый статус',
    required: true,
    empty: '— выберите —',
    options: m.nextStatuses,
  });
  const reason = selectField({
    name: 'reason',
    label: 'Причина досрочного завершения',
    required: true,
    empty: '— выберите причину —',
    options: choices.earlyEndReasons,
  });
  const newEnd = dateField({
    name: 'newEndDate',
    label: 'Новая дата окончания',
    required: true,
    check: (v) => (m.endDate && v <= m.endDate ? `Позже прежней (${ruDate(m.endDate)})` : ''),
  });
  const order = textField({
    name: 'orderId',
    label: 'Приказ (ID)',
    placeholder: 'ПК-0001',
    hint: 'Приказ об утверждении, если он уже в журнале',
    check: (v) => (/^ПК-\d{4,}$/.test(v) ? '' : 'ID вида ПК-0001'),
  });
  const extra: Record<string, Field<string>> = {
    'прекращена досрочно': reason,
    продлена: newEnd,
    утверждена: order,
  };
  const toggle = (): void => {
    for (const [to, field] of Object.entries(extra)) field.root.hidden = next.get() !== to;
  };
  next.root.addEventListener('change', toggle);
  toggle();
  const save = el('button', { type: 'button', class: 'primary', id: 'change' }, 'Сменить статус');
  const changing = operation();
  save.addEventListener('click', async () => {
    const shown = [next, ...Object.values(extra).filter((f) => !f.root.hidden)];
    if (!validateAll(shown)) return;
    const input: Record<string, unknown> = { id: m.id, status: next.get() };
    if (next.get() === 'прекращена досрочно') input.reason = reason.get();
    if (next.get() === 'продлена') input.newEndDate = newEnd.get();
    if (next.get() === 'утверждена' && order.get()) input.orderId = order.get();
    const saved = await runCall(
      section,
      status,
      () => changing.send(input, (id) => serverFunctions.updateMentorship(input, id)),
      { busy: 'Сохранение…' },
    );
    if (saved) await changed(`${saved.id}: статус «${saved.status}».`, saved);
  });
  section.append(
    el(
      'fieldset',
      {},
      el('legend', {}, 'Статус'),
      next.root,
      reason.root,
      newEnd.root,
      order.root,
      el('div', { class: 'actions' }, save),
      status.root,
    ),
  );
  return section;
}
