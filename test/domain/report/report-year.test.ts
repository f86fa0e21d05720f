import { MentorshipSchema, type Mentorship } from '../../../src/domain/registry';
import { daysBetween, inYear, reportSheetName, yearRu } from '../../../src/domain/report/report-year';
import { TrainingRecordSchema } from '../../../src/domain/report/training';
import { yearMentorship } from '../../../src/domain/report/year-index';

const YEAR = { start: '2025-09-01', end: '2026-08-31' };

function pair(
  status: Mentorship['status'],
  startDate?: string,
  actualEndDate?: string,
  endDate?: string,
): Mentorship {
  return MentorshipSchema.parse({
    id: 'ПГ-0001',
    mentorId: 'НК-0001',
    menteeIds: ['НЯ-0001'],
    kinds: [],
    status,
    startDate,
    endDate,
    actualEndDate,
  });
}

const worked = (m: Mentorship) => yearMentorship(m, undefined, YEAR) !== undefined;

describe('what counts in the year', () => {
  it('takes both ends of the year in', () => {
    expect([inYear('2025-08-31', YEAR), inYear('2025-09-01', YEAR), inYear('2026-08-31', YEAR)]).toEqual([
      false,
      true,
      true,
    ]);
    expect([inYear('2026-09-01', YEAR), inYear(undefined, YEAR)]).toEqual([false, false]);
  });

  it('counts a pair or group in work on at least one day of the year, never a draft', () => {
    expect(worked(pair('идёт', '2025-09-15'))).toBe(true);
    expect(worked(pair('идёт', '2026-08-31'))).toBe(true);
    expect(worked(pair('утверждена', '2026-09-01'))).toBe(false);
    expect(worked(pair('проект', '2025-09-15'))).toBe(false);
    expect(worked(pair('идёт', '2024-09-01'))).toBe(true);
    expect(worked(pair('завершена', '2024-09-01', '2025-08-31'))).toBe(false);
    expect(worked(pair('завершена', '2024-09-01', '2025-09-01'))).toBe(true);
    expect(worked(pair('прекращена досрочно', '2024-09-01', undefined, '2025-06-30'))).toBe(false);
  });

  it('does not drop a pair for a missing date: it is of the year until a date says otherwise', () => {
    expect(worked(pair('идёт'))).toBe(true);
    expect(worked(pair('завершена'))).toBe(true);
    expect(worked(pair('завершена', '2026-10-01'))).toBe(false);
  });

  it('counts whole days, names the sheet and says the year in its case', () => {
    expect(daysBetween('2026-03-02', '2026-06-10')).toBe(100);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(reportSheetName(YEAR)).toBe('Отчёт 2025/2026');
    expect(yearRu(YEAR, 'prepositional')).toBe('2025/2026 учебном году');
    expect(yearRu({ start: '2026-01-01', end: '2026-12-31' }, 'prepositional')).toBe('2026 году');
  });
});

describe('a row of «Обучение и награды наставников»', () => {
  it('is a mentor, a kind of the list, and what is known of it', () => {
    const row = {
      id: 'ОН-0001',
      mentorId: 'НК-0003',
      kind: 'конкурс',
      title: 'Педагогический дуэт',
      level: 'региональный',
      date: '2026-04-15',
      result: 'призёр',
    };
    expect(TrainingRecordSchema.parse(row)).toEqual(row);
    expect(TrainingRecordSchema.safeParse({ ...row, kind: 'медаль' }).success).toBe(false);
    expect(TrainingRecordSchema.safeParse({ ...row, mentorId: 'НЯ-0003' }).success).toBe(false);
    expect(TrainingRecordSchema.safeParse({ ...row, date: '15.04.2026' }).success).toBe(false);
    expect(TrainingRecordSchema.safeParse({ ...row, id: 'ЛП-0001' }).success).toBe(false);
  });
});
