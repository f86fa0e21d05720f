import type { CellView, SheetView } from '../workbook-view';
import { clear, columnLetter, el, safeColor } from './dom';

/** Row height in pixels (page.css): frozen rows stick at multiples of it below the column letters. */
const ROW_HEIGHT = 23;

/** What a person can do with a cell: open its dropdown, or type into it (row and column are 1-based). */
export interface GridHandlers {
  list(td: HTMLElement, list: string[], row: number, column: number, locked: boolean): void;
  /** `now`: write this text at once (a checkbox click) instead of opening the cell for typing. */
  edit(td: HTMLElement, row: number, column: number, text: string, locked: boolean, now?: boolean): void;
  select(td: HTMLElement, cell: CellView): void;
}

/** Draws one sheet into the table: column letters, row numbers, frozen rows, notes, dropdowns, protection. */
export function renderGrid(table: HTMLTableElement, sheet: SheetView, handlers: GridHandlers): void {
  clear(table);
  const columns = sheet.widths.length;
  // Hidden columns are not drawn, as in Sheets; the others keep their letters and their place for editing.
  const hidden = new Set(sheet.hiddenColumns);
  const colgroup = el('colgroup');
  const corner = el('col');
  corner.style.width = '46px';
  colgroup.appendChild(corner);
  let total = 46;
  for (const [i, width] of sheet.widths.entries()) {
    if (hidden.has(i + 1)) continue;
    const col = el('col');
    const px = Math.max(30, Math.min(width, 400));
    total += px;
    col.style.width = `${px}px`;
    colgroup.appendChild(col);
  }
  // A fixed layout honours the column widths only when the table's own width is set.
  table.style.width = `${total}px`;
  table.appendChild(colgroup);
  const head = el('thead');
  const letters = el('tr');
  letters.appendChild(el('th', 'corner'));
  for (let c = 1; c <= columns; c++) if (!hidden.has(c)) letters.appendChild(el('th', '', columnLetter(c)));
  head.appendChild(letters);
  table.appendChild(head);
  const body = el('tbody');
  sheet.rows.forEach((row, r) => {
    const tr = el('tr');
    const frozen = r < sheet.frozenRows;
    if (frozen && r === sheet.frozenRows - 1) tr.className = 'frozen-last';
    const number = el('th', frozen ? 'frozen' : '', String(r + 1));
    if (frozen) number.style.top = `${ROW_HEIGHT * (r + 1)}px`;
    tr.appendChild(number);
    row.forEach((cell, c) => {
      if (!hidden.has(c + 1)) tr.appendChild(cellElement(cell, r, c, frozen, handlers));
    });
    body.appendChild(tr);
  });
  table.appendChild(body);
}

function cellElement(
  cell: CellView,
  r: number,
  c: number,
  frozen: boolean,
  handlers: GridHandlers,
): HTMLTableCellElement {
  const td = el('td', '', cell.text);
  td.dataset.cell = `${columnLetter(c + 1)}${r + 1}`;
  const classes: string[] = [];
  if (frozen) {
    classes.push('frozen');
    td.style.top = `${ROW_HEIGHT * (r + 1)}px`;
  }
  if (cell.locked) classes.push('locked');
  if (cell.note) {
    classes.push('has-note');
    td.title = cell.note;
  }
  if (cell.bold) td.style.fontWeight = 'bold';
  const bg = safeColor(cell.background);
  if (bg) td.style.backgroundColor = bg;
  const color = safeColor(cell.color);
  if (color) td.style.color = color;
  if (cell.align === 'center' || cell.align === 'right' || cell.align === 'left')
    td.style.textAlign = cell.align;
  if (cell.checkbox) {
    // Sheets draws a checkbox cell as a box; a click ticks or unticks it.
    const ticked = cell.text.toUpperCase() === 'TRUE';
    td.textContent = ticked ? '☑' : '☐';
    td.style.textAlign = 'center';
    td.setAttribute('role', 'checkbox');
    td.setAttribute('aria-checked', String(ticked));
    td.addEventListener('click', () =>
      handlers.edit(td, r + 1, c + 1, ticked ? 'FALSE' : 'TRUE', !!cell.locked, true),
    );
  }
  if (cell.list) {
    const list = cell.list;
    classes.push('has-list');
    td.appendChild(el('span', 'chevron', '▾'));
    td.addEventListener('click', (event) => {
      event.stopPropagation();
      handlers.list(td, list, r + 1, c + 1, !!cell.locked);
    });
  }
  td.addEventListener('click', () => handlers.select(td, cell));
  if (!cell.checkbox)
    td.addEventListener('dblclick', () => handlers.edit(td, r + 1, c + 1, cell.text, !!cell.locked));
  td.className = classes.join(' ');
  return td;
}
