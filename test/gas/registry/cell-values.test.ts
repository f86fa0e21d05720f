import { fromSheetValue, literalText, toSheetValue } from '../../../src/gas/registry/cell-values';
import { runInNewContext } from 'node:vm';
import type { ColumnSpec } from '../../../src/domain/registry/table-spec';

const text: ColumnSpec = { key: 'name', header: 'ФИО', type: 'text' };
const count: ColumnSpec = { key: 'n', header: 'Число', type: 'integer' };

describe('literalText', () => {
  it.each(['=HYPERLINK("http://evil")', '+7 900 000-00-00', '-1', '@mention', "'quoted"])(
    'quotes %s so the sheet keeps it as text',
    (value) => expect(literalText(value, text)).toBe(`'${value}`),
  );

  it('quotes number-looking text only in text columns', () => {
    expect(literalText('01.09.2025', text)).toBe("'01.09.2025");
    expect(literalText('89001234567', text)).toBe("'89001234567");
    expect(literalText('42', count)).toBe('42');
    expect(literalText('Иванова Мария', text)).toBe('Иванова Мария');
  });
});

describe('cell values', () => {
  it('passes dates, numbers and booleans through and reads a missing value as empty', () => {
    const date = new Date('2025-08-31T21:00:00Z');
    expect(toSheetValue(date, text)).toBe(date);
    expect(fromSheetValue(date)).toEqual(date);
    expect(fromSheetValue(3)).toBe(3);
    expect(fromSheetValue(null)).toBe('');
    expect(toSheetValue('=1+1', text)).toBe("'=1+1");
  });

  it('copies a Date made in another realm into this one, so `instanceof Date` holds', () => {
    const foreign = runInNewContext('new Date(Date.UTC(2025, 8, 1))') as Date;
    expect(foreign instanceof Date).toBe(false);
    const read = fromSheetValue(foreign);
    expect(read instanceof Date && read.toISOString()).toBe('2025-09-01T00:00:00.000Z');
  });
});
