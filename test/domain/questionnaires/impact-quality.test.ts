import { buildFormSpec } from '../../../src/domain/questionnaires/form-spec';
import { compareImpact, summariseImpact } from '../../../src/domain/questionnaires/impact-comparison';
import { ingestResponses } from '../../../src/domain/questionnaires/ingest';
import type { QuestionnaireKind } from '../../../src/domain/questionnaires/model';
import {
  pairQuality,
  pairsNeedingAttention,
  type PairParticipants,
} from '../../../src/domain/questionnaires/pair-quality';
import { issueTokens, type TokenGrant } from '../../../src/domain/questionnaires/tokens';
import { randomBytes, response } from './sample';

/**
 * Rows as ingestion makes them: `answers` per person are keyed by question key and sent through the form's titles,
 * so these tests read what the curator's sheets would hold.
 */
function rowsOf(
  kind: QuestionnaireKind,
  people: Array<{ personId: string; pairId: string; answers: Record<string, string | string[]> }>,
) {
  const { spec } = buildFormSpec(kind);
  const grants: TokenGrant[] = people.map((p) => ({
    questionnaireId: kind,
    personId: p.personId,
    role: p.personId.startsWith('НК') ? 'наставник' : 'наставляемый',
    pairId: p.pairId,
  }));
  const { tokens } = issueTokens(grants, [], randomBytes(kind.length));
  const byTitle = (answers: Record<string, string | string[]>, token: string) =>
    Object.fromEntries([
      ...Object.entries(answers).map(([key, v]) => [spec.items.find((q) => q.key === key)?.title, v]),
      ['Код анкеты (не изменяйте)', token],
    ]);
  return ingestResponses({
    spec,
    questionnaireId: kind,
    responses: people.map((p, i) => response(`${kind}-${i}`, i, byTitle(p.answers, tokens[i].token))),
    existingResponseIds: [],
    tokens,
    timeZone: 'Europe/Moscow',
  }).rows;
}

const impact = (score: string, communities: string, directions: string[] = []) => ({
  jobSatisfaction: score,
  motivation: score,
  confidence: score,
  difficultiesOvercome: score,
  stayInProfession: score,
  stayInOrganisation: score,
  communities,
  contests: 'Нет',
  difficultyDirections: directions,
});

describe('impact: entry against exit', () => {
  const entry = rowsOf('impact-entry', [
    {
      personId: 'НЯ-0001',
      pairId: 'ПГ-0001',
      answers: impact('4', 'Нет', ['методические', 'ИКТ-компетенции, цифровизация']),
    },
    { personId: 'НК-0001', pairId: 'ПГ-0001', answers: impact('8', 'Да') },
    { personId: 'НЯ-0002', pairId: 'ПГ-0002', answers: impact('5', 'Нет') },
  ]);
  const exit = rowsOf('impact-exit', [
    { personId: 'НЯ-0001', pairId: 'ПГ-0001', answers: impact('7', 'Да') },
    { personId: 'НК-0001', pairId: 'ПГ-0001', answers: impact('9', 'Да') },
    { personId: 'НЯ-0003', pairId: 'ПГ-0003', answers: impact('6', 'Нет') },
  ]);
  const people = compareImpact(entry, exit);

  it('pairs each person’s entry with their exit and gives the change per indicator', () => {
    expect(people.map((p) => p.personId)).toEqual(['НК-0001', 'НЯ-0001', 'НЯ-0002', 'НЯ-0003']);
    const mentee = people[1];
    expect(mentee).toMatchObject({ role: 'наставляемый', pairId: 'ПГ-0001' });
    expect(mentee.indicators.find((i) => i.key === 'jobSatisfaction')).toEqual({
      key: 'jobSatisfaction',
      title: 'Насколько Вы удовлетворены своей работой?',
      entry: 4,
      exit: 7,
      change: 3,
    });
    expect(mentee.indicators.find((i) => i.key === 'communities')).toMatchObject({
      entry: 0,
      exit: 1,
      change: 1,
    });
    expect(mentee.indicators.find((i) => i.key === 'selfAssessment')).toMatchObject({ entry: 4, exit: 7 });
    expect(mentee.indicators.find((i) => i.key === 'difficultyAreas')).toMatchObject({
      entry: 2,
      exit: 0,
      change: -2,
    });
  });

  it('leaves the change empty for someone who answered only one of the two', () => {
    expect(people[2].indicators[0]).toMatchObject({ entry: 5, exit: null, change: null });
    expect(people[3].indicators[0]).toMatchObject({ entry: null, exit: 6, change: null });
  });

  it('sums up each indicator over the people who answered both', () => {
    expect(summariseImpact(people)[0]).toEqual({
      key: 'jobSatisfaction',
      title: 'Насколько Вы удовлетворены своей работой?',
      people: 2,
      entry: 6,
      exit: 8,
      change: 2,
    });
  });
});

