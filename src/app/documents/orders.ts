/**
 * «Подготовить приказ…»: the preview before anything is made, then making the order — its number, its row in
 * «Приказы», its Google Doc — so that it survives a stop anywhere: the number and the row are one operation, the
 * document carries the order's ID as its key (found again, never made twice), and its link is written by a second
 * operation. The sidebar's retry with the same operation ID goes on from where the stopped execution was.
 */
import { fillDocument } from '../../domain/documents/documents';
import { documentText } from '../../domain/documents/document-text';
import { DOCUMENT_KINDS } from '../../domain/documents/kinds';
import type { DocTree } from '../../domain/documents/model';
import { formatRuDate } from '../../domain/registry/dates';
import { OrderSchema, type Order } from '../../domain/registry/entities/records';
import { ORDERS_TABLE, SETTINGS_TABLE } from '../../domain/registry/tables';
import { nextOrderNumber, type NextNumber } from '../../domain/orders/numbering';
import { isDailyLimit, UserError } from '../../domain/user-error';
import type { DocumentStore, StoredDocument } from '../../ports/document-store';
import { runOperation } from '../operations/run-operation';
import { cellsOf, loadEntities, requireEntity } from '../registry/entity-table';
import { issueIds } from '../registry/ids';
import { parseInput } from '../registry/input';
import type { Services } from '../services';
import { orderData, OrderRequestSchema, type LeftOut, type OrderRequest } from './order-contexts';
import { recordingNames, type PersonNameForms } from './name-corrections';
import { LANGUAGE, readRegistry, type RegistryData } from './registry-data';
import { registerTemplate, templateFor } from './templates';
import { rememberThanked } from '../report/training';

/** What a preview shows before anything is made. */
export interface OrderPreview {
  readonly title: string;
  /** The number the order will take if made now. */
  readonly number: string;
  /** The text as the head will read it, line by line (tables as «a | b»). */
  readonly lines: string[];
  /** Fields the data could not fill, each with where it stands. */
  readonly missing: string[];
  /** Pairs, groups or people left out, with why. */
  readonly leftOut: LeftOut[];
  /** The declined forms of each person's name the text used, for the curator to correct one. */
  readonly names: PersonNameForms[];
}

/** A made order, as the sidebar links to it. */
export interface MadeOrder {
  readonly orderId: string;
  readonly number: string;
  readonly title: string;
  readonly url: string;
}

/** The preview: the text with names declined, what the data cannot fill, who is left out. Writes nothing. */
export function previewOrder(s: Services, documents: DocumentStore, input: unknown): OrderPreview {
  const request = parseOrderRequest(input);
  const data = readRegistry(s);
  const { number } = numberFor(data, request.date);
  const template = templateFor(s, documents, request.kind);
  const names = recordingNames(LANGUAGE);
  const made = render(s, data, request, number, template, names.language);
  return {
    title: DOCUMENT_KINDS[request.kind].title,
    number,
    lines: documentText(made.document).split('\n'),
    missing: made.missing,
    leftOut: made.leftOut,
    names: names.forms(),
  };
}

/**
 * Makes the order: its number and row (status «проект»), its Google Doc, the link in the row. Refuses, writing
 * nothing, when the order would concern nobody or a chosen pair or person was left out: the curator fixes the row
 * (or unticks it) first, as the preview said.
 */
export function createOrder(
  s: Services,
  documents: DocumentStore,
  input: unknown,
  operationId?: string,
): MadeOrder {
  const request = parseOrderRequest(input);
  const registered = runOperation(
    s,
    { id: operationId, action: 'Приказ: зарегистрировать' },
    (b) => {
      const data = readRegistry(b);
      const next = numberFor(data, request.date);
      const template = templateFor(b, documents, request.kind);
      const made = render(b, data, request, next.number, template);
      refuseIncomplete(request, made.leftOut, made.mentorshipIds);
      registerTemplate(b, documents, request.kind);
      const ids = data.orders.data.rows.map((r) => String(r.cells.id ?? ''));
      const [id] = issueIds(b.properties, 'ПК', ids, 1);
      const definition = DOCUMENT_KINDS[request.kind];
      const order: Order = {
        id,
        number: next.number,
        date: request.date,
        kind: definition.orderKind,
        title: definition.title,
        mentorshipIds: made.mentorshipIds,
        status: 'проект',
      };
      b.tables.append(data.orders.data, [cellsOf(b, ORDERS_TABLE, order)]);
      moveNextNumber(b, next);
      // Whom it thanks, for the rows «Обучение и награды наставников» gets when the order is signed.
      if (request.kind === 'thanks') rememberThanked(b.properties, id, request.mentorIds, request.notes);
      b.journal.record([
        {
          action: `Приказ зарегистрирован: № ${next.number} от ${formatRuDate(request.date)}`,
          ids: [id, ...made.mentorshipIds],
          details: definition.title,
        },
      ]);
      return { order, document: made.document };
    },
    {
      keep: (made) => made.order.id,
      answer: (kept) => registeredAgain(s, documents, request, String(kept)),
    },
  );
  const { order } = registered;
  const name = documentName(order);
  const document = madeOrLimit(() => documents.ensure(name, order.id, registered.document), order);
  runOperation(
    s,
    { id: operationId ? `${operationId}-link` : undefined, action: 'Приказ: ссылка на документ' },
    (b) => {
      const orders = loadEntities(b, ORDERS_TABLE, OrderSchema);
      const row = requireEntity(orders, order.id, 'Приказ');
      if (row.documentUrl === document.url) return;
      const cells = cellsOf(b, ORDERS_TABLE, { documentUrl: document.url }, ['documentUrl']);
      b.tables.update(orders.data, [{ rowNumber: row.rowNumber, cells }]);
    },
  );
  return { orderId: order.id, number: order.number, title: order.title, url: document.url };
}

