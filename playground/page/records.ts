import type { PageState } from '../session';
import { el } from './dom';
import { openModal } from './overlays';

const when = (iso: string): string =>
  new Date(iso).toLocaleString('ru-RU', {
    timeZone: 'Europe/Moscow',
    dateStyle: 'short',
    timeStyle: 'short',
  });

/** The letters MailApp "sent": who, when, subject and text (an HTML body is shown as text, never as markup). */
export function showMail(state: PageState): void {
  const body: Node[] = [];
  if (!state.mail.length) body.push(el('p', 'muted', 'Дополнение ещё не отправило ни одного письма.'));
  for (const mail of [...state.mail].reverse()) {
    const item = el('article', 'record');
    item.appendChild(el('b', '', mail.subject || '(без темы)'));
    const to = [...mail.to, ...mail.cc.map((a) => `копия: ${a}`)].join(', ');
    item.appendChild(el('div', 'muted', `${when(mail.at)} → ${to}`));
    item.appendChild(el('div', 'record-text', mail.body || mail.htmlBody || ''));
    body.push(item);
  }
  openModal('Почта (письма остаются на этом компьютере)', body, [], () => undefined);
}

/** Trigger runs with their outcome, and what the script logged: for a developer looking for a failure. */
export function showExecutions(state: PageState): void {
  const body: Node[] = [el('h3', '', 'Запуски по триггерам')];
  if (!state.executions.length) body.push(el('p', 'muted', 'Триггеры ещё не срабатывали.'));
  for (const run of [...state.executions].reverse()) {
    const status =
      run.status === 'completed' ? 'выполнено' : run.status === 'failed' ? 'ошибка' : 'превышено время';
    const line = el('div', run.status === 'completed' ? 'record' : 'record failed');
    line.appendChild(el('span', '', `${when(run.start)} ${run.function} (${run.eventType}): ${status}`));
    if (run.error) line.appendChild(el('div', 'record-text', run.error));
    body.push(line);
  }
  body.push(el('h3', '', 'Журнал скрипта (Logger, console)'));
  if (!state.log.length) body.push(el('p', 'muted', 'Пусто.'));
  for (const entry of [...state.log].reverse()) {
    body.push(el('div', 'record-text', `${when(entry.at)} [${entry.level}] ${entry.message}`));
  }
  openModal('Выполнения', body, [], () => undefined);
}
