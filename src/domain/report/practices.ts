import type { PracticeCase } from '../registry/entities/records';
import { COUNT, SHARE, countRow, type ReportTable } from './report-table';
import { inYear } from './report-year';
import type { YearIndex } from './year-index';

/** A best practice of the year, as the report lists it. */
export interface YearPractice {
  readonly title: string;
  readonly date?: string;
  /** The mentor of its pair or group, if it names one. */
  readonly mentor?: string;
  readonly published: boolean;
}

/**
 * «Лучшие практики» of the year: dated in the year, or undated and of a pair or group (or its programme) that
 * worked in the year.
 */
export function yearPractices(
  practices: readonly PracticeCase[],
  index: YearIndex,
  mentorName: (id: string) => string | undefined,
): YearPractice[] {
  const { year } = index.input;
  return practices
    .filter((p) => {
      if (p.date !== undefined) return inYear(p.date, year);
      return (
        (p.mentorshipId !== undefined && index.byMentorshipId.has(p.mentorshipId)) ||
        (p.programmeId !== undefined && index.byProgrammeId.has(p.programmeId))
      );
    })
    .map((p) => {
      const entry =
        (p.mentorshipId && index.byMentorshipId.get(p.mentorshipId)) ||
        (p.programmeId && index.byProgrammeId.get(p.programmeId)) ||
        undefined;
      const mentor = entry ? mentorName(entry.mentorship.mentorId) : undefined;
      return { title: p.title, date: p.date, mentor, published: p.published };
    });
}

/** «Лучшие практики наставничества»: how many of the year, how many published. */
export function practicesTable(practices: readonly YearPractice[]): ReportTable {
  const published = practices.filter((p) => p.published).length;
  return {
    key: 'practices',
    title: 'Лучшие практики наставничества',
    labelHeader: 'Показатель',
    columns: [COUNT, SHARE],
    rows: [
      { label: 'Практик включено в банк в году', values: [practices.length, ''] },
      countRow('опубликованы на сайте', published, practices.length, 1),
    ],
  };
}

/** «Лучшие практики года»: each practice with its date, mentor and publication. */
export function practicesListTable(practices: readonly YearPractice[]): ReportTable {
  return {
    key: 'practices-list',
    title: 'Лучшие практики года',
    labelHeader: 'Практика',
    columns: [
      { header: 'Дата', format: 'date' },
      { header: 'Наставник', format: 'text' },
      { header: 'Опубликована на сайте', format: 'text' },
    ],
    rows: practices.map((p) => ({
      label: p.title,
      values: [p.date ?? '', p.mentor ?? '', p.published ? 'да' : 'нет'],
    })),
    note: practices.length === 0 ? 'За год практик в банке нет.' : undefined,
  };
}