describe('quality of pairs and the pairs that need attention', () => {
  const both = (score: string, goOn: string) => ({
    comfort: score,
    personalMeetings: score,
    groupMeetings: score,
    jointWork: score,
    expectations: score,
    frequency: 'раз в месяц',
    glad: 'Да',
    continue: goOn,
  });
  const satisfaction = (score: string, goOn: string) => ({
    ...both(score, goOn),
    difficultiesResolved: score,
  });
  const mentor = (score: string, goOn: string) => ({
    ...both(score, goOn),
    menteeGrowth: score,
    curatorSupport: score,
    ownGrowth: score,
  });
  const rows = [
    ...rowsOf('mentee-satisfaction', [
      { personId: 'НЯ-0001', pairId: 'ПГ-0001', answers: satisfaction('9', 'Да') },
      { personId: 'НЯ-0002', pairId: 'ПГ-0002', answers: satisfaction('4', 'Нет') },
      { personId: 'НЯ-0003', pairId: 'ПГ-0003', answers: satisfaction('8', 'Да') },
    ]),
    ...rowsOf('mentor-satisfaction', [
      { personId: 'НК-0001', pairId: 'ПГ-0001', answers: mentor('9', 'Да') },
      { personId: 'НК-0002', pairId: 'ПГ-0002', answers: mentor('6', 'Да') },
    ]),
  ];
  const pairs: PairParticipants[] = [
    { pairId: 'ПГ-0001', mentorId: 'НК-0001', menteeIds: ['НЯ-0001'] },
    { pairId: 'ПГ-0002', mentorId: 'НК-0002', menteeIds: ['НЯ-0002'] },
    { pairId: 'ПГ-0003', mentorId: 'НК-0003', menteeIds: ['НЯ-0003', 'НЯ-0004'] },
    { pairId: 'ПГ-0004', mentorId: 'НК-0004', menteeIds: ['НЯ-0005'] },
  ];
  const quality = pairQuality(pairs, rows);

  it('scores a pair by the mean of its members’ satisfaction indices', () => {
    expect(quality.map((q) => [q.pairId, q.score])).toEqual([
      ['ПГ-0001', 9],
      ['ПГ-0002', 5],
      ['ПГ-0003', 8],
      ['ПГ-0004', null],
    ]);
    expect(quality[1]).toMatchObject({ answered: ['НК-0002', 'НЯ-0002'], wishToStop: ['НЯ-0002'] });
  });

  it('lists a low score, a wish to stop and who has not answered, in Russian', () => {
    expect(pairsNeedingAttention(quality, pairs)).toEqual([
      {
        pairId: 'ПГ-0002',
        reasons: [
          'низкая оценка удовлетворённости: 5 из 10',
          'наставляемый НЯ-0002 не хочет продолжать работу в программе',
        ],
      },
      { pairId: 'ПГ-0003', reasons: ['нет ответа от 2 участников: наставник НК-0003, наставляемый НЯ-0004'] },
      { pairId: 'ПГ-0004', reasons: ['нет ответа от 2 участников: наставник НК-0004, наставляемый НЯ-0005'] },
    ]);
  });

  it('takes a blank answer as no answer', () => {
    const blank = rowsOf('mentee-satisfaction', [{ personId: 'НЯ-0009', pairId: 'ПГ-0009', answers: {} }]);
    expect(blank[0].flags).toEqual(['пустой ответ']);
    const single = [{ pairId: 'ПГ-0009', mentorId: 'НК-0009', menteeIds: ['НЯ-0009'] }];
    const [q] = pairQuality(single, blank);
    expect(q).toMatchObject({ score: null, missing: ['НК-0009', 'НЯ-0009'] });
  });
});
