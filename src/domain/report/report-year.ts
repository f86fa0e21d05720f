import type { IsoDate } from '../registry/dates';

/**
 * The period a report covers: an academic year from «Настройки» (1 September – 31 August by default) or a year
 * the curator chose. Both ends belong to it.
 */
export interface ReportYear {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** Whether a date falls in the year (ISO dates compare as strings). */
export function inYear(date: IsoDate | undefined, year: ReportYear): boolean {
  return date !== undefined && date >= year.start && date <= year.end;
}

/** «2025/2026» for a year across two calendar years, «2025» within one: the report's sheet and title. */
export function yearLabel(year: ReportYear): string {
  const first = year.start.slice(0, 4);
  const last = year.end.slice(0, 4);
  return first === last ? first : `${first}/${last}`;
}

const YEAR_WORDS = {
  nominative: ['учебный год', 'год'],
  genitive: ['учебного года', 'года'],
  prepositional: ['учебном году', 'году'],
} as const;

/**
 * The year in words, in a case: «2025/2026 учебный год», «в 2025/2026 учебном году»; a year the curator chose
 * within one calendar year is «2025 год».
 */
export function yearRu(year: ReportYear, gcase: keyof typeof YEAR_WORDS = 'nominative'): string {
  const label = yearLabel(year);
  return `${label} ${YEAR_WORDS[gcase][label.includes('/') ? 0 : 1]}`;
}

/** The report's sheet: «Отчёт 2025/2026». */
export function reportSheetName(year: ReportYear): string {
  return `Отчёт ${yearLabel(year)}`;
}

/** Whole days from `from` to `to` (0 on the same day, negative if `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcDay(to) - utcDay(from)) / 86_400_000);
}

function utcDay(iso: IsoDate): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}
