/** The spreadsheet window of the playground: draws the server's state and turns clicks into executions. */
import type { ScriptedAnswer } from '../../emulator/spreadsheet/ui-record';
import type { Question } from '../outcome';
import type { PageState } from '../session';
import * as api from './api';
import { byId, clear, el } from './dom';
import { initEditing, selectCell, showList, startEdit } from './editing';
import { renderCharts } from './charts';
import { renderGrid } from './grid';
import { showExecutions, showMail } from './records';
import { drawMenus } from './menus';
import { drawSidebar, initSidebar, sheetsChanged, shownSidebar } from './sidebar';
import {
  askQuestion,
  closeModal,
  hidePopup,
  initModal,
  openModal,
  showLinks,
  showPopup,
  showToast,
} from './overlays';

/** What a sidebar or dialog tells the window (panel-html.ts). */
interface PanelMessage {
  source?: string;
  which?: string;
  type?: string;
  action?: string;
  id?: number;
  question?: Question;
}

let state: PageState | null = null;
let activeSheet = '';
let drawnSheet = '';
let scriptActive: string | null = null;
let shownDialog = 0;
/** The newest toast shown; null until the first state arrives, whose toasts happened before this page loaded. */
let lastToast: number | null = null;
let busy = false;

function draw(next: PageState): void {
  state = next;
  const book = next.workbook;
  byId('book-name').textContent = book.name || 'Таблица';
  byId('book-name').title = book.name;
  document.title = `${book.name || 'Таблица'} — Наставник (локально)`;
  const problem = byId('problem');
  problem.hidden = !book.problem;
  problem.textContent = book.problem ?? '';
  const visible = book.sheets.filter((s) => !s.hidden);
  // Follow the script when it activates another sheet (setActiveSheet), as Sheets does; else keep the tab.
  const scriptMoved = book.activeSheet !== scriptActive && scriptActive !== null;
  scriptActive = book.activeSheet;
  if (scriptMoved || !visible.some((s) => s.name === activeSheet)) {
    activeSheet = book.activeSheet || visible[0]?.name || '';
    api.showSheet(activeSheet);
    if (!book.sheets.find((s) => s.name === activeSheet)?.rows.length) void refresh();
  }
  drawTabs(visible.map((s) => s.name));
  const sheet = book.sheets.find((s) => s.name === activeSheet);
  const table = byId<HTMLTableElement>('grid');
  if (activeSheet !== drawnSheet) {
    drawnSheet = activeSheet;
    byId('cell-name').textContent = '';
    byId('cell-text').textContent = '';
  }
  if (sheet) renderGrid(table, sheet, { list: showList, edit: startEdit, select: selectCell });
  else clear(table);
  renderCharts(byId('charts'), next.charts, (row, column) => {
    const cell = table.querySelector<HTMLElement>(`tbody tr:nth-child(${row}) td:nth-child(${column + 1})`);
    return cell ? { left: cell.offsetLeft, top: cell.offsetTop } : { left: 46, top: 23 * row };
  });
  drawMenus(next.menus, (fn, caption) => void runMenu(fn, caption));
  drawSidebar(next);
  drawDialog(next);
  // A toast is shown once, when it happens: reloading the page does not show the earlier ones again.
  lastToast ??= Math.max(0, ...next.toasts.map((t) => t.id));
  for (const toast of next.toasts) {
    if (toast.id <= lastToast) continue;
    lastToast = toast.id;
    showToast(toast.title, toast.message, toast.timeoutSeconds);
  }
  byId('clock').textContent = new Date(next.now).toLocaleString('ru-RU', {
    timeZone: 'Europe/Moscow',
    dateStyle: 'short',
    timeStyle: 'short',
  });
  byId('docs-button').textContent = `Документы (${next.documents.length})`;
  byId('forms-button').textContent = `Формы (${next.forms.length})`;
  byId('mail-button').textContent = `Почта (${next.mail.length})`;
  const failed = next.executions.filter((e) => e.status !== 'completed').length;
  byId('runs-button').textContent = failed ? `Выполнения (ошибок: ${failed})` : 'Выполнения';
}

function drawTabs(names: string[]): void {
  const tabs = byId('tabs');
  clear(tabs);
  for (const name of names) {
    const tab = el('button', '', name);
    tab.type = 'button';
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-selected', String(name === activeSheet));
    tab.addEventListener('click', () => {
      activeSheet = name;
      api.showSheet(name);
      void refresh();
    });
    tabs.appendChild(tab);
  }
}

/** A menu click; while the handler asks questions, ask the person and run it again with the answers so far. */
async function runMenu(functionName: string, caption: string): Promise<void> {
  if (busy) return;
  busy = true;
  document.body.style.cursor = 'progress';
  const sheets = sheetNames(state);
  const sidebar = shownSidebar();
  try {
    const answers: ScriptedAnswer[] = [];
    for (;;) {
      const { outcome, state: next } = await api.clickMenu(functionName, answers);
      draw(next);
      if ('question' in outcome) {
        answers.push(await askQuestion(outcome.question));
        continue;
      }
      // The sidebar that was open reads the workbook again when the item added, removed or renamed sheets.
      if (sidebar && shownSidebar() === sidebar && sheetNames(next) !== sheets) sheetsChanged();
      if (!outcome.ok) showToast(`«${caption}»: ошибка`, outcome.error.message, -1, true);
      return;
    }
  } catch (error) {
    showToast('Ошибка', error instanceof Error ? error.message : String(error), -1, true);
  } finally {
    busy = false;
    document.body.style.cursor = '';
  }
}

