import { countRu, formatNumber, pluralRu } from '../../../src/domain/russian/plural';

const MENTORS = ['наставник', 'наставника', 'наставников'] as const;
const PLACES = ['место', 'места', 'мест'] as const;
const YEARS = ['год', 'года', 'лет'] as const;

describe('Russian plural forms', () => {
  it('picks the form a Russian reader expects, 11–14 and the hundreds included', () => {
    const said = [0, 1, 2, 4, 5, 11, 12, 14, 15, 21, 22, 25, 101, 111, 112, 121, 1001].map(
      (n) => `${n} ${pluralRu(n, MENTORS)}`,
    );
    expect(said).toEqual([
      '0 наставников',
      '1 наставник',
      '2 наставника',
      '4 наставника',
      '5 наставников',
      '11 наставников',
      '12 наставников',
      '14 наставников',
      '15 наставников',
      '21 наставник',
      '22 наставника',
      '25 наставников',
      '101 наставник',
      '111 наставников',
      '112 наставников',
      '121 наставник',
      '1001 наставник',
    ]);
  });

  it('says a count with its noun, and a fraction of years with one decimal', () => {
    expect(countRu(1, PLACES)).toBe('1 место');
    expect(countRu(3, PLACES)).toBe('3 места');
    expect(countRu(12, YEARS)).toBe('12 лет');
    expect(countRu(21, YEARS)).toBe('21 год');
    expect(countRu(3.5, YEARS)).toBe('3,5 года');
  });

  it('writes a fraction with one decimal and a comma, an integer as it is', () => {
    expect([formatNumber(7), formatNumber(0.25), formatNumber(12.96), formatNumber(-1.5)]).toEqual([
      '7',
      '0,3',
      '13,0',
      '-1,5',
    ]);
  });
});
