import '../../common/base.css';
import '../../common/kit.css';
import './style.css';
import type { OrderChoices, OrderKindChoice, PickChoice } from '../../../src/app/documents/order-choices';
import type { OrderPreview } from '../../../src/app/documents/orders';
import type { ProgrammeDocumentsProgress } from '../../../src/app/documents/programme-documents';
import { byId, el, replaceChildren } from '../../common/dom';
import {
  dateField,
  selectField,
  textField,
  textareaField,
  validateAll,
  type Field,
} from '../../common/fields';
import { operation } from '../../common/operations';
import { serverFunctions } from '../../common/server';
import { runCall, statusLine } from '../../common/status';
import { nameFormsSection, type FormCorrection } from './name-forms';

const app = byId('app');
const status = statusLine(byId('status'));
const picksBox = byId('picks');
const extraBox = byId('extra');
const previewBox = byId('preview-box');
const resultBox = byId('result');
const creating = operation();
const signing = operation();
const correcting = operation();
let choices: OrderChoices | null = null;

const kind = selectField({ label: 'Вид приказа', name: 'kind', options: [], required: true });
const date = dateField({ label: 'Дата приказа', name: 'date', required: true });
const signerName = textField({
  label: 'Подписывает',
  name: 'signerName',
  hint: 'Пусто — руководитель из «Настроек». Для и. о. укажите ФИО полностью',
});
const signerPosition = textField({ label: 'Должность подписывающего', name: 'signerPosition' });
const basis = textareaField({ label: 'Основание (необязательно)', name: 'basis', rows: 2 });
const due = dateField({ label: 'Программы представить куратору до', name: 'programmesDue' });
const eventTitle = textField({ label: 'Итоговое мероприятие', name: 'eventTitle', required: true });
const eventDate = dateField({ label: 'Дата мероприятия', name: 'eventDate', required: true });
const eventVenue = textField({ label: 'Место проведения', name: 'eventVenue' });
byId('form').append(kind.root, date.root);

function currentKind(): OrderKindChoice | undefined {
  return choices?.kinds.find((k) => k.id === kind.get());
}

/** The fields the chosen kind needs besides the list. */
function extraFields(k: OrderKindChoice | undefined): Field<string>[] {
  const common = [signerName, signerPosition, basis];
  if (k?.id === 'assign-mentorships') return [due, ...common];
  if (k?.id === 'final-event') return [eventTitle, eventDate, eventVenue, ...common];
  return common;
}

/** One row to tick; a blocked one cannot be ticked and says why. A note field where the kind asks for one. */
function pickRow(item: PickChoice, checked: boolean, notePlaceholder?: string): HTMLElement {
  const box = el('input', { type: 'checkbox', value: item.id, id: `pick-${item.id}` });
  box.checked = checked && !item.blocked;
  box.disabled = Boolean(item.blocked);
  const note = notePlaceholder
    ? el('input', { type: 'text', class: 'note', placeholder: notePlaceholder, 'data-for': item.id })
    : null;
  if (note) note.hidden = !box.checked;
  box.addEventListener('change', () => {
    if (note) note.hidden = !box.checked;
  });
  return el(
    'div',
    { class: 'pick' },
    el('label', { class: 'inline', for: `pick-${item.id}` }, box, ' ', item.label),
    item.blocked ? el('div', { class: 'why' }, `Нельзя включить: ${item.blocked}`) : null,
    note,
  );
}

function showKind(): void {
  const k = currentKind();
  byId('hint').textContent = k?.hint ?? '';
  previewBox.hidden = true;
  const items =
    k?.picks === 'mentors' ? choices?.mentors : k?.picks === 'mentorships' ? choices?.mentorships : [];
  const note =
    k?.id === 'thanks'
      ? 'За что (необязательно)'
      : k?.id === 'change-programmes'
        ? 'Что меняется'
        : undefined;
  replaceChildren(
    picksBox,
    ...(items ?? []).map((item) => pickRow(item, k?.preselected.includes(item.id) ?? false, note)),
  );
  replaceChildren(extraBox, ...extraFields(k).map((f) => f.root));
}

function ticked(): string[] {
  return Array.from(picksBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
    .filter((b) => b.checked)
    .map((b) => b.value);
}

function notes(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const input of Array.from(picksBox.querySelectorAll<HTMLInputElement>('input.note'))) {
    if (!input.hidden && input.value.trim()) out[input.dataset.for ?? ''] = input.value.trim();
  }
  return out;
}

