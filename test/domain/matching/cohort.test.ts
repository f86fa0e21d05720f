import { assignCohort, DEFAULT_MATCH_WEIGHTS } from '../../../src/domain/matching';
import { mentee, mentor } from './fixtures';

const W = DEFAULT_MATCH_WEIGHTS;

describe('matching › assignCohort', () => {
  it('gives each mentee the mentor whose competencies match their requests', () => {
    const result = assignCohort(
      [
        mentee({ id: 'НР-1', name: 'Анина', requests: ['нормативные правовые'] }),
        mentee({ id: 'НР-2', name: 'Борина', requests: ['здоровьесбережение'] }),
      ],
      [
        mentor({ id: 'НС-1', name: 'Здоровая', competencies: ['здоровьесбережение'], capacity: 1 }),
        mentor({ id: 'НС-2', name: 'Законова', competencies: ['нормативные правовые'], capacity: 1 }),
      ],
      W,
    );
    expect(result.proposals.map((p) => [p.mentorName, p.menteeIds, p.kind])).toEqual([
      ['Законова', ['НР-1'], 'пара'],
      ['Здоровая', ['НР-2'], 'пара'],
    ]);
    expect(result.proposals[0].reasons[0]).toBe('совпадают запросы: нормативные правовые');
    expect(result.unmatched).toEqual([]);
    expect(result.matchedCount).toBe(2);
  });

  it('optimises the whole cohort instead of first-come-first-served', () => {
    // Greedy would give the strong mentor to НР-1 (her best) and leave НР-2 with a poor fit.
    const strong = mentor({
      id: 'НС-1',
      name: 'Сильная',
      competencies: ['методические', 'нормативные правовые'],
      capacity: 1,
    });
    const narrow = mentor({ id: 'НС-2', name: 'Узкая', competencies: ['методические'], capacity: 1 });
    const result = assignCohort(
      [
        mentee({ id: 'НР-1', name: 'Первая', requests: ['методические'] }),
        mentee({ id: 'НР-2', name: 'Вторая', requests: ['нормативные правовые'] }),
      ],
      [strong, narrow],
      W,
    );
    const byMentee = Object.fromEntries(result.proposals.map((p) => [p.menteeIds[0], p.mentorId]));
    expect(byMentee).toEqual({ 'НР-1': 'НС-2', 'НР-2': 'НС-1' });
  });

  it('gets a mentor for everyone who can have one, even at the cost of the total score', () => {
    // НС-1 fits НР-1 very well (90); but НР-2 can have only НС-1 (НС-2 is НР-2 herself), and НР-1 can take НС-2.
    const mentees = [
      mentee({ id: 'НР-1', name: 'Первая', requests: ['методические'] }),
      mentee({
        id: 'НР-2',
        name: 'Вторая',
        requests: ['здоровьесбережение'],
        position: 'инструктор',
        personId: 'P2',
      }),
    ];
    const mentors = [
      mentor({
        id: 'НС-1',
        name: 'Сильная',
        competencies: ['методические'],
        capacity: 1,
        experienceYears: 20,
        category: 'педагог-наставник',
        timeResource: 'более 2 часов в неделю',
      }),
      mentor({
        id: 'НС-2',
        name: 'Вторая',
        personId: 'P2',
        capacity: 1,
        position: 'инструктор',
        experienceYears: 0,
        category: 'без категории',
        timeResource: '',
      }),
    ];
    const pairs = (r: ReturnType<typeof assignCohort>) =>
      r.proposals.map((p) => [p.mentorId, p.menteeIds[0], p.score]);
    const coverage = assignCohort(mentees, mentors, W);
    expect(pairs(coverage)).toEqual([
      ['НС-2', 'НР-1', 10],
      ['НС-1', 'НР-2', 42],
    ]);
    const scoreFirst = assignCohort(mentees, mentors, W, { objective: 'score' });
    expect(pairs(scoreFirst)).toEqual([['НС-1', 'НР-1', 90]]);
    expect(scoreFirst.unmatched[0].reasons).toEqual([
      'свободные места подходящих наставников (Сильная) отданы другим наставляемым: так выше общий балл подбора',
    ]);
  });

  it('proposes mentees with the same requests under one mentor as a group', () => {
    const requests = ['методические' as const, 'ИКТ-компетенции, цифровизация' as const];
    const result = assignCohort(
      [
        mentee({ id: 'НР-1', name: 'Первая', requests }),
        mentee({ id: 'НР-2', name: 'Вторая', requests }),
        mentee({ id: 'НР-3', name: 'Третья', requests: ['здоровьесбережение'] }),
      ],
      [
        mentor({
          id: 'НС-1',
          name: 'Мастер',
          competencies: [...requests, 'здоровьесбережение'],
          capacity: 3,
        }),
      ],
      W,
    );
    expect(result.proposals.map((p) => [p.kind, p.menteeIds])).toEqual([
      ['группа', ['НР-1', 'НР-2']],
      ['пара', ['НР-3']],
    ]);
    expect(result.proposals[0].reasons[0]).toBe(
      'в группе: 2 наставляемых с общими запросами: методические, ИКТ-компетенции, цифровизация',
    );
    expect(result.proposals[0].members.map((m) => m.menteeName)).toEqual(['Первая', 'Вторая']);
  });

  it('keeps them as separate pairs when groups are switched off', () => {
    const requests = ['методические' as const];
    const result = assignCohort(
      [mentee({ id: 'НР-1', requests }), mentee({ id: 'НР-2', name: 'Другая', requests })],
      [mentor({ competencies: requests, capacity: 2 })],
      W,
      { groups: false },
    );
    expect(result.proposals.map((p) => p.kind)).toEqual(['пара', 'пара']);
  });

  it('does not propose pairs below the minimum score and says so', () => {
    const result = assignCohort([mentee({ requests: ['методические'] })], [mentor()], W, { minScore: 90 });
    expect(result.proposals).toEqual([]);
    expect(result.unmatched).toEqual([
      {
        menteeId: 'НР-0001',
        menteeName: 'Петрова Анна Сергеевна',
        reasons: ['ни один наставник не набирает минимальный балл 90'],
      },
    ]);
  });

  it('explains each unmatched mentee: no consent, all mentors full, places given to others', () => {
    const result = assignCohort(
      [
        mentee({ id: 'НР-1', name: 'Без согласия', consent: false }),
        mentee({ id: 'НР-2', name: 'Вторая', requests: ['методические'] }),
        mentee({ id: 'НР-3', name: 'Третья', requests: ['методические'] }),
      ],
      [
        mentor({ id: 'НС-1', name: 'Занятая', capacity: 3, activeMentees: 3 }),
        mentor({ id: 'НС-2', name: 'Свободная', capacity: 1, competencies: ['методические'] }),
      ],
      W,
    );
    expect(result.matchedCount).toBe(1);
    const reasons = Object.fromEntries(result.unmatched.map((u) => [u.menteeId, u.reasons]));
    expect(reasons['НР-1']).toEqual(['у наставляемого нет согласия на обработку персональных данных']);
    expect(reasons['НР-3']).toEqual([
      'свободные места подходящих наставников (Свободная) отданы другим наставляемым: так наставника получает больше наставляемых',
    ]);
  });

  it('says when every suitable mentor is full', () => {
    const result = assignCohort(
      [mentee()],
      [mentor({ id: 'НС-1', name: 'Занятая', capacity: 2, activeMentees: 2 })],
      W,
    );
    expect(result.unmatched[0].reasons).toEqual([
      'все подходящие наставники заняты: Занятая (занято 2 из 2)',
    ]);
  });

  it('says when there is no mentor with consent in the bank at all', () => {
    const result = assignCohort([mentee()], [mentor({ consent: false })], W);
    expect(result.unmatched[0].reasons).toEqual([
      'нет доступных наставников: в банке нет активных наставников с согласием на обработку персональных данных',
    ]);
  });

  it('says when the only mentor in the bank is the mentee themselves', () => {
    const result = assignCohort([mentee({ personId: 'P1' })], [mentor({ personId: 'P1' })], W);
    expect(result.unmatched[0].reasons).toEqual([
      'нет доступных наставников: единственный активный наставник с согласием — сам наставляемый',
    ]);
  });

  it('refuses duplicate IDs, which would mean a broken registry', () => {
    expect(() => assignCohort([mentee(), mentee()], [mentor()], W)).toThrow('duplicate mentee id НР-0001');
  });
});
