import { ru } from 'date-fns/locale/ru';
import { isIsoDate, type IsoDate } from '../registry/dates';
import type { GrammaticalCase } from './cases';

/**
 * «1 сентября 2025 г.»: a calendar date in words, as an order's text and its date requisite write it. The month
 * in the genitive is date-fns's Russian locale («сентября»); the date is a calendar day ('YYYY-MM-DD', already in
 * the spreadsheet's time zone), so it never becomes a moment and no time zone can shift it.
 */
export function longDateRu(iso: IsoDate): string {
  const [year, month, day] = partsOf(iso);
  const monthName = ru.localize.month((month - 1) as Parameters<typeof ru.localize.month>[0], {
    width: 'wide',
    context: 'formatting',
  });
  return `${day} ${monthName} ${year} г.`;
}

/** «учебный год» in each case, for «на 2025/2026 учебный год», «в 2025/2026 учебном году». */
const ACADEMIC_YEAR: Readonly<Record<GrammaticalCase, string>> = {
  nominative: 'учебный год',
  genitive: 'учебного года',
  dative: 'учебному году',
  accusative: 'учебный год',
  instrumental: 'учебным годом',
  prepositional: 'учебном году',
};

/**
 * «2025/2026 учебный год» for the academic year that starts on `start` (the settings' «Начало учебного года»),
 * in a case: «в 2025/2026 учебном году».
 */
export function academicYearRu(start: IsoDate, gcase: GrammaticalCase = 'nominative'): string {
  const [year] = partsOf(start);
  return `${year}/${year + 1} ${ACADEMIC_YEAR[gcase]}`;
}

function partsOf(iso: IsoDate): [year: number, month: number, day: number] {
  if (!isIsoDate(iso)) throw new Error(`Not an ISO calendar date: ${JSON.stringify(iso)}`);
  const [year, month, day] = iso.split('-').map(Number);
  return [year, month, day];
}