/** The request as the server takes it. */
function request(): Record<string, unknown> {
  const k = currentKind();
  const chosen = ticked();
  return {
    kind: kind.get(),
    date: date.get(),
    mentorshipIds: k?.picks === 'mentorships' ? chosen : [],
    mentorIds: k?.picks === 'mentors' ? chosen : [],
    notes: notes(),
    ...(k?.id === 'assign-mentorships' && due.get() ? { programmesDue: due.get() } : {}),
    ...(k?.id === 'final-event'
      ? {
          event: {
            title: eventTitle.get(),
            date: eventDate.get(),
            ...(eventVenue.get() ? { venue: eventVenue.get() } : {}),
          },
        }
      : {}),
    ...(basis.get() ? { basis: basis.get() } : {}),
    ...(signerName.get() ? { signer: { name: signerName.get(), position: signerPosition.get() } } : {}),
  };
}

function valid(): boolean {
  return validateAll([kind, date, ...extraFields(currentKind())]);
}

/** The preview as the head will read it: lines as paragraphs, «a | b» as table rows; warnings first. */
function showPreview(preview: OrderPreview): void {
  const warnings = [
    ...preview.leftOut.map((l) => `Не войдёт в приказ — ${l.why}`),
    ...preview.missing.map((m) => `Нет данных: ${m}`),
  ];
  replaceChildren(
    previewBox,
    ...warnings.map((w) => el('p', { class: 'warn' }, w)),
    ...preview.lines.map((line) =>
      line.includes(' | ')
        ? el(
            'p',
            { class: 'row' },
            line
              .split(' | ')
              .filter((cell) => cell.trim() !== '')
              .join(' · '),
          )
        : el('p', {}, line),
    ),
    nameFormsSection(preview.names, correctName),
  );
  previewBox.hidden = false;
  previewBox.scrollIntoView({ block: 'start' });
}

/** «Сохранить» of a form under the preview: kept on «Склонение ФИО», then the preview made again with it. */
async function correctName(correction: FormCorrection): Promise<void> {
  const saved = await runCall(
    app,
    status,
    () => correcting.send(correction, (id) => serverFunctions.saveNameCorrection(correction, id)),
    { busy: 'Сохраняем исправление…' },
  );
  if (!saved || !(await preview())) return;
  status.ok(
    saved.form
      ? `Исправление сохранено на листе «Склонение ФИО»: ${saved.case} — ${saved.form}.`
      : `Исправление снято: ${saved.case} падеж склоняет дополнение.`,
  );
}

/** Shows the preview; answers whether it came. */
async function preview(): Promise<boolean> {
  if (!valid()) return false;
  const result = await runCall(app, status, () => serverFunctions.previewOrder(request()), {
    busy: 'Составляем текст…',
    done: (p) =>
      p.leftOut.length > 0
        ? `Предпросмотр: приказ получит № ${p.number}. Часть выбранного не войдёт — см. ниже.`
        : `Предпросмотр: приказ получит № ${p.number}.`,
  });
  if (result) showPreview(result);
  return result !== undefined;
}

async function create(): Promise<void> {
  if (!valid()) return;
  const body = request();
  const made = await runCall(
    app,
    status,
    () => creating.send(body, (id) => serverFunctions.createOrder(body, id)),
    { busy: 'Создаём документ…' },
  );
  if (!made) return;
  replaceChildren(
    resultBox,
    el(
      'p',
      {},
      `Приказ № ${made.number} «${made.title}» зарегистрирован на листе «Приказы» со статусом «проект».`,
    ),
    el('p', {}, el('a', { href: made.url, target: '_blank', rel: 'noopener' }, 'Открыть документ')),
    el('p', { class: 'muted' }, 'Когда руководитель подпишет приказ, отметьте это ниже, в «Ждут подписи».'),
  );
  resultBox.hidden = false;
  previewBox.hidden = true;
  await load(false);
  status.ok('Документ создан.');
  resultBox.scrollIntoView({ block: 'start' });
}

async function sign(orderId: string, to: 'подписан' | 'отменён'): Promise<void> {
  const input = { orderId, status: to };
  const done = await runCall(
    app,
    status,
    () => signing.send(input, (id) => serverFunctions.setOrderStatus(input, id)),
    {
      busy: 'Сохраняем…',
    },
  );
  if (!done) return;
  // The line «…со статусом «проект»» under the buttons is no longer true.
  resultBox.hidden = true;
  await load(false);
  status.ok(
    to === 'отменён'
      ? 'Приказ отмечен как отменённый.'
      : done.mentorshipIds.length > 0
        ? `Приказ подписан. Пары и группы утверждены: ${done.mentorshipIds.join(', ')}.`
        : done.programmeIds.length > 0
          ? `Приказ подписан. Программы утверждены: ${done.programmeIds.join(', ')}.`
          : 'Приказ отмечен как подписанный.',
  );
}

