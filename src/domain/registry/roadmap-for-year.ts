import { addDays, addMonths, daysInMonth, isoFromParts, type IsoDate } from './dates';
import type { RoadmapItem } from './entities/records';
import { MODEL_ROADMAP, type ModelRoadmapStage, type RoadmapTiming } from './model-roadmap';

const MONTH_NAMES = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

/** A roadmap row before setup gives it an ID. */
export type NewRoadmapItem = Omit<RoadmapItem, 'id'>;

/**
 * The model roadmap dated within one academic year (September of year N … August of N+1 for a start of
 * 1 September N): a month from the start month on falls in year N, an earlier month in N+1, so nothing is due
 * before the year starts — the summer stages (banks and selection, July–August) prepare the next year's pairs at
 * the end of this one. «В течение года» is due at the year's end. A deadline is the last day of its (last) month.
 */
export function roadmapForYear(
  academicYearStart: IsoDate,
  academicYearEnd: IsoDate = addDays(addMonths(academicYearStart, 12), -1),
  stages: readonly ModelRoadmapStage[] = MODEL_ROADMAP,
): NewRoadmapItem[] {
  const [startYear, startMonth] = academicYearStart.split('-').map(Number);
  const items: NewRoadmapItem[] = [];
  for (const stage of stages) {
    for (const item of stage.items) {
      items.push({
        number: item.number,
        stage: `${stage.number}. ${stage.title}`,
        content: item.content,
        months: timingText(item.timing),
        deadline: deadline(item.timing, startYear, startMonth, academicYearEnd),
        responsible: item.responsible,
        expectedResult: item.expectedResult,
        status: 'запланировано',
      });
    }
  }
  return items;
}

function timingText(timing: RoadmapTiming): string {
  return 'months' in timing ? timing.months.map((m) => MONTH_NAMES[m - 1]).join(', ') : 'в течение года';
}

function deadline(timing: RoadmapTiming, startYear: number, startMonth: number, yearEnd: IsoDate): IsoDate {
  if (!('months' in timing)) return yearEnd;
  const last = timing.months[timing.months.length - 1];
  const year = last >= startMonth ? startYear : startYear + 1;
  return isoFromParts(year, last, daysInMonth(year, last)) as IsoDate;
}
