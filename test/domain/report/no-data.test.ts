import { documentText } from '../../../src/domain/documents/document-text';
import { analyticalNote } from '../../../src/domain/report/analytical-note';
import { buildAnnualReport, type AnnualReport } from '../../../src/domain/report/annual-report';
import type { ReportInput } from '../../../src/domain/report/report-input';
import { NO_DATA, type ReportValue } from '../../../src/domain/report/report-table';
import { SETTINGS } from './kindergarten';
import { YEAR, yearOfData } from './year-data';

const EMPTY: ReportInput = {
  year: YEAR,
  today: '2026-06-15',
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

const MONITORING = [
  'satisfaction',
  'satisfaction-bands',
  'satisfaction-questions',
  'impact-mentees',
  'impact-mentors',
];

function table(report: AnnualReport, key: string) {
  const found = report.tables.find((t) => t.key === key);
  if (!found) throw new Error(`no table ${key}`);
  return found;
}

function row(report: AnnualReport, key: string, label: string): readonly ReportValue[] {
  return table(report, key).rows.find((r) => r.label === label)?.values ?? [];
}

/** Every answer cell of the monitoring tables: all but the participants, who are counted from the registry. */
function answerCells(report: AnnualReport): ReportValue[] {
  return MONITORING.flatMap((key) =>
    table(report, key)
      .rows.filter((r) => r.label !== 'Участников в году')
      .flatMap((r) => r.values),
  );
}

describe('an empty year', () => {
  const report = buildAnnualReport(EMPTY);

  it('counts nothing as 0 and every share of nothing as «нет данных», never as 0 %', () => {
    expect(row(report, 'mentors', 'Наставников в банке')).toEqual([0, '']);
    expect(row(report, 'mentors', 'вели пары и группы в году')).toEqual([0, NO_DATA]);
    expect(row(report, 'mentees', 'из них охвачены наставничеством')).toEqual([0, NO_DATA]);
    expect(row(report, 'plan-events', 'выполнено')).toEqual([0, NO_DATA]);
    expect(row(report, 'roadmap', 'выполнено')).toEqual([0, NO_DATA]);
    const shares = report.tables.flatMap((t) =>
      t.rows.flatMap((r) => r.values.filter((_, i) => (r.format ?? t.columns[i].format) === 'share')),
    );
    expect(shares.length).toBeGreaterThan(20);
    expect(shares.every((v) => v === NO_DATA || v === '')).toBe(true);
  });

  it('says «нет данных» in every answer cell and why, and draws no chart', () => {
    expect(new Set(answerCells(report))).toEqual(new Set([NO_DATA]));
    expect(table(report, 'satisfaction').note).toBe('Нет данных: анкеты в таблице ещё не созданы.');
    expect(report.tables.filter((t) => t.chart).map((t) => t.key)).toEqual([]);
  });

  it('lists nobody waiting and no practices, saying so', () => {
    expect(table(report, 'waiting').rows).toEqual([]);
    expect(table(report, 'waiting').note).toBe('Наставника никто не ожидает.');
    expect(table(report, 'practices-list').note).toBe('За год практик в банке нет.');
  });

  it('gives a note that says there was nothing, with the sections for the curator still there', () => {
    const text = documentText(analyticalNote(report, SETTINGS));
    expect(text).toContain('В 2025/2026 учебном году наставнические пары и группы не работали.');
    expect(text).toContain(
      'Анкетирование участников в 2025/2026 учебном году через реестр не проводилось: анкеты ещё не созданы (нет данных).',
    );
    expect(text).toContain(
      '[Заполняет куратор: трудности, выявленные в ходе реализации системы наставничества, и их причины.]',
    );
    expect(text).not.toContain('Входная и итоговая диагностика');
    expect(text).not.toContain('NaN');
    expect(text).not.toContain('undefined');
  });
});

describe('a year without questionnaires', () => {
  const withAnswers = buildAnnualReport(yearOfData(7));
  const without = buildAnnualReport({ ...yearOfData(7), questionnaires: undefined });

  it('says «нет данных» in every answer cell, and counts the participants all the same', () => {
    expect(new Set(answerCells(without))).toEqual(new Set([NO_DATA]));
    expect(row(without, 'satisfaction', 'Участников в году')).toEqual(
      row(withAnswers, 'satisfaction', 'Участников в году'),
    );
    expect(
      row(without, 'satisfaction', 'Участников в году').every((v) => typeof v === 'number' && v > 0),
    ).toBe(true);
    for (const key of MONITORING) {
      expect(table(without, key).note).toBe('Нет данных: анкеты в таблице ещё не созданы.');
      expect(table(without, key).chart).toBeUndefined();
    }
  });

  it('changes nothing else of the report', () => {
    const others = (r: AnnualReport) => r.tables.filter((t) => !MONITORING.includes(t.key));
    expect(others(without)).toEqual(others(withAnswers));
    expect(others(without).filter((t) => t.chart).length).toBeGreaterThan(3);
  });

  it('says in the note that there is no data, not a score', () => {
    const text = documentText(analyticalNote(without, SETTINGS));
    expect(text).toContain('анкеты ещё не созданы (нет данных)');
    expect(text).not.toMatch(/Средняя оценка|балл/);
  });

  it('tells questionnaires without an answer in the year from no questionnaires at all', () => {
    const input = yearOfData(7);
    const lastYear = (input.questionnaires ?? []).map((q) => ({ ...q, answeredOn: '2025-03-01' }));
    for (const questionnaires of [[], lastYear]) {
      const report = buildAnnualReport({ ...input, questionnaires });
      expect(new Set(answerCells(report).filter((v) => typeof v !== 'number'))).toEqual(new Set([NO_DATA]));
      expect(row(report, 'satisfaction', 'Ответили на анкету удовлетворённости')).toEqual([0, 0]);
      expect(table(report, 'satisfaction').note).toBe('Нет данных: за год нет ответов на анкеты.');
      expect(documentText(analyticalNote(report, SETTINGS))).toContain(
        'Ответов участников на анкеты в 2025/2026 учебном году нет (нет данных).',
      );
    }
  });
});
