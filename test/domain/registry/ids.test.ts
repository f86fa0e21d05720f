import {
  formatId,
  idsForRowsWithoutId,
  nextIds,
  normaliseId,
  parseId,
} from '../../../src/domain/registry/ids';

describe('row IDs', () => {
  it('look like «НК-0007»', () => {
    expect(formatId('НК', 7)).toBe('НК-0007');
    expect(formatId('ПГ', 12345)).toBe('ПГ-12345');
  });

  it('are read the way people type them: lower case, Latin look-alikes, no leading zeros', () => {
    expect(normaliseId('нк-7')).toBe('НК-0007');
    expect(normaliseId(' HK-0007 ')).toBe('НК-0007');
    expect(normaliseId('НЯ 3')).toBe('НЯ-0003');
    expect(parseId('ПГ–0012')).toEqual({ prefix: 'ПГ', number: 12 });
  });

  it('refuse what is not an ID', () => {
    expect(parseId('Иванова')).toBeNull();
    expect(parseId('НК-0000')).toBeNull();
    expect(parseId('=HYPERLINK("http://evil")')).toBeNull();
  });

  it('continue after the highest ID in the sheet', () => {
    expect(nextIds('НК', ['НК-0001', 'НК-0004', 'НЯ-0099'], 0, 2)).toEqual({
      ids: ['НК-0005', 'НК-0006'],
      lastIssued: 6,
    });
  });

  it('never give again the ID of a deleted row', () => {
    // НК-0009 was issued, then its row was deleted: only НК-0001 is left in the sheet.
    expect(nextIds('НК', ['НК-0001'], 9, 1)).toEqual({ ids: ['НК-0010'], lastIssued: 10 });
  });

  it('give rows typed by hand IDs in row order on the next check', () => {
    expect(idsForRowsWithoutId('НЯ', ['НЯ-0002'], [15, 7], 3)).toEqual({
      assignments: [
        { rowNumber: 7, id: 'НЯ-0004' },
        { rowNumber: 15, id: 'НЯ-0005' },
      ],
      lastIssued: 5,
    });
  });

  it('issue nothing and keep the counter when no row needs an ID', () => {
    expect(nextIds('НК', [], 4, 0)).toEqual({ ids: [], lastIssued: 4 });
  });
});
