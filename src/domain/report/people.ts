import { MENTEE_CATEGORIES } from '../vocabulary';
import type { Mentee } from '../registry/entities/people';
import { COUNT, SHARE, countRow, share, type ReportTable } from './report-table';
import { inYear } from './report-year';
import type { YearIndex } from './year-index';

/**
 * The banks in the year. The sheets keep no history, so «в банке» is every row marked active on the report's day
 * plus anyone who was in a pair or group of the year and has left since: nobody who worked in the year is lost.
 */
export interface MentorFigures {
  readonly inBank: number;
  readonly working: number;
  readonly newInYear: number;
  /** With the qualification category «педагог-наставник» (since 2023). */
  readonly mentorCategory: number;
}

/** Mentees of one category: in the bank, and of them in a pair or group of the year. */
export interface CategoryFigures {
  readonly category: string;
  readonly inBank: number;
  readonly mentored: number;
}

/** The mentee bank in the year, young specialists and categories. */
export interface MenteeFigures {
  readonly inBank: number;
  readonly mentored: number;
  readonly newInYear: number;
  /** Young specialists: 0–3 years of experience (by the category «молодой специалист» if it is blank). */
  readonly young: number;
  readonly youngMentored: number;
  readonly byCategory: readonly CategoryFigures[];
}

/** The row of mentees whose category is left empty. */
const NO_CATEGORY = 'категория не указана';

/** A young specialist: 3 years of experience or less; by the category only when the experience is not typed. */
export function isYoungSpecialist(mentee: Pick<Mentee, 'experienceYears' | 'menteeCategory'>): boolean {
  if (mentee.experienceYears !== undefined) return mentee.experienceYears <= 3;
  return mentee.menteeCategory === 'молодой специалист';
}

/** Counts the mentor bank of the year. */
export function mentorFigures(index: YearIndex): MentorFigures {
  const { year } = index.input;
  let inBank = 0;
  let working = 0;
  let newInYear = 0;
  let mentorCategory = 0;
  for (const mentor of index.input.mentors) {
    const worked = index.workingMentorIds.has(mentor.id);
    if (!mentor.active && !worked) continue;
    inBank++;
    if (worked) working++;
    if (inYear(mentor.enteredOn, year)) newInYear++;
    if (mentor.qualification === 'педагог-наставник') mentorCategory++;
  }
  return { inBank, working, newInYear, mentorCategory };
}

/** Counts the mentee bank of the year, its young specialists and categories. */
export function menteeFigures(index: YearIndex): MenteeFigures {
  const { year } = index.input;
  const categories = new Map<string, { inBank: number; mentored: number }>(
    [...MENTEE_CATEGORIES, NO_CATEGORY].map((c) => [c, { inBank: 0, mentored: 0 }]),
  );
  let inBank = 0;
  let mentored = 0;
  let newInYear = 0;
  let young = 0;
  let youngMentored = 0;
  for (const mentee of index.input.mentees) {
    const wasMentored = index.mentoredMenteeIds.has(mentee.id);
    if (!mentee.active && !wasMentored) continue;
    inBank++;
    if (wasMentored) mentored++;
    if (inYear(mentee.enteredOn, year)) newInYear++;
    if (isYoungSpecialist(mentee)) {
      young++;
      if (wasMentored) youngMentored++;
    }
    const key = mentee.menteeCategory ?? NO_CATEGORY;
    const category = categories.get(key) ?? { inBank: 0, mentored: 0 };
    categories.set(key, category);
    category.inBank++;
    if (wasMentored) category.mentored++;
  }
  const byCategory = [...categories].map(([category, c]) => ({ category, ...c }));
  return { inBank, mentored, newInYear, young, youngMentored, byCategory };
}

/** «Наставники»: the bank, who worked, who is new, of the category, who trained. */
export function mentorsTable(f: MentorFigures, trained: number): ReportTable {
  return {
    key: 'mentors',
    title: 'Наставники',
    labelHeader: 'Показатель',
    columns: [COUNT, SHARE],
    rows: [
      { label: 'Наставников в банке', values: [f.inBank, ''] },
      countRow('вели пары и группы в году', f.working, f.inBank, 1),
      countRow('включены в банк в году', f.newInYear, f.inBank, 1),
      countRow('с квалификационной категорией «педагог-наставник»', f.mentorCategory, f.inBank, 1),
      countRow('прошли обучение в году (КПК, установочные сессии, интенсивы)', trained, f.inBank, 1),
    ],
    note: 'В банке — наставники, отмеченные активными на дату отчёта, и те, кто вёл пары и группы в году.',
  };
}

/** «Наставляемые»: the bank, who was mentored, who is new or waiting; young specialists and their coverage. */
export function menteesTable(f: MenteeFigures, waiting: number): ReportTable {
  return {
    key: 'mentees',
    title: 'Наставляемые',
    labelHeader: 'Показатель',
    columns: [COUNT, SHARE],
    rows: [
      { label: 'Наставляемых в банке', values: [f.inBank, ''] },
      countRow('были в парах и группах в году', f.mentored, f.inBank, 1),
      countRow('включены в банк в году', f.newInYear, f.inBank, 1),
      countRow('ожидают наставника на дату отчёта', waiting, f.inBank, 1),
      countRow('Молодых специалистов (стаж до 3 лет)', f.young, f.inBank),
      countRow('из них охвачены наставничеством', f.youngMentored, f.young, 1),
    ],
    note:
      'В банке — наставляемые, отмеченные активными на дату отчёта, и те, кто был в парах и группах в году. ' +
      'Молодой специалист — стаж не более 3 лет (если стаж не указан — по категории «молодой специалист»). ' +
      'Доля охваченных — от числа молодых специалистов.',
  };
}

/** «Наставляемые по категориям»: in the bank, mentored, the share covered. */
export function menteeCategoriesTable(f: MenteeFigures): ReportTable {
  return {
    key: 'mentee-categories',
    title: 'Наставляемые по категориям',
    labelHeader: 'Категория',
    columns: [
      { header: 'В банке', format: 'count' },
      { header: 'В парах и группах', format: 'count' },
      { header: 'Охват', format: 'share' },
    ],
    rows: f.byCategory
      .filter((c) => c.inBank > 0 || c.category !== NO_CATEGORY)
      .map((c) => ({ label: c.category, values: [c.inBank, c.mentored, share(c.mentored, c.inBank)] })),
  };
}