/** The workbook's sheet names, to tell whether an execution changed them. */
function sheetNames(of: PageState | null): string {
  return JSON.stringify(of?.workbook.sheets.map((s) => s.name) ?? []);
}

function drawDialog(next: PageState): void {
  if (!next.dialog || next.dialog.id === shownDialog) return;
  shownDialog = next.dialog.id;
  const frame = el('iframe');
  // As Apps Script's own iframe (§3.2): scripts, forms and popups, but no navigating the window around it.
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-popups allow-modals');
  frame.title = next.dialog.title;
  frame.src = `/panel/dialog?id=${next.dialog.id}`;
  frame.style.width = '560px';
  frame.style.height = '420px';
  openModal(next.dialog.title, [frame], [], () => void closePanel('dialog'));
}

async function closePanel(which: 'sidebar' | 'dialog'): Promise<void> {
  if (which === 'dialog') closeModal();
  draw((await api.closePanel(which)).state);
}

async function refresh(): Promise<void> {
  draw(await api.getState());
}

function wire(): void {
  initModal();
  initSidebar();
  initEditing({ sheet: () => activeSheet, draw: (next) => (next ? draw(next) : state && draw(state)) });
  document.addEventListener('click', () => {
    hidePopup();
    byId('menubar')
      .querySelectorAll('[aria-expanded="true"]')
      .forEach((b) => b.setAttribute('aria-expanded', 'false'));
  });
  byId('sidebar-close').addEventListener('click', () => void closePanel('sidebar'));
  byId('clock-button').addEventListener('click', (event) => {
    event.stopPropagation();
    const steps: Array<[string, number]> = [
      ['+1 час', 3600e3],
      ['+1 день', 86400e3],
      ['+1 неделя', 7 * 86400e3],
      ['+1 месяц (30 дней)', 30 * 86400e3],
    ];
    const items = steps.map(([label, ms]) => {
      const item = el('button', 'item', label);
      item.type = 'button';
      item.setAttribute('role', 'menuitem');
      item.addEventListener('click', () => {
        hidePopup();
        void api.advanceClock(ms).then((r) => draw(r.state));
      });
      return item;
    });
    showPopup(byId('clock-button'), [el('div', 'heading', 'Перевести часы вперёд'), ...items]);
  });
  byId('reset-button').addEventListener('click', () => {
    const yes = el('button', 'primary', 'Сбросить');
    yes.type = 'button';
    yes.addEventListener('click', () => {
      closeModal();
      void api.reset().then((r) => draw(r.state));
    });
    const text =
      state?.start === 'empty'
        ? 'Таблица станет пустой.'
        : 'Таблица вернётся к демонстрационному детскому саду.';
    openModal(
      'Сбросить всё?',
      [el('p', '', `${text} Всё, что сделано здесь, пропадёт.`)],
      [yes],
      () => undefined,
    );
  });
  byId('docs-button').addEventListener('click', () =>
    showLinks(
      'Документы, созданные дополнением',
      (state?.documents ?? []).map((d) => ({
        label: d.name,
        href: `/doc/${encodeURIComponent(d.id)}`,
        download: `/doc/${encodeURIComponent(d.id)}/download`,
      })),
      'Дополнение ещё не создало ни одного документа.',
    ),
  );
  byId('mail-button').addEventListener('click', () => state && showMail(state));
  byId('runs-button').addEventListener('click', () => state && showExecutions(state));
  byId('forms-button').addEventListener('click', () =>
    showLinks(
      'Формы (анкеты)',
      (state?.forms ?? []).map((f) => ({
        label: f.title,
        href: `/form/${encodeURIComponent(f.id)}`,
        extra: `ответов: ${f.responses}${f.accepting ? '' : ', приём закрыт'}`,
      })),
      'Дополнение ещё не создало ни одной формы.',
    ),
  );
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== window.location.origin) return;
    const data = event.data as PanelMessage | null;
    if (!data || data.source !== 'nastavnik-panel') return;
    const which = data.which === 'dialog' ? 'dialog' : 'sidebar';
    if (data.type === 'host' && data.action === 'close') void closePanel(which);
    else if (data.type === 'question' && data.question) {
      const panel = event.source as Window | null;
      void askQuestion(data.question).then((answer) =>
        panel?.postMessage(
          { source: 'nastavnik-window', type: 'answer', id: data.id, answer },
          window.location.origin,
        ),
      );
    } else if (data.type === 'changed') void refresh();
  });
  // A form answered in another tab changes the workbook: look again when the person comes back.
  window.addEventListener('focus', () => void refresh());
}

wire();
void refresh().catch((error: unknown) => showToast('Сервер не отвечает', String(error), -1, true));
