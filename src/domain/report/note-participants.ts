import { formatRuDate } from '../registry/dates';
import type { ReportFigures } from './annual-report';
import { WORDS, agree, count, joinAnd, percent, type Forms } from './note-words';
import { yearRu, type ReportYear } from './report-year';

/** Who took part: the pairs and groups of the year, the banks, young specialists covered, former mentees. */
export function participantsText(f: ReportFigures, year: ReportYear, today: string): string[] {
  return [worked(f, year), banks(f, today), young(f), formerMentees(f, year)];
}

function worked(f: ReportFigures, year: ReportYear): string {
  const { pairs, groups } = f.mentorships;
  const inYear = `В ${yearRu(year, 'prepositional')}`;
  if (pairs + groups === 0) return `${inYear} наставнические пары и группы не работали.`;
  const units = joinAnd([
    ...(pairs > 0 ? [count(pairs, WORDS.pairAccusative)] : []),
    ...(groups > 0 ? [count(groups, WORDS.groupAccusative)] : []),
  ]);
  return (
    `${inYear} в реализации персонализированных программ наставничества участвовали ` +
    `${count(f.mentors.working, WORDS.mentor)} и ${count(f.mentees.mentored, WORDS.mentee)}, объединённые в ${units}.`
  );
}

function banks(f: ReportFigures, today: string): string {
  if (f.mentors.inBank + f.mentees.inBank === 0)
    return `Банки наставников и наставляемых на ${formatRuDate(today)} пусты.`;
  const now =
    `В банке наставников на ${formatRuDate(today)} — ${count(f.mentors.inBank, WORDS.mentor)}, в банке ` +
    `наставляемых — ${count(f.mentees.inBank, WORDS.mentee)}.`;
  const mentors = f.mentors.newInYear;
  const mentees = f.mentees.newInYear;
  const added = (bank: string, n: number, forms: Forms) =>
    `в банк ${bank} ${agree(n, 'включён', 'включены')} ${count(n, forms)}`;
  if (mentors > 0 && mentees > 0)
    return `${now} В течение года ${added('наставников', mentors, WORDS.mentor)}, в банк наставляемых — ${count(mentees, WORDS.mentee)}.`;
  if (mentors > 0) return `${now} В течение года ${added('наставников', mentors, WORDS.mentor)}.`;
  if (mentees > 0) return `${now} В течение года ${added('наставляемых', mentees, WORDS.mentee)}.`;
  return now;
}

function young(f: ReportFigures): string {
  const { young: all, youngMentored: covered } = f.mentees;
  if (all === 0) return 'Молодых специалистов (стаж работы до 3 лет) среди наставляемых нет.';
  const head = `Среди наставляемых ${count(all, WORDS.youngSpecialist)} (стаж работы до 3 лет)`;
  if (all === 1) return `${head}; наставничеством ${covered > 0 ? 'охвачен' : 'не охвачен'}.`;
  if (covered === 0) return `${head}; наставничеством ни один из них не охвачен.`;
  if (covered === all) return `${head}; наставничеством охвачены все (100\u00a0%).`;
  return `${head}; наставничеством ${agree(covered, 'охвачен', 'охвачены')} ${covered} из них (${percent(covered, all)}).`;
}

function formerMentees(f: ReportFigures, year: ReportYear): string {
  const former = f.successors.formerMentees;
  if (former.length === 0) return 'Наставляемых, завершивших программу и ставших наставниками, пока нет.';
  const working = former.filter((m) => m.workingInYear).length;
  const tail =
    working > 0
      ? `; в ${yearRu(year, 'prepositional')} пары и группы ${agree(working, 'вёл', 'вели')} ${working} из них`
      : '';
  return (
    `Из числа наставляемых, завершивших персонализированные программы, в банк наставников ` +
    `${agree(former.length, 'вошёл', 'вошли')} ${count(former.length, WORDS.teacher)}${tail}.`
  );
}

/** Mentees waiting for a mentor and the support given meanwhile (seed 002, roadmap 5.3), for the curator to add. */
export function waitingText(f: ReportFigures, today: string): string[] {
  const waiting = f.waiting;
  if (waiting.length === 0) return [`Наставляемых, ожидающих наставника, на ${formatRuDate(today)} нет.`];
  const longest = waiting[0].days;
  const withoutConsent = waiting.filter((w) => !w.consent).length;
  const parts = [
    `На ${formatRuDate(today)} ${agree(waiting.length, 'ожидает', 'ожидают')} наставника ${count(waiting.length, WORDS.mentee)}`,
    ...(longest !== undefined ? [`наибольший срок ожидания — ${count(longest, WORDS.day)}`] : []),
    ...(withoutConsent > 0
      ? [`у ${count(withoutConsent, WORDS.menteeGenitive)} нет согласия на обработку персональных данных`]
      : []),
  ];
  return [`${parts.join('; ')}.`];
}
