/** The spreadsheet window of the playground: draws the server's state and turns clicks into executions. */
import type { MenuEntry, MenuRecord, ScriptedAnswer } from '../../test/emulator/spreadsheet/ui-record';
import type { PageState } from '../session';
import type { CellView } from '../workbook-view';
import * as api from './api';
import { byId, clear, el } from './dom';
import { renderGrid } from './grid';
import { askQuestion, closeModal, hidePopup, initModal, openModal, showPopup, showToast } from './overlays';

let state: PageState | null = null;
let activeSheet = '';
let scriptActive: string | null = null;
let shownSidebar = 0;
let shownDialog = 0;
let lastToast = 0;
let busy = false;

function draw(next: PageState): void {
  state = next;
  const book = next.workbook;
  byId('book-name').textContent = book.name || 'Таблица';
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
  if (sheet) renderGrid(table, sheet, { list: showList, edit: startEdit, select: selectCell });
  else clear(table);
  drawMenus(next.menus);
  drawSidebar(next);
  drawDialog(next);
  for (const toast of next.toasts) {
    if (toast.id <= lastToast) continue;
    lastToast = toast.id;
    showToast(toast.title, toast.message, toast.timeoutSeconds);
  }
  byId('docs-button').textContent = `Документы (${next.documents.length})`;
  byId('forms-button').textContent = `Формы (${next.forms.length})`;
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

function drawMenus(menus: MenuRecord[]): void {
  const bar = byId('menubar');
  clear(bar);
  for (const caption of ['Файл', 'Правка', 'Вид', 'Вставка', 'Формат', 'Данные', 'Инструменты']) {
    const stub = el('button', 'muted-menu', caption);
    stub.type = 'button';
    stub.title = 'В локальном запуске работает только меню дополнения';
    bar.appendChild(stub);
  }
  for (const menu of menus) {
    const button = el('button', '', menu.title);
    button.type = 'button';
    button.setAttribute('aria-haspopup', 'menu');
    button.setAttribute('aria-expanded', 'false');
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      button.setAttribute('aria-expanded', 'true');
      showPopup(button, menuNodes(menu.items));
    });
    bar.appendChild(button);
  }
}

function menuNodes(entries: MenuEntry[]): Node[] {
  const nodes: Node[] = [];
  for (const entry of entries) {
    if ('separator' in entry) nodes.push(el('hr'));
    else if ('submenu' in entry) {
      nodes.push(el('div', 'heading', entry.submenu));
      nodes.push(...menuNodes(entry.items));
    } else {
      const item = el('button', 'item', entry.caption);
      item.type = 'button';
      item.setAttribute('role', 'menuitem');
      item.addEventListener('click', () => {
        hidePopup();
        void runMenu(entry.functionName, entry.caption);
      });
      nodes.push(item);
    }
  }
  return nodes;
}

/** A menu click; while the handler asks questions, ask the person and run it again with the answers so far. */
async function runMenu(functionName: string, caption: string): Promise<void> {
  if (busy) return;
  busy = true;
  document.body.style.cursor = 'progress';
  try {
    const answers: ScriptedAnswer[] = [];
    for (;;) {
      const { outcome, state: next } = await api.clickMenu(functionName, answers);
      draw(next);
      if (outcome.ok) return;
      if ('question' in outcome) {
        answers.push(await askQuestion(outcome.question));
        continue;
      }
      showToast(`«${caption}»: ошибка`, outcome.error.message, -1, true);
      return;
    }
  } catch (error) {
    showToast('Ошибка', error instanceof Error ? error.message : String(error), -1, true);
  } finally {
    busy = false;
    document.body.style.cursor = '';
  }
}

function drawSidebar(next: PageState): void {
  const aside = byId('sidebar');
  if (!next.sidebar) {
    aside.hidden = true;
    shownSidebar = 0;
    return;
  }
  aside.hidden = false;
  byId('sidebar-title').textContent = next.sidebar.title;
  if (next.sidebar.id !== shownSidebar) {
    shownSidebar = next.sidebar.id;
    byId<HTMLIFrameElement>('sidebar-frame').src = `/panel/sidebar?id=${next.sidebar.id}`;
  }
}

