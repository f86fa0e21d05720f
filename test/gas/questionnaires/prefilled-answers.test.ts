import { answersFromPrefilledUrl } from '../../../src/gas/questionnaires/prefilled-answers';

describe('answers read from a pre-filled link', () => {
  const BASE = 'https://docs.google.com/forms/d/e/1FAIpQLSabc/viewform?usp=pp_url';

  it('decodes spaces written as «+», escapes, ticked boxes and text that looks like a formula', () => {
    const url =
      `${BASE}&entry.101=%D0%B4%D0%B2%D0%B0+%D1%80%D0%B0%D0%B7%D0%B0+%D0%B2+%D0%BC%D0%B5%D1%81%D1%8F%D1%86` +
      '&entry.102=a&entry.102=b%2C+c&entry.103=%3DSUM(1)%2B1&entry.104=';
    expect(answersFromPrefilledUrl(url)).toEqual({
      '101': 'два раза в месяц',
      '102': ['a', 'b, c'],
      '103': '=SUM(1)+1',
      '104': '',
    });
  });

  it('reads a date given as year, month and day, as older forms write it', () => {
    const url = `${BASE}&entry.201_year=2025&entry.201_month=9&entry.201_day=5&entry.202=2025-10-01`;
    expect(answersFromPrefilledUrl(url)).toEqual({ '201': '2025-09-05', '202': '2025-10-01' });
  });

  it('keeps a broken escape as typed and ignores what is not an answer', () => {
    expect(answersFromPrefilledUrl(`${BASE}&entry.301=100%&x=1&entry.abc=2&entry.302=a=b`)).toEqual({
      '301': '100%',
      '302': 'a=b',
    });
  });
});
