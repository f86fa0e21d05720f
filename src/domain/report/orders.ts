import { ORDER_KINDS } from '../vocabulary';
import type { Order } from '../registry/entities/records';
import { chartIfData, share, type ReportRow, type ReportTable } from './report-table';
import { inYear, type ReportYear } from './report-year';

/** Orders dated in the year and not cancelled, by kind; signed ones apart from drafts. */
export interface OrderFigures {
  readonly total: number;
  readonly signed: number;
  readonly byKind: readonly { readonly kind: string; readonly total: number; readonly signed: number }[];
  /** The signed order that approved the Положение, the latest by the year's end: the note's normative basis. */
  readonly regulation?: { readonly date: string; readonly number: string };
}

const NO_KIND = 'вид не указан';
const REGULATION_KIND = ORDER_KINDS[0];

/** Counts the orders of the year by kind and finds the order that approved the Положение. */
export function orderFigures(orders: readonly Order[], year: ReportYear): OrderFigures {
  const kinds = new Map<string, { total: number; signed: number }>(
    ORDER_KINDS.map((k) => [k, { total: 0, signed: 0 }]),
  );
  let total = 0;
  let signed = 0;
  let regulation: Order | undefined;
  for (const order of orders) {
    const isSigned = order.status === 'подписан';
    if (isSigned && order.kind === REGULATION_KIND && order.date <= year.end)
      if (!regulation || order.date >= regulation.date) regulation = order;
    if (order.status === 'отменён' || !inYear(order.date, year)) continue;
    const key = order.kind?.trim() || NO_KIND;
    const kind = kinds.get(key) ?? { total: 0, signed: 0 };
    kinds.set(key, kind);
    total++;
    kind.total++;
    if (isSigned) {
      signed++;
      kind.signed++;
    }
  }
  const noKind = kinds.get(NO_KIND);
  kinds.delete(NO_KIND);
  if (noKind) kinds.set(NO_KIND, noKind);
  return {
    total,
    signed,
    byKind: [...kinds].map(([kind, k]) => ({ kind, ...k })),
    regulation: regulation && { date: regulation.date, number: regulation.number },
  };
}

/** «Приказы по системе наставничества»: issued and signed by kind, then the total. */
export function ordersTable(f: OrderFigures): ReportTable {
  const rows: ReportRow[] = f.byKind
    .filter((k) => k.total > 0 || (ORDER_KINDS as readonly string[]).includes(k.kind))
    .map((k) => ({ label: k.kind, values: [k.total, k.signed] }));
  return {
    key: 'orders',
    title: 'Приказы по системе наставничества',
    labelHeader: 'Вид приказа',
    columns: [
      { header: 'Издано', format: 'count' },
      { header: 'Подписано', format: 'count' },
    ],
    rows: [
      ...rows,
      { label: 'Всего приказов', values: [f.total, f.signed] },
      { label: 'доля подписанных', values: ['', share(f.signed, f.total)], level: 1, format: 'share' },
    ],
    note: 'Приказы с датой в году, кроме отменённых; «издано» включает проекты, ещё не подписанные руководителем.',
    chart: chartIfData(rows, { type: 'bar', title: 'Приказы по видам', series: [0] }),
  };
}
