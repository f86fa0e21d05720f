/**
 * How the add-on marks an overdue item of «Дорожная карта»: «Проверить данные» reports it at its «Срок (дата)»
 * cell (a note there and a line in «Проверка данных») until the curator marks it done or cancelled, or moves the
 * date.
 */
import { formatRuDate, type IsoDate } from './dates';
import type { RoadmapItem } from './entities/records';
import { problemAt, type Problem } from './problems';
import type { Located } from './read-table';
import { ROADMAP_TABLE } from './tables/roadmap';

/** Statuses of an item that needs nothing more. */
const SETTLED = new Set<string>(['выполнено', 'отменено']);

/** Whether an item's date has passed (before `today`) without its being done or cancelled. */
export function isOverdueRoadmapItem(
  item: Pick<RoadmapItem, 'deadline' | 'status'>,
  today: IsoDate,
): boolean {
  return item.deadline !== undefined && item.deadline < today && !SETTLED.has(item.status);
}

/** Items whose date has passed (before `today`) without being done or cancelled, as problems at their date. */
export function overdueRoadmapItems(
  items: readonly Located<RoadmapItem>[],
  today: IsoDate,
  headers: Readonly<Record<string, string>> = {},
): Problem[] {
  const column = (key: string) =>
    headers[key] ?? ROADMAP_TABLE.columns.find((c) => c.key === key)?.header ?? key;
  return items
    .filter((item) => isOverdueRoadmapItem(item, today))
    .map((item) =>
      problemAt(
        ROADMAP_TABLE.sheetName,
        item.rowNumber,
        column('deadline'),
        `срок ${formatRuDate(item.deadline as IsoDate)} прошёл, а пункт ${item.number ?? item.id} не выполнен ` +
          `(статус «${item.status}»). Когда он выполнен, выберите в «${column('status')}» «выполнено» и укажите ` +
          `«${column('doneDate')}»; если срок перенесён, исправьте дату`,
      ),
    );
}