function drawDialog(next: PageState): void {
  if (!next.dialog || next.dialog.id === shownDialog) return;
  shownDialog = next.dialog.id;
  const frame = el('iframe');
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

function showList(cell: HTMLElement, list: string[], row: number, column: number, locked: boolean): void {
  const nodes: Node[] = [el('div', 'heading', 'Выберите значение')];
  for (const value of ['', ...list]) {
    const item = el('button', 'item', value || '(пусто)');
    item.type = 'button';
    item.setAttribute('role', 'option');
    item.addEventListener('click', () => {
      hidePopup();
      void commitEdit(row, column, value, locked);
    });
    nodes.push(item);
  }
  showPopup(cell, nodes);
}

/** A click shows the cell's whole text (and its note) in the bar above the grid, as Sheets' formula bar does. */
function selectCell(td: HTMLElement, cell: CellView): void {
  byId('grid')
    .querySelectorAll('td.selected')
    .forEach((other) => other.classList.remove('selected'));
  td.classList.add('selected');
  byId('cell-name').textContent = td.dataset.cell ?? '';
  byId('cell-text').textContent = cell.note ? `${cell.text}\n— примечание: ${cell.note}` : cell.text;
}

/** Double-click: type into the cell; Enter or leaving the cell keeps the text, Esc drops it. */
function startEdit(
  td: HTMLElement,
  row: number,
  column: number,
  text: string,
  locked: boolean,
  now = false,
): void {
  if (now) {
    void commitEdit(row, column, text, locked);
    return;
  }
  const input = el('input', 'cell-input');
  input.value = text;
  clear(td);
  td.appendChild(input);
  input.focus();
  let done = false;
  const finish = (keep: boolean): void => {
    if (done) return;
    done = true;
    if (keep && input.value !== text) void commitEdit(row, column, input.value, locked);
    else if (state) draw(state);
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') finish(true);
    if (event.key === 'Escape') finish(false);
  });
  input.addEventListener('blur', () => finish(true));
}

/** Sends a person's edit; a protected cell asks first, as Sheets warns before editing a protected range. */
async function commitEdit(row: number, column: number, text: string, locked: boolean): Promise<void> {
  if (locked) {
    const go = await new Promise<boolean>((resolve) => {
      const yes = el('button', 'primary', 'Изменить');
      yes.type = 'button';
      yes.addEventListener('click', () => {
        closeModal();
        resolve(true);
      });
      const body = [el('p', '', 'Эта ячейка защищена: её ведёт дополнение. Всё равно изменить?')];
      openModal('Защищённый диапазон', body, [yes], () => resolve(false));
    });
    if (!go) {
      if (state) draw(state);
      return;
    }
  }
  try {
    const { outcome, state: next } = await api.editCell({ sheet: activeSheet, row, column, text });
    draw(next);
    if (!outcome.ok)
      showToast('Не удалось изменить ячейку', 'error' in outcome ? outcome.error.message : '', -1, true);
  } catch (error) {
    showToast('Ошибка', error instanceof Error ? error.message : String(error), -1, true);
  }
}

function showLinks(
  title: string,
  entries: Array<{ label: string; href: string; extra?: string; download?: string }>,
  empty: string,
): void {
  const body: Node[] = [];
  if (!entries.length) body.push(el('p', 'muted', empty));
  const list = el('ul');
  for (const entry of entries) {
    const li = el('li');
    const link = el('a', '', entry.label);
    link.href = entry.href;
    link.target = '_blank';
    link.rel = 'noopener';
    li.appendChild(link);
    if (entry.extra) li.appendChild(el('span', 'muted', ` — ${entry.extra}`));
    if (entry.download) {
      li.appendChild(document.createTextNode(' · '));
      const dl = el('a', '', 'скачать .html');
      dl.href = entry.download;
      li.appendChild(dl);
    }
    list.appendChild(li);
  }
  if (entries.length) body.push(list);
  openModal(title, body, [], () => undefined);
}

function wire(): void {
  initModal();
  document.addEventListener('click', () => {
    hidePopup();
    byId('menubar')
      .querySelectorAll('[aria-expanded="true"]')
      .forEach((b) => b.setAttribute('aria-expanded', 'false'));
  });
  byId('sidebar-close').addEventListener('click', () => void closePanel('sidebar'));
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
    const data = event.data as { source?: string; which?: string; type?: string; action?: string } | null;
    if (!data || data.source !== 'nastavnik-panel') return;
    const which = data.which === 'dialog' ? 'dialog' : 'sidebar';
    if (data.type === 'host' && data.action === 'close') void closePanel(which);
    else if (data.type === 'changed') void refresh();
  });
  // A form answered in another tab changes the workbook: look again when the person comes back.
  window.addEventListener('focus', () => void refresh());
}

wire();
void refresh().catch((error: unknown) => showToast('Сервер не отвечает', String(error), -1, true));