/**
 * The order's document; when Google's limit for the day is spent, a fault that names the registered order rather
 * than a refusal: the order has its number, and «Создать» pressed again (the same intent) makes its document.
 */
function madeOrLimit(make: () => StoredDocument, order: Order): StoredDocument {
  try {
    return make();
  } catch (error) {
    if (!isDailyLimit(error)) throw error;
    throw new Error(
      `Приказ № ${order.number} от ${formatRuDate(order.date)} зарегистрирован в «Приказах», но его документ ` +
        `не создан. ${error.message} Тогда нажмите «Создать» ещё раз: номер останется тем же.`,
    );
  }
}

/** «Приказ № 45-о от 01.09.2025 — О закреплении…»: the document's name in Drive. */
export function documentName(order: Pick<Order, 'number' | 'date' | 'title'>): string {
  return `Приказ № ${order.number} от ${formatRuDate(order.date)} — ${order.title}`;
}

function parseOrderRequest(input: unknown): OrderRequest {
  return parseInput(OrderRequestSchema, input, { whole: 'Приказ' });
}

/** The number the next order dated `date` takes, by «Настройки» and the journal. */
function numberFor(data: RegistryData, date: string): NextNumber {
  const { settings } = data;
  const numbering = {
    prefix: settings.orderNumberPrefix,
    nextNumber: settings.orderNextNumber,
    yearlyReset: settings.orderYearlyReset,
  };
  return nextOrderNumber(numbering, data.orders.entities, date);
}

/** The order's document from its kind's template and the registry's data. */
function render(
  s: Services,
  data: RegistryData,
  request: OrderRequest,
  number: string,
  template: DocTree,
  language = LANGUAGE,
) {
  const gathered = orderData(s, data, request, number);
  const filled = fillDocument(request.kind, template, gathered.context as never, language);
  return {
    document: filled.document,
    missing: filled.missing.map((m) => `${m.field} — ${m.item ? `${m.item}, ` : ''}${m.where}`),
    leftOut: gathered.leftOut,
    mentorshipIds: gathered.mentorshipIds,
  };
}

function refuseIncomplete(
  request: OrderRequest,
  leftOut: readonly LeftOut[],
  mentorshipIds: readonly string[],
) {
  if (leftOut.length > 0) {
    throw new UserError(
      `Приказ не создан: ${leftOut.map((l) => l.why).join('; ')}. Исправьте это или снимите отметку и повторите.`,
    );
  }
  const concernsPairs = !['approve-regulation', 'appoint-curator', 'thanks'].includes(request.kind);
  if (concernsPairs && mentorshipIds.length === 0) {
    throw new UserError('Приказ не создан: не выбрано ни одной пары или группы.');
  }
  if (request.kind === 'thanks' && request.mentorIds.length === 0) {
    throw new UserError('Приказ не создан: не выбран ни один наставник.');
  }
}

/** «Приказы: следующий номер» moved past the number taken. */
function moveNextNumber(s: Services, next: NextNumber): void {
  const table = s.tables.read(SETTINGS_TABLE);
  const row = table.rows.find((r) => String(r.cells.key ?? '').trim() === 'orderNextNumber');
  if (row) s.tables.update(table, [{ rowNumber: row.rowNumber, cells: { value: next.following } }]);
}

/** A retry of a registration that was done: the order as registered, its document made again from its data. */
function registeredAgain(
  s: Services,
  documents: DocumentStore,
  request: OrderRequest,
  orderId: string,
): { order: Order; document: DocTree } {
  const data = readRegistry(s);
  const order = requireEntity(data.orders, orderId, 'Приказ');
  const template = templateFor(s, documents, request.kind);
  const made = render(s, data, { ...request, date: order.date }, order.number, template);
  const { rowNumber: _row, ...plain } = order;
  return { order: plain, document: made.document };
}
