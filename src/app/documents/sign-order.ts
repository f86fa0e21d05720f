/**
 * An order's life in «Приказы»: проект → подписан, or отменён. Signing does what the order says in the registry:
 * the pairs and groups it assigns move from «проект» to «утверждена» with the order in «Приказ (ID)», the programmes
 * it approves get it in «Приказ об утверждении». One operation, every rule of a status change applied to each pair.
 */
import { MentorshipSchema } from '../../domain/registry/entities/mentorship';
import { ProgrammeSchema } from '../../domain/registry/entities/programme';
import { idOf } from '../../domain/registry/entities/common';
import { OrderSchema } from '../../domain/registry/entities/records';
import * as z from '../../domain/registry/entities/zod';
import { MENTORSHIPS_TABLE, ORDERS_TABLE, PROGRAMMES_TABLE } from '../../domain/registry/tables';
import { UserError } from '../../domain/user-error';
import type { JournalEntry } from '../../ports/journal';
import type { RowUpdate } from '../../ports/table-store';
import { mentorshipChange } from '../mentorships/mentorships';
import { runOperation } from '../operations/run-operation';
import { cellsOf, loadEntities, requireEntity } from '../registry/entity-table';
import { parseInput } from '../registry/input';
import { addThanksRows } from '../report/training';
import type { Services } from '../services';

const StatusInput = z.object({ orderId: idOf('ПК'), status: z.enum(['подписан', 'отменён']) });

/** What changed: the order's new status and the pairs and programmes it reached. */
export interface SignedOrder {
  readonly orderId: string;
  readonly status: string;
  readonly mentorshipIds: string[];
  readonly programmeIds: string[];
}

/** Marks an order «подписан» (applying it to its pairs and programmes) or «отменён». */
export function setOrderStatus(s: Services, input: unknown, operationId?: string): SignedOrder {
  const { orderId, status } = parseInput(StatusInput, input, { whole: 'Приказ' });
  return runOperation(s, { id: operationId, action: `Приказ: ${status}` }, (b) => {
    const orders = loadEntities(b, ORDERS_TABLE, OrderSchema);
    const order = requireEntity(orders, orderId, 'Приказ');
    if (order.status === status) return { orderId, status, mentorshipIds: [], programmeIds: [] };
    if (order.status !== 'проект') {
      throw new UserError(
        `Приказ № ${order.number} уже ${order.status === 'подписан' ? 'подписан' : 'отменён'}: его статус не меняется. ` +
          'Чтобы отменить подписанный приказ, издайте новый.',
      );
    }
    const entries: JournalEntry[] = [];
    const reached = { mentorshipIds: [] as string[], programmeIds: [] as string[] };
    if (status === 'подписан') {
      if (order.kind === 'о закреплении наставнических пар/групп')
        reached.mentorshipIds = approvePairs(b, order, entries);
      if (order.kind === 'об утверждении персонализированных программ')
        reached.programmeIds = approveProgrammes(b, order, entries);
      // The mentors it thanks get their «благодарность» on «Обучение и награды наставников».
      if (order.kind === 'о вынесении благодарности') addThanksRows(b, order, entries);
    }
    const cells = cellsOf(b, ORDERS_TABLE, { status }, ['status']);
    b.tables.update(orders.data, [{ rowNumber: order.rowNumber, cells }]);
    b.journal.record([
      {
        action: `Приказ № ${order.number}: ${status}`,
        ids: [order.id, ...reached.mentorshipIds, ...reached.programmeIds],
      },
      ...entries,
    ]);
    return { orderId, status, ...reached };
  });
}

/** The order's pairs in «проект» approved by it; those approved already get the order if they have none. */
function approvePairs(
  s: Services,
  order: { id: string; number: string; mentorshipIds: readonly string[] },
  entries: JournalEntry[],
): string[] {
  const table = loadEntities(s, MENTORSHIPS_TABLE, MentorshipSchema);
  const updates: RowUpdate[] = [];
  const reached: string[] = [];
  for (const id of order.mentorshipIds) {
    const pair = requireEntity(table, id, 'Пара/группа');
    if (pair.status !== 'проект' && pair.orderId) continue;
    const status = pair.status === 'проект' ? 'утверждена' : undefined;
    const change = mentorshipChange(s, table, { id, status, orderId: order.id, cleared: [] }, ['orderId']);
    updates.push(...change.updates);
    entries.push(...change.entries);
    reached.push(id);
  }
  s.tables.update(table.data, updates);
  return reached;
}

/** The programmes of the order's pairs get it as «Приказ об утверждении», where they have none yet. */
function approveProgrammes(
  s: Services,
  order: { id: string; mentorshipIds: readonly string[] },
  entries: JournalEntry[],
): string[] {
  const programmes = loadEntities(s, PROGRAMMES_TABLE, ProgrammeSchema);
  const chosen = programmes.entities.filter(
    (p) => order.mentorshipIds.includes(p.mentorshipId) && !p.orderId,
  );
  s.tables.update(
    programmes.data,
    chosen.map((p) => ({
      rowNumber: p.rowNumber,
      cells: cellsOf(s, PROGRAMMES_TABLE, { orderId: order.id }, ['orderId']),
    })),
  );
  if (chosen.length > 0) {
    entries.push({ action: 'Программы утверждены приказом', ids: [order.id, ...chosen.map((p) => p.id)] });
  }
  return chosen.map((p) => p.id);
}
