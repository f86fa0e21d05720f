/**
 * The port the questionnaires' answers reach the report through: a result-sheet row as the report reads it, and
 * the report built with answers — the satisfaction table then shows the answers instead of «нет данных».
 */
import type { ResultRow } from '../../../src/domain/questionnaires/result-row';
import { buildAnnualReport } from '../../../src/domain/report/annual-report';
import { NO_QUESTIONNAIRES, resultFromRow } from '../../../src/app/report/answers';

const row = (over: Partial<ResultRow> = {}): ResultRow => ({
  responseId: 'r1',
  // 23:30 in Moscow on 31 May is 20:30 UTC: the day is the spreadsheet's.
  submittedAt: new Date('2026-05-31T20:30:00Z'),
  respondentId: 'НЯ-0001',
  role: 'наставляемый',
  pairId: 'ПГ-0001',
  token: 'abc',
  answers: { continue: 'да', comment: 'всё хорошо' },
  indices: { satisfaction: 8.5, wish: 'да', empty: '' },
  flags: [],
  ...over,
});

describe('questionnaires’ answers for the report', () => {
  it('maps a result row: role, kind, day in the spreadsheet’s zone, numeric indices, the wish to continue', () => {
    expect(resultFromRow('mentee-satisfaction', row(), 'Europe/Moscow')).toEqual({
      role: 'mentee',
      kind: 'satisfaction',
      respondentId: 'НЯ-0001',
      mentorshipId: 'ПГ-0001',
      answeredOn: '2026-05-31',
      indices: { satisfaction: 8.5 },
      wantsToContinue: true,
    });
    expect(
      resultFromRow('impact-exit', row({ role: 'наставник', answers: {} }), 'Europe/Moscow'),
    ).toMatchObject({
      role: 'mentor',
      kind: 'exit',
    });
    expect(resultFromRow('impact-entry', row({ answers: { continue: 'нет' } }), 'UTC')).toMatchObject({
      kind: 'entry',
      answeredOn: '2026-05-31',
      wantsToContinue: false,
    });
  });

  it('leaves out what the report does not count: intake, the curator’s, answers without a person', () => {
    expect(resultFromRow('mentor-intake', row(), 'UTC')).toBeNull();
    expect(resultFromRow('curator', row({ role: 'куратор' }), 'UTC')).toBeNull();
    expect(resultFromRow('mentee-satisfaction', row({ respondentId: '', role: '' }), 'UTC')).toBeNull();
  });

  it('a workbook without questionnaires answers nothing, and the report says «нет данных»', () => {
    expect(NO_QUESTIONNAIRES.results()).toBeUndefined();
    const empty = {
      year: { start: '2025-09-01', end: '2026-08-31' },
      today: '2026-06-05',
      mentors: [],
      mentees: [],
      mentorships: [],
      programmes: [],
      planEvents: [],
      orders: [],
      roadmap: [],
      practices: [],
      training: [],
    };
    const without = buildAnnualReport({ ...empty, questionnaires: NO_QUESTIONNAIRES.results() });
    const answered = resultFromRow('mentee-satisfaction', row(), 'Europe/Moscow');
    const withAnswers = buildAnnualReport({ ...empty, questionnaires: answered ? [answered] : [] });
    const table = (r: typeof without) =>
      r.tables.find((t) => t.title.startsWith('Удовлетворённость участников'));
    expect(table(without)?.note).toContain('анкеты в таблице ещё не созданы');
    expect(table(withAnswers)?.note ?? '').not.toContain('анкеты в таблице ещё не созданы');
  });
});