function showDrafts(data: OrderChoices): void {
  byId('drafts-title').hidden = data.drafts.length === 0;
  replaceChildren(
    byId('drafts'),
    ...data.drafts.map((d) => {
      const signed = el('button', { type: 'button' }, 'Подписан');
      const cancelled = el('button', { type: 'button' }, 'Отменён');
      signed.addEventListener('click', () => void sign(d.id, 'подписан'));
      cancelled.addEventListener('click', () => void sign(d.id, 'отменён'));
      return el(
        'li',
        {},
        d.url ? el('a', { href: d.url, target: '_blank', rel: 'noopener' }, d.label) : d.label,
        el('div', { class: 'buttons' }, signed, cancelled),
      );
    }),
  );
}

const programmesBox = byId('programmes');
const makeButton = byId<HTMLButtonElement>('make-programmes');
const continueButton = byId<HTMLButtonElement>('continue-programmes');
let jobId: string | null = null;

function showProgrammes(data: OrderChoices): void {
  const any = data.programmes.length > 0;
  byId('programmes-title').hidden = !any;
  byId('programmes-hint').hidden = !any;
  makeButton.hidden = !any;
  byId('programme-documents').hidden = !any;
  replaceChildren(programmesBox, ...data.programmes.map((p) => pickRow(p, !p.hasDocument)));
}

function showProgress(progress: ProgrammeDocumentsProgress): void {
  byId('progress-box').hidden = false;
  const bar = byId<HTMLProgressElement>('progress');
  bar.max = progress.total;
  bar.value = progress.processed;
  byId('progress-text').textContent = progress.summary;
  replaceChildren(byId('progress-failed'), ...progress.failed.map((f) => el('li', {}, f.message)));
  continueButton.hidden = progress.finished;
}

/** Drives the job chunk by chunk until it is finished or a call fails («Продолжить» resumes it). */
async function drive(): Promise<void> {
  while (jobId) {
    const id = jobId;
    const progress = await runCall(app, status, () => serverFunctions.continueProgrammeDocuments(id), {
      busy: 'Создаём документы…',
    });
    if (!progress) {
      continueButton.hidden = false;
      return;
    }
    showProgress(progress);
    if (progress.stopped) {
      // Google's limit for the day: pressing again today would only be refused again.
      status.ok(progress.stopped);
      return;
    }
    if (progress.finished) {
      jobId = null;
      status.ok(`Документы готовы: ${progress.processed - progress.failed.length} из ${progress.total}.`);
      await load(false);
    }
  }
}

async function makeProgrammes(): Promise<void> {
  const programmeIds = Array.from(programmesBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
    .filter((b) => b.checked)
    .map((b) => b.value);
  if (programmeIds.length === 0) {
    status.ok('Отметьте программы, документы которых нужно создать.');
    return;
  }
  const documents = [
    ...(byId<HTMLInputElement>('make-programme').checked ? ['programme'] : []),
    ...(byId<HTMLInputElement>('make-agreement').checked ? ['agreement'] : []),
  ];
  if (documents.length === 0) {
    status.ok('Отметьте, что создать: документ программы, соглашение участников или оба.');
    return;
  }
  const started = await runCall(
    app,
    status,
    () => serverFunctions.startProgrammeDocuments({ programmeIds, documents }),
    {
      busy: 'Готовим…',
    },
  );
  if (!started) return;
  jobId = started.id;
  showProgress(started);
  await drive();
}

makeButton.addEventListener('click', () => void makeProgrammes());
continueButton.addEventListener('click', () => void drive());

async function load(first: boolean): Promise<void> {
  const data = await runCall(app, status, () => serverFunctions.loadOrderSidebar(), {
    busy: first ? 'Загрузка…' : 'Обновляем…',
  });
  if (!data) return;
  const keep = kind.get();
  choices = data;
  kind.setOptions(data.kinds.map((k) => ({ value: k.id, label: k.name })));
  if (first || !keep) {
    kind.set(data.kinds.find((k) => k.preselected.length > 0)?.id ?? data.kinds[0]?.id);
    date.set(data.today);
  } else kind.set(keep);
  showKind();
  showDrafts(data);
  showProgrammes(data);
}

kind.root.addEventListener('change', showKind);
byId('preview').addEventListener('click', () => void preview());
byId('create').addEventListener('click', () => void create());
void load(true);
