import { CRITERIA, DEFAULT_MATCH_WEIGHTS, parseMatchWeights } from '../../../src/domain/matching';

describe('matching › weights', () => {
  it('has defaults where requests vs competencies weigh the most, summing to 100', () => {
    const others = CRITERIA.filter((c) => c !== 'requests').map((c) => DEFAULT_MATCH_WEIGHTS[c]);
    expect(DEFAULT_MATCH_WEIGHTS.requests).toBeGreaterThan(Math.max(...others));
    expect(CRITERIA.reduce((s, c) => s + DEFAULT_MATCH_WEIGHTS[c], 0)).toBe(100);
  });

  it('fills blanks from the defaults and reads numbers typed as text', () => {
    const parsed = parseMatchWeights({ requests: '50', interests: '7,5', position: '', subject: null });
    expect(parsed).toEqual({
      ok: true,
      weights: { ...DEFAULT_MATCH_WEIGHTS, requests: 50, interests: 7.5 },
    });
    expect(parseMatchWeights(undefined)).toEqual({ ok: true, weights: DEFAULT_MATCH_WEIGHTS });
  });

  it('tells the curator in Russian which weight is wrong', () => {
    expect(parseMatchWeights({ experience: -1, category: 'много' })).toEqual({
      ok: false,
      errors: [
        'Вес «стаж»: ожидается число от 0 до 100',
        'Вес «квалификационная категория»: ожидается число от 0 до 100',
      ],
    });
    expect(parseMatchWeights({ experienceGapYears: 2.5 })).toEqual({
      ok: false,
      errors: ['Разница в стаже для полного балла: ожидается целое число лет от 1 до 40'],
    });
  });

  it('refuses weights that are all zero', () => {
    const zeros = Object.fromEntries(CRITERIA.map((c) => [c, 0]));
    expect(parseMatchWeights(zeros)).toEqual({
      ok: false,
      errors: ['Веса подбора: хотя бы один вес должен быть больше нуля'],
    });
  });

  it('refuses something that is not a table of weights', () => {
    expect(parseMatchWeights('40')).toEqual({
      ok: false,
      errors: ['Веса подбора: ожидается таблица «критерий — вес»'],
    });
  });
});
