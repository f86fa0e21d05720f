/**
 * Marking an item of «Дорожная карта» done: its status «выполнено», the day it was done and, when there is one,
 * the document it was done by — an order of «Приказы» (its number, date and link) or a link typed in — written to
 * the item's «Примечание», after what the curator wrote there. One operation. When the item was overdue, the check
 * report is rebuilt next, so the mark «Проверить данные» left at its date goes at once rather than at the next
 * check; an item that was not overdue carries no such mark, and the report is left alone.
 */
import { formatRuDate, isoDateInZone } from '../../domain/registry/dates';
import { IsoDateSchema, idOf } from '../../domain/registry/entities/common';
import { OrderSchema, RoadmapItemSchema } from '../../domain/registry/entities/records';
import * as z from '../../domain/registry/entities/zod';
import { isOverdueRoadmapItem } from '../../domain/registry/roadmap-overdue';
import { ORDERS_TABLE, ROADMAP_TABLE } from '../../domain/registry/tables';
import { UserError } from '../../domain/user-error';
import { runOperation } from '../operations/run-operation';
import { cellsOf, loadEntities, requireEntity } from '../registry/entity-table';
import { parseInput } from '../registry/input';
import type { Services } from '../services';

const MarkDoneInput = z.object({
  itemId: idOf('ДК'),
  doneDate: IsoDateSchema,
  orderId: idOf('ПК').optional(),
  documentUrl: z.string().trim().max(500).optional(),
});

/** What was written: the item, its status and date, and the document line added to its note. */
export interface MarkedRoadmapItem {
  readonly itemId: string;
  readonly status: 'выполнено';
  readonly doneDate: string;
  readonly document?: string;
}

/** Marks the item «выполнено» on `doneDate` with its document, if one is given. */
export function markRoadmapItemDone(s: Services, input: unknown, operationId?: string): MarkedRoadmapItem {
  const request = parseInput(MarkDoneInput, input, { spec: ROADMAP_TABLE });
  const url = request.documentUrl === '' ? undefined : request.documentUrl;
  if (url !== undefined && !/^https:\/\/[^\s<>"]+$/.test(url)) {
    throw new UserError(
      `«Ссылка на документ»: «${url}» — не ссылка. Вставьте адрес документа целиком, начиная с https://.`,
    );
  }
  const today = isoDateInZone(s.clock.now(), s.tables.timeZone());
  if (request.doneDate > today) {
    throw new UserError(
      `«Дата выполнения» ${formatRuDate(request.doneDate)} ещё не наступила: отметьте пункт, когда он выполнен.`,
    );
  }
  const { wasOverdue, ...marked } = runOperation(
    s,
    { id: operationId, action: 'Дорожная карта: выполнено' },
    (b): MarkedRoadmapItem & { wasOverdue: boolean } => {
      const roadmap = loadEntities(b, ROADMAP_TABLE, RoadmapItemSchema);
      const item = requireEntity(roadmap, request.itemId, 'Пункт дорожной карты');
      if (item.status === 'отменено') {
        throw new UserError(
          `Пункт ${item.number ?? item.id} отменён. Если он всё же выполнен, смените его статус на листе «${roadmap.data.sheetName}».`,
        );
      }
      if (item.status === 'выполнено' && item.doneDate === request.doneDate && !request.orderId && !url) {
        return { itemId: item.id, status: 'выполнено', doneDate: request.doneDate, wasOverdue: false };
      }
      const document = request.orderId
        ? orderLine(b, request.orderId, url)
        : url
          ? `Документ: ${url}`
          : undefined;
      const note = document ? [item.note, document].filter(Boolean).join('\n') : item.note;
      const cells = cellsOf(b, ROADMAP_TABLE, { status: 'выполнено', doneDate: request.doneDate, note }, [
        'status',
        'doneDate',
        'note',
      ]);
      b.tables.update(roadmap.data, [{ rowNumber: item.rowNumber, cells }]);
      b.journal.record([
        {
          action: `Дорожная карта: пункт ${item.number ?? item.id} выполнен`,
          ids: [item.id, ...(request.orderId ? [request.orderId] : [])],
          details: document,
        },
      ]);
      return {
        itemId: item.id,
        status: 'выполнено',
        doneDate: request.doneDate,
        ...(document ? { document } : {}),
        wasOverdue: isOverdueRoadmapItem(item, today),
      };
    },
  );
  if (wasOverdue)
    runOperation(s, { action: 'Дорожная карта: отметка просрочки', after: 'check-report' }, () => null);
  return marked;
}

/** «Приказ № 3 от 01.09.2025 «О …»: https://…» for an order of «Приказы» that is not cancelled. */
function orderLine(s: Services, orderId: string, url: string | undefined): string {
  const orders = loadEntities(s, ORDERS_TABLE, OrderSchema);
  const order = requireEntity(orders, orderId, 'Приказ');
  if (order.status === 'отменён') {
    throw new UserError(`Приказ № ${order.number} отменён: выберите действующий приказ или вставьте ссылку.`);
  }
  const link = url ?? order.documentUrl;
  return `Приказ № ${order.number} от ${formatRuDate(order.date)} «${order.title}»${link ? `: ${link}` : ''}`;
}
