import { DEFAULT_MATCH_WEIGHTS, rankMentors } from '../../../src/domain/matching';
import { mentee, mentor } from './fixtures';

const wants = mentee({ requests: ['методические', 'ИКТ-компетенции, цифровизация'] });

describe('matching › rankMentors', () => {
  it('puts the best-fitting available mentor first and the unavailable ones last, with why', () => {
    const mentors = [
      mentor({ id: 'НС-1', name: 'Белова', competencies: ['методические'] }),
      mentor({
        id: 'НС-2',
        name: 'Александрова',
        competencies: ['методические', 'ИКТ-компетенции, цифровизация'],
      }),
      mentor({
        id: 'НС-3',
        name: 'Васильева',
        competencies: ['методические', 'ИКТ-компетенции, цифровизация'],
        consent: false,
      }),
      mentor({ id: 'НС-4', name: 'Громова', competencies: [] }),
    ];
    const ranking = rankMentors(wants, mentors, DEFAULT_MATCH_WEIGHTS);
    expect(ranking.map((r) => r.mentorName)).toEqual(['Александрова', 'Белова', 'Громова', 'Васильева']);
    expect(ranking[3]).toMatchObject({
      available: false,
      unavailableReasons: ['нет согласия на обработку персональных данных'],
    });
    expect(ranking[0]).toMatchObject({ available: true, unavailableReasons: [] });
    expect(ranking[0].reasons[0]).toBe('совпадают запросы: методические, ИКТ-компетенции, цифровизация');
  });

  it('breaks ties in score by name, then by ID', () => {
    const twin = { competencies: ['методические' as const] };
    const ranking = rankMentors(
      wants,
      [
        mentor({ id: 'НС-9', name: 'Яковлева', ...twin }),
        mentor({ id: 'НС-8', name: 'Андреева', ...twin }),
        mentor({ id: 'НС-7', name: 'Андреева', ...twin }),
      ],
      DEFAULT_MATCH_WEIGHTS,
    );
    expect(ranking.map((r) => r.mentorId)).toEqual(['НС-7', 'НС-8', 'НС-9']);
  });

  it('does not depend on the order mentors are listed in', () => {
    const mentors = [
      mentor({ id: 'НС-1', name: 'Белова', competencies: ['методические'], experienceYears: 3 }),
      mentor({ id: 'НС-2', name: 'Александрова', capacity: 1, activeMentees: 1 }),
      mentor({ id: 'НС-3', name: 'Васильева', category: 'высшая' }),
    ];
    const forward = rankMentors(wants, mentors, DEFAULT_MATCH_WEIGHTS);
    expect(rankMentors(wants, [...mentors].reverse(), DEFAULT_MATCH_WEIGHTS)).toEqual(forward);
  });

  it('marks the mentee themselves as unavailable when they are also in the mentor bank', () => {
    const self = mentor({ id: 'НС-5', name: wants.name, personId: 'P-1', competencies: ['методические'] });
    const ranking = rankMentors({ ...wants, personId: 'P-1' }, [self], DEFAULT_MATCH_WEIGHTS);
    expect(ranking[0].unavailableReasons).toEqual(['это тот же человек, что и наставляемый']);
  });
});
