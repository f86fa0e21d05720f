/**
 * Which academic year a report covers: the one in «Настройки», or one the curator types («2024/2025», «2024»),
 * taken with the same first and last day of the year as «Настройки» give.
 */
import type { IsoDate } from '../../domain/registry/dates';
import type { ReportYear } from '../../domain/report/report-year';
import { UserError } from '../../domain/user-error';

/** The year of «Настройки» as the report's period. */
export function settingsYear(start: IsoDate, end: IsoDate): ReportYear {
  if (end < start) {
    throw new UserError(
      'На листе «Настройки» окончание учебного года раньше его начала. Исправьте даты и постройте отчёт снова.',
    );
  }
  return { start, end };
}

/**
 * The year the curator typed, or the settings' year when the answer is empty. «2024/2025» (or «2024-2025»,
 * «2024») is the year that starts in 2024 on the settings' first day, the end moved by the same number of years.
 */
export function chosenYear(answer: string, settings: ReportYear): ReportYear {
  const text = answer.trim();
  if (text === '') return settings;
  const match = /^(\d{4})(?:\s*[/\-–]\s*(\d{4}))?$/.exec(text);
  const first = match ? Number(match[1]) : NaN;
  if (!match || (match[2] !== undefined && Number(match[2]) !== first + 1) || first < 2000 || first > 2100) {
    throw new UserError(
      `«${text}» — не учебный год. Введите его как 2025/2026 или оставьте поле пустым для года из «Настройки».`,
    );
  }
  const shift = first - Number(settings.start.slice(0, 4));
  const moved = (iso: IsoDate) => `${Number(iso.slice(0, 4)) + shift}${iso.slice(4)}`;
  // 29 February moved to a year without it is the last day of February.
  const valid = (iso: string) =>
    iso.endsWith('-02-29') && !isLeap(Number(iso.slice(0, 4))) ? `${iso.slice(0, 8)}28` : iso;
  return { start: valid(moved(settings.start)), end: valid(moved(settings.end)) };
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
