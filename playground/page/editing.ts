import type { PageState } from '../session';
import type { CellView } from '../workbook-view';
import * as api from './api';
import { byId, clear, el } from './dom';
import { closeModal, hidePopup, openModal, showPopup, showToast } from './overlays';

/** What editing needs from the window: the sheet shown, and drawing a state (or the last one again). */
export interface EditContext {
  sheet(): string;
  draw(next?: PageState): void;
}

let ctx: EditContext = { sheet: () => '', draw: () => undefined };

/** Connects editing to the window once. */
export function initEditing(context: EditContext): void {
  ctx = context;
}

/** A dropdown's values under its cell; picking one writes it. */
export function showList(
  cell: HTMLElement,
  list: string[],
  row: number,
  column: number,
  locked: boolean,
): void {
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
export function selectCell(td: HTMLElement, cell: CellView): void {
  byId('grid')
    .querySelectorAll('td.selected')
    .forEach((other) => other.classList.remove('selected'));
  td.classList.add('selected');
  byId('cell-name').textContent = td.dataset.cell ?? '';
  byId('cell-text').textContent = cell.note ? `${cell.text}\n— примечание: ${cell.note}` : cell.text;
}

/** Double-click: type into the cell; Enter or leaving the cell keeps the text, Esc drops it. */
export function startEdit(
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
    else ctx.draw();
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
      ctx.draw();
      return;
    }
  }
  try {
    const { outcome, state: next } = await api.editCell({ sheet: ctx.sheet(), row, column, text });
    ctx.draw(next);
    if (!outcome.ok)
      showToast('Не удалось изменить ячейку', 'error' in outcome ? outcome.error.message : '', -1, true);
  } catch (error) {
    showToast('Ошибка', error instanceof Error ? error.message : String(error), -1, true);
  }
}
