import type { RoadmapItem } from '../registry/entities/records';
import { COUNT, SHARE, chartIfData, countRow, share, type ReportRow, type ReportTable } from './report-table';
import { inYear, type ReportYear } from './report-year';

/**
 * «Дорожная карта» in the year: the items with their «Срок (дата)» in the year, and those without a date (the sheet
 * is the year's roadmap). Cancelled items are not planned; overdue is as «Проверить данные» marks it: the date has
 * passed by the report's day and the item is neither done nor cancelled.
 */
export interface RoadmapFigures {
  readonly planned: number;
  readonly done: number;
  readonly inProgress: number;
  readonly notStarted: number;
  readonly overdue: number;
  readonly cancelled: number;
  readonly byStage: readonly { readonly stage: string; readonly planned: number; readonly done: number }[];
}

/** Counts the roadmap of the year by status and by stage. */
export function roadmapFigures(
  items: readonly RoadmapItem[],
  year: ReportYear,
  today: string,
): RoadmapFigures {
  const stages = new Map<string, { planned: number; done: number }>();
  const f = { planned: 0, done: 0, inProgress: 0, notStarted: 0, overdue: 0, cancelled: 0 };
  for (const item of items) {
    if (item.deadline !== undefined && !inYear(item.deadline, year)) continue;
    if (item.status === 'отменено') {
      f.cancelled++;
      continue;
    }
    const stage = stages.get(item.stage) ?? { planned: 0, done: 0 };
    stages.set(item.stage, stage);
    f.planned++;
    stage.planned++;
    if (item.status === 'выполнено') {
      f.done++;
      stage.done++;
      continue;
    }
    if (item.status === 'в работе') f.inProgress++;
    else f.notStarted++;
    if (item.deadline !== undefined && item.deadline < today) f.overdue++;
  }
  return { ...f, byStage: [...stages].map(([stage, s]) => ({ stage, ...s })) };
}

/** «Дорожная карта»: done against planned, in progress, overdue, cancelled. */
export function roadmapTable(f: RoadmapFigures): ReportTable {
  return {
    key: 'roadmap',
    title: 'Дорожная карта',
    labelHeader: 'Показатель',
    columns: [COUNT, SHARE],
    rows: [
      { label: 'Пунктов на год (без отменённых)', values: [f.planned, ''] },
      countRow('выполнено', f.done, f.planned, 1),
      countRow('в работе', f.inProgress, f.planned, 1),
      countRow('запланировано, не начато', f.notStarted, f.planned, 1),
      countRow('Просрочено на дату отчёта', f.overdue, f.planned),
      { label: 'Отменено', values: [f.cancelled, ''] },
    ],
    note: 'Просрочен пункт, срок которого прошёл, а статус не «выполнено» и не «отменено».',
  };
}

/** «Дорожная карта по этапам», drawn as bars. */
export function roadmapStagesTable(f: RoadmapFigures): ReportTable {
  const rows: ReportRow[] = f.byStage.map((s) => ({
    label: s.stage,
    values: [s.planned, s.done, share(s.done, s.planned)],
  }));
  return {
    key: 'roadmap-stages',
    title: 'Дорожная карта по этапам',
    labelHeader: 'Этап',
    columns: [
      { header: 'Пунктов', format: 'count' },
      { header: 'Выполнено', format: 'count' },
      { header: 'Доля выполненных', format: 'share' },
    ],
    rows,
    chart: chartIfData(rows, { type: 'bar', title: 'Выполнение дорожной карты по этапам', series: [0, 1] }),
  };
}
