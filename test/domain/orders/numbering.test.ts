import { nextOrderNumber } from '../../../src/domain/orders/numbering';

describe('the next order number', () => {
  it('takes the number from «Настройки» with its prefix and moves it on', () => {
    expect(nextOrderNumber({ prefix: 'НС-', nextNumber: 12 }, [], '2025-09-01')).toEqual({
      number: 'НС-12',
      following: 13,
    });
    expect(nextOrderNumber({}, [], '2025-09-01')).toEqual({ number: '1', following: 2 });
  });

  it('never repeats a number the journal holds, even when the setting was moved back or an order typed by hand', () => {
    const journal = [
      { number: 'НС-12', date: '2025-09-01' },
      { number: 'НС-14/1', date: '2025-09-03' },
      { number: '99', date: '2025-09-03' },
    ];
    expect(nextOrderNumber({ prefix: 'НС-', nextNumber: 10 }, journal, '2025-09-10').number).toBe('НС-15');
    expect(nextOrderNumber({ prefix: '', nextNumber: 5 }, journal, '2025-09-10').number).toBe('100');
  });

  it('starts from 1 in a new year when numbering restarts yearly, and goes on within the year', () => {
    const journal = [
      { number: '41', date: '2025-12-20' },
      { number: '42', date: '2025-12-28' },
    ];
    const numbering = { nextNumber: 43, yearlyReset: true };
    expect(nextOrderNumber(numbering, journal, '2026-01-12')).toEqual({ number: '1', following: 2 });
    expect(nextOrderNumber(numbering, journal, '2025-12-30')).toEqual({ number: '43', following: 44 });
    const january = [...journal, { number: '1', date: '2026-01-12' }];
    expect(nextOrderNumber({ nextNumber: 2, yearlyReset: true }, january, '2026-01-20').number).toBe('2');
  });
});
