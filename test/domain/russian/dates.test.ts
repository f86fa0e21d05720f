import { academicYearRu, longDateRu } from '../../../src/domain/russian';

describe('a date in words', () => {
  it('reads «1 сентября 2025 г.», the month in the genitive', () => {
    expect(longDateRu('2025-09-01')).toBe('1 сентября 2025 г.');
    expect(longDateRu('2026-05-31')).toBe('31 мая 2026 г.');
    expect(longDateRu('2024-02-29')).toBe('29 февраля 2024 г.');
    const months = Array.from({ length: 12 }, (_, i) =>
      longDateRu(`2026-${String(i + 1).padStart(2, '0')}-15`),
    );
    expect(months).toEqual([
      '15 января 2026 г.',
      '15 февраля 2026 г.',
      '15 марта 2026 г.',
      '15 апреля 2026 г.',
      '15 мая 2026 г.',
      '15 июня 2026 г.',
      '15 июля 2026 г.',
      '15 августа 2026 г.',
      '15 сентября 2026 г.',
      '15 октября 2026 г.',
      '15 ноября 2026 г.',
      '15 декабря 2026 г.',
    ]);
  });

  it('refuses what is not a calendar date: a bug of the caller, not a person’s typo', () => {
    expect(() => longDateRu('2025-02-30')).toThrow('Not an ISO calendar date: "2025-02-30"');
    expect(() => longDateRu('01.09.2025')).toThrow('Not an ISO calendar date');
  });
});

describe('an academic year', () => {
  it('reads «2025/2026 учебный год» from its first day, in any case', () => {
    expect(academicYearRu('2025-09-01')).toBe('2025/2026 учебный год');
    expect(academicYearRu('2025-09-01', 'prepositional')).toBe('2025/2026 учебном году');
    expect(academicYearRu('2025-09-01', 'genitive')).toBe('2025/2026 учебного года');
    expect(academicYearRu('2025-08-25', 'accusative')).toBe('2025/2026 учебный год');
  });
});
