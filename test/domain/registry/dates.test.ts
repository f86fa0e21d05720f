import {
  addMonths,
  dateAtMidnightInZone,
  isoDateInZone,
  isoDateTimeInZone,
  parseDateText,
} from '../../../src/domain/registry/dates';

describe('dates', () => {
  it('read the ways a curator types a date', () => {
    expect(parseDateText('01.09.2025')).toBe('2025-09-01');
    expect(parseDateText('1.9.2025')).toBe('2025-09-01');
    expect(parseDateText('2025-09-01')).toBe('2025-09-01');
    expect(parseDateText('01.09.25')).toBe('2025-09-01');
    expect(parseDateText('01.09.2025 г.')).toBe('2025-09-01');
  });

  it('refuse days that do not exist and other text', () => {
    expect(parseDateText('31.02.2025')).toBeNull();
    expect(parseDateText('сентябрь')).toBeNull();
    expect(parseDateText('2025-13-01')).toBeNull();
  });

  it('take a Date cell as the calendar date in the spreadsheet time zone', () => {
    // Midnight 1 September in Moscow is 21:00 on 31 August in UTC.
    const cell = new Date('2025-08-31T21:00:00Z');
    expect(isoDateInZone(cell, 'Europe/Moscow')).toBe('2025-09-01');
    expect(isoDateInZone(cell, 'UTC')).toBe('2025-08-31');
    expect(isoDateTimeInZone(new Date('2025-09-01T11:30:00Z'), 'Europe/Moscow')).toBe('2025-09-01T14:30');
  });

  it('write a date back as midnight in the spreadsheet time zone', () => {
    expect(dateAtMidnightInZone('2025-09-01', 'Europe/Moscow').toISOString()).toBe(
      '2025-08-31T21:00:00.000Z',
    );
    expect(dateAtMidnightInZone('2025-09-01', 'Asia/Vladivostok').toISOString()).toBe(
      '2025-08-31T14:00:00.000Z',
    );
    expect(dateAtMidnightInZone('2025-09-01', 'Europe/Moscow', 14, 30).toISOString()).toBe(
      '2025-09-01T11:30:00.000Z',
    );
  });

  it('add months keeping the day, or the month’s last day', () => {
    expect(addMonths('2025-09-01', 3)).toBe('2025-12-01');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', -2)).toBe('2025-11-30');
  });
});
