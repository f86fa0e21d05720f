import '../../common/base.css';
import '../../common/kit.css';
import './style.css';
import type { AttentionSidebar } from '../../../src/app/attention/attention';
import type { AttentionCategory, AttentionItem } from '../../../src/app/attention/attention-items';
import { byId, el, replaceChildren, ruDate } from '../../common/dom';
import { dateField, selectField, textField, validateAll } from '../../common/fields';
import { operation } from '../../common/operations';
import { differs, reloadOnReturn } from '../../common/refresh';
import { serverFunctions } from '../../common/server';
import { runCall, statusLine } from '../../common/status';

const app = byId('app');
const status = statusLine(byId('status'));
const summary = byId('summary');
const categoriesBox = byId('categories');
const markBox = byId('mark');
const digestBox = byId<HTMLInputElement>('digest');
const marking = operation();
let shown: AttentionSidebar | null = null;
/** The roadmap item whose «Отметить выполненным» form is open. */
let markingItem: AttentionItem | null = null;

const doneDate = dateField({ label: 'Дата выполнения', name: 'doneDate', required: true });
const order = selectField({ label: 'Приказ', name: 'orderId', options: [], empty: '— без приказа —' });
const link = textField({
  label: 'Ссылка на документ',
  name: 'documentUrl',
  hint: 'Необязательно: адрес документа, начиная с https://',
  check: (v) => (v === '' || /^https:\/\/\S+$/.test(v) ? '' : 'Вставьте адрес целиком, начиная с https://'),
});
byId('mark-fields').append(doneDate.root, order.root, link.root);

function render(data: AttentionSidebar): void {
  shown = data;
  closeMark();
  summary.textContent =
    data.total === 0
      ? `На ${ruDate(data.today)} ничего не требует внимания.`
      : `На ${ruDate(data.today)} требуют внимания: ${data.total}`;
  replaceChildren(categoriesBox, ...data.categories.map(categoryView));
  order.setOptions(data.orders.map((o) => ({ value: o.id, label: o.label })));
  digestBox.checked = data.digest;
}

/** A category: its title and count, what it means, its lines (a click goes to the row). */
function categoryView(c: AttentionCategory): HTMLElement {
  const kind = c.noData ? 'no-data' : c.count === 0 ? 'empty' : 'full';
  const more = c.count - c.items.length;
  return el(
    'section',
    { class: `category ${kind}`, 'data-key': c.key },
    el('h2', {}, el('span', {}, c.title), el('span', { class: 'count' }, c.noData ? 'нет данных' : c.count)),
    c.count > 0 || c.noData ? el('p', { class: 'note' }, c.note) : null,
    c.items.length > 0 ? el('ul', {}, ...c.items.map(itemView)) : null,
    more > 0 ? el('p', { class: 'more' }, `… и ещё ${more}: они на листе, список показывает первые.`) : null,
  );
}

function itemView(item: AttentionItem): HTMLElement {
  const go = el('button', { type: 'button', class: 'go', title: 'Перейти к строке' }, item.text);
  go.addEventListener('click', () => void goTo(item));
  const li = el('li', { 'data-id': item.id }, go);
  if (item.markable) {
    const done = el('button', { type: 'button', class: 'done' }, 'Выполнено…');
    done.addEventListener('click', () => openMark(item, li));
    li.append(el('div', {}, done));
  }
  return li;
}

async function goTo(item: AttentionItem): Promise<void> {
  await runCall(app, status, () => serverFunctions.goToAttentionRow({ table: item.table, id: item.id }), {
    busy: 'Переход к строке…',
    done: (r) => `Открыт лист «${r.sheetName}», строка ${r.rowNumber}.`,
  });
}

function openMark(item: AttentionItem, li: HTMLElement): void {
  markingItem = item;
  doneDate.set(shown?.today ?? '');
  order.set('');
  link.set('');
  li.append(markBox);
  markBox.hidden = false;
}

function closeMark(): void {
  markingItem = null;
  markBox.hidden = true;
  app.append(markBox);
}

byId('mark-cancel').addEventListener('click', closeMark);
byId('mark-save').addEventListener('click', () => void saveMark());

async function saveMark(): Promise<void> {
  const item = markingItem;
  if (!item || !validateAll([doneDate, link])) return;
  const input: Record<string, string> = { itemId: item.id, doneDate: doneDate.get() };
  if (order.get()) input.orderId = order.get();
  if (link.get()) input.documentUrl = link.get();
  const marked = await runCall(
    app,
    status,
    () => marking.send(input, (id) => serverFunctions.markRoadmapItemDone(input, id)),
    { busy: 'Сохранение…' },
  );
  if (!marked) return;
  const fresh = await load();
  if (fresh) render(fresh);
  status.ok(
    `Пункт отмечен выполненным ${ruDate(marked.doneDate)}${marked.document ? `. ${marked.document}` : ''}.`,
  );
}

digestBox.addEventListener('change', () => void setDigest(digestBox.checked));

async function setDigest(on: boolean): Promise<void> {
  const state = await runCall(app, status, () => serverFunctions.setAttentionDigest(on), {
    busy: on ? 'Включение сводки…' : 'Выключение сводки…',
    done: (r) => r.message,
  });
  digestBox.checked = state ? state.digest : !on;
}

async function load(): Promise<AttentionSidebar | undefined> {
  return runCall(app, status, () => serverFunctions.loadAttentionSidebar(), { busy: 'Загрузка…', done: '' });
}

byId('refresh').addEventListener('click', () => {
  void load().then((fresh) => fresh && render(fresh));
});

// Quietly again when the curator comes back from the sheet, unless a mark is being typed.
reloadOnReturn(
  () => serverFunctions.loadAttentionSidebar(),
  (fresh) => {
    if (markingItem === null && differs(fresh, shown)) render(fresh);
  },
);

void load().then((fresh) => fresh && render(fresh));
