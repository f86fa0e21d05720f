import { CRITERIA, DEFAULT_MATCH_WEIGHTS, scorePair, type MatchWeights } from '../../../src/domain/matching';
import { mentee, mentor } from './fixtures';

const ideal = mentor({
  competencies: ['методические', 'ИКТ-компетенции, цифровизация', 'научно-теоретические'],
  position: 'Воспитатель',
  subject: 'логопедия',
  experienceYears: 12,
  category: 'педагог-наставник',
  interests: ['театр', 'туризм'],
  timeResource: 'более 2 часов в неделю',
  capacity: 3,
  activeMentees: 0,
});
const novice = mentee({
  requests: ['методические', 'ИКТ-компетенции, цифровизация'],
  position: 'воспитатель',
  subject: 'Логопедия',
  experienceYears: 2,
  interests: ['Театр', 'туризм', 'шахматы'],
});

describe('matching › scorePair', () => {
  it('gives a mentor who fits on every criterion the full 100 points', () => {
    expect(scorePair(ideal, novice, DEFAULT_MATCH_WEIGHTS).score).toBe(100);
  });

  it('explains the score with the concrete values behind it', () => {
    const { reasons } = scorePair(
      { ...ideal, capacity: 3, activeMentees: 2, interests: ['театр'] },
      novice,
      DEFAULT_MATCH_WEIGHTS,
    );
    expect(reasons).toEqual([
      'совпадают запросы: методические, ИКТ-компетенции, цифровизация',
      'та же должность: Воспитатель',
      'тот же предмет / специализация: логопедия',
      'стаж 12 лет — на 10 лет больше, чем у наставляемого',
      'категория: педагог-наставник',
      'общие интересы: Театр',
      'время: более 2 часов в неделю',
      'свободно 1 место из 3',
    ]);
  });

  it('names the requests the mentor does not cover, and a less experienced mentor', () => {
    const { reasons } = scorePair(
      mentor({
        competencies: ['методические'],
        experienceYears: 3,
        timeResource: '',
        position: 'музыкальный руководитель',
      }),
      mentee({ requests: ['нормативные правовые', 'методические'], experienceYears: 4 }),
      DEFAULT_MATCH_WEIGHTS,
    );
    expect(reasons).toContain('совпадают запросы: методические');
    expect(reasons).toContain('не покрыты запросы: нормативные правовые');
    expect(reasons).toContain('другая должность: музыкальный руководитель');
    expect(reasons).toContain('стаж 3 года — на 1 год меньше, чем у наставляемого');
    expect(reasons).toContain('временной ресурс не указан');
  });

  it('says plainly when no request matches or none was given', () => {
    const noMatch = scorePair(mentor(), mentee({ requests: ['здоровьесбережение'] }), DEFAULT_MATCH_WEIGHTS);
    expect(noMatch.reasons[0]).toBe('ни один запрос не совпадает с компетенциями: здоровьесбережение');
    expect(scorePair(mentor(), mentee(), DEFAULT_MATCH_WEIGHTS).reasons[0]).toBe(
      'запросы наставляемого не указаны',
    );
  });

  it('ranks covering more of the requests above covering fewer', () => {
    const wants = mentee({ requests: ['методические', 'нормативные правовые'] });
    const one = scorePair(mentor({ competencies: ['методические'] }), wants, DEFAULT_MATCH_WEIGHTS).score;
    const both = scorePair(
      mentor({ competencies: ['методические', 'нормативные правовые'] }),
      wants,
      DEFAULT_MATCH_WEIGHTS,
    ).score;
    expect(both).toBeGreaterThan(one);
    expect(both - one).toBeCloseTo(20, 5); // half of the default 40 points of requests
  });

  it('gives full experience points from a 5-year gap and partial ones below it', () => {
    const parts = (years: number) =>
      scorePair(mentor({ experienceYears: years }), mentee({ experienceYears: 1 }), DEFAULT_MATCH_WEIGHTS)
        .parts.experience;
    expect(parts(6)).toBe(15);
    expect(parts(20)).toBe(15);
    expect(parts(3)).toBe(6);
    expect(parts(1)).toBe(0);
  });

  it('prefers «педагог-наставник» to «высшая» to «первая»', () => {
    const points = (category: 'педагог-наставник' | 'высшая' | 'первая') =>
      scorePair(mentor({ category }), mentee(), DEFAULT_MATCH_WEIGHTS).parts.category;
    expect(points('педагог-наставник')).toBeGreaterThan(points('высшая'));
    expect(points('высшая')).toBeGreaterThan(points('первая'));
  });

  it('follows the weights: with only requests weighted, the score is the share of requests covered', () => {
    const onlyRequests = Object.fromEntries(CRITERIA.map((c) => [c, c === 'requests' ? 1 : 0])) as Record<
      string,
      number
    >;
    const weights = { ...onlyRequests, experienceGapYears: 5 } as MatchWeights;
    const result = scorePair(
      mentor({ competencies: ['методические'] }),
      mentee({ requests: ['методические', 'нормативные правовые', 'здоровьесбережение'] }),
      weights,
    );
    expect(result.score).toBe(33.3);
  });

  it('has parts that add up to the score (up to rounding of each part)', () => {
    const { score, parts } = scorePair(
      { ...ideal, activeMentees: 1, experienceYears: 4 },
      novice,
      DEFAULT_MATCH_WEIGHTS,
    );
    const sum = CRITERIA.reduce((s, c) => s + parts[c], 0);
    expect(Math.abs(sum - score)).toBeLessThanOrEqual(0.05 * CRITERIA.length);
  });

  it('gives no experience points, rather than a broken score, when experience is unreadable', () => {
    const result = scorePair(mentor({ experienceYears: Number.NaN }), mentee(), DEFAULT_MATCH_WEIGHTS);
    expect(result.parts.experience).toBe(0);
    expect(Number.isFinite(result.score)).toBe(true);
    expect(result.reasons).toContain('стаж наставника не указан');
  });

  it('is deterministic: the same pair always gets the same score and reasons', () => {
    expect(scorePair(ideal, novice, DEFAULT_MATCH_WEIGHTS)).toEqual(
      scorePair(ideal, novice, DEFAULT_MATCH_WEIGHTS),
    );
  });
});
