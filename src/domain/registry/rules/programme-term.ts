import { addDays, addMonths, formatRuDate } from '../dates';
import type { PlanEvent, Programme } from '../entities/programme';
import { UserError } from '../../user-error';

/** The shortest and longest term of a personalised programme (seed 002 §1.2: «от 3 месяцев до 1 года»). */
export const PROGRAMME_MIN_MONTHS = 3;
export const PROGRAMME_MAX_MONTHS = 12;

type Term = Pick<Programme, 'startDate' | 'endDate' | 'extendedUntil'>;

/**
 * What is wrong with a programme's term, in Russian (empty when it is fine, or when a date is missing: that is
 * asked for as a required cell). Dates are inclusive: 01.09–30.11 is three months, 01.09.2025–01.09.2026 still
 * one year. An extension («Продлена до») may take the programme past a year, by mutual consent (seed 002 §7.2),
 * but must move the end later.
 */
export function checkProgrammeTerm(term: Term): string[] {
  const { startDate, endDate, extendedUntil } = term;
  if (startDate === undefined || endDate === undefined) return [];
  if (endDate < startDate) {
    return [`Окончание программы (${formatRuDate(endDate)}) раньше её начала (${formatRuDate(startDate)}).`];
  }
  const problems: string[] = [];
  const shortest = addDays(addMonths(startDate, PROGRAMME_MIN_MONTHS), -1);
  const longest = addMonths(startDate, PROGRAMME_MAX_MONTHS);
  if (endDate < shortest) {
    problems.push(
      `Программа короче 3 месяцев: с ${formatRuDate(startDate)} по ${formatRuDate(endDate)}. ` +
        `Укажите окончание не раньше ${formatRuDate(shortest)}.`,
    );
  }
  if (endDate > longest) {
    problems.push(
      `Программа длиннее 1 года: с ${formatRuDate(startDate)} по ${formatRuDate(endDate)}. ` +
        `Укажите окончание не позже ${formatRuDate(longest)} или оформите продление в столбце «Продлена до».`,
    );
  }
  if (extendedUntil !== undefined && extendedUntil <= endDate) {
    problems.push(
      `Дата продления (${formatRuDate(extendedUntil)}) должна быть позже окончания программы (${formatRuDate(endDate)}).`,
    );
  }
  return problems;
}

/** Throws a `UserError` if the programme's term breaks the rule; for use cases that save a programme. */
export function requireProgrammeTerm(term: Term): void {
  const problems = checkProgrammeTerm(term);
  if (problems.length > 0) throw new UserError(problems.join(' '));
}

/** The date a programme really ends: the extension if there is one (none while its end is not filled in). */
export function programmeEnd(term: Pick<Programme, 'endDate' | 'extendedUntil'>): string | undefined {
  return term.extendedUntil ?? term.endDate;
}

/**
 * Why an event of a programme's plan is due too late (after the programme ends, its extension included), or
 * undefined: what «Проверить данные» reports at the event's «Срок» and a save of the plan is refused with.
 */
export function eventAfterProgramme(
  event: Pick<PlanEvent, 'deadline'>,
  programme: Pick<Programme, 'id' | 'endDate' | 'extendedUntil'>,
): string | undefined {
  const end = programmeEnd(programme);
  if (!event.deadline || !end || event.deadline <= end) return undefined;
  return (
    `Срок ${formatRuDate(event.deadline)} позже окончания программы ${formatRuDate(end)} (${programme.id}). ` +
    'Укажите срок в пределах программы или продлите программу («Продлена до»).'
  );
}
