/**
 * playground/examples/questionnaires.json: from the demo kindergarten, a questionnaire of every kind, answers
 * through personal links as respondents send them (an event delivered twice, a blank copy, a second answer through
 * one link, a code changed by hand), a candidate accepted into the bank, then «Обновить результаты» and the
 * analysis. Read as the curator reads the sheets.
 */
import path from 'node:path';
import { compileScript, DIST } from '../../emulator/script-loader';
import { runScenarioFile } from '../../playground/run-scenario';

const EXAMPLE = path.join(__dirname, '..', '..', 'playground', 'examples', 'questionnaires.json');

describe('the questionnaires scenario, from the demo kindergarten', () => {
  const snapshot = runScenarioFile(compileScript(DIST), EXAMPLE);

  const rowsOf = (name: string): Record<string, string>[] => {
    const [header, ...rows] = snapshot.sheets.find((s) => s.name === name)?.values ?? [[]];
    return rows
      .filter((r) => r.some((c) => c !== ''))
      .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
  };
  const resultOf = <T>(note: string): T => {
    const step = snapshot.steps.find((s) => (s.do as { note?: string }).note?.startsWith(note));
    if (!step) throw new Error(`no step «${note}»`);
    return step.result as T;
  };

  it('runs every step as the scenario expects, every trigger run completed', () => {
    expect(snapshot.steps.filter((s) => !s.asExpected)).toEqual([]);
    expect(snapshot.executions.filter((e) => e.status !== 'completed')).toEqual([]);
    expect(snapshot.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT')).toHaveLength(1);
  });

  it('registers one questionnaire of every kind in «Анкеты», with its form and counts', () => {
    expect(rowsOf('Анкеты').map((r) => [r.ID, r['Вид анкеты'], r['Личных ссылок'], r['Ответов']])).toEqual([
      ['АН-0001', 'кандидат в наставники', '0', '1'],
      ['АН-0002', 'кандидат в наставляемые', '0', '0'],
      ['АН-0003', 'мониторинг влияния: входная', '8', '3'],
      ['АН-0004', 'удовлетворённость наставляемого', '5', '4'],
      ['АН-0005', 'удовлетворённость наставника', '4', '1'],
      ['АН-0006', 'анкета куратора', '4', '1'],
      ['АН-0007', 'мониторинг влияния: итоговая', '8', '2'],
    ]);
    expect(snapshot.forms).toHaveLength(7);
  });

  it('keeps one row per answer under the respondent ID, whatever the events did', () => {
    const entry = rowsOf('Результаты АН-0003');
    expect(entry.map((r) => [r['ID респондента'], r['Индекс самооценки'], r['Отметки']])).toEqual([
      ['НК-0001', '6', ''],
      ['НЯ-0001', '4', ''],
      ['НЯ-0002', '5', ''],
    ]);
    expect(rowsOf('Результаты АН-0007').map((r) => r['ID респондента'])).toEqual(['НК-0001', 'НЯ-0001']);
    // Personal answers hold IDs, never names.
    const personal = JSON.stringify(
      snapshot.sheets.filter((s) => /^Результаты АН-000[3-7]$/.test(s.name)).map((s) => s.values),
    );
    const surnames = [...rowsOf('Наставники'), ...rowsOf('Наставляемые')].map((r) => r['Фамилия']);
    expect(surnames.length).toBeGreaterThan(8);
    expect(surnames.filter((name) => personal.includes(name))).toEqual([]);
  });

  it('flags the tampered code and the second answer through one link, attaching nobody', () => {
    const satisfaction = rowsOf('Результаты АН-0004');
    expect(satisfaction.map((r) => [r['ID респондента'], r['Отметки']])).toEqual([
      ['НЯ-0001', ''],
      ['', expect.stringMatching(/^код уже использован ответом от \d\d\.\d\d\.2026/)],
      ['', 'код анкеты не найден'],
      ['НЯ-0005', ''],
    ]);
    expect(satisfaction[2]['Код анкеты']).toBe('podmena0kod0podmena0kod01');
  });

  it('accepts the candidate into the bank of mentors', () => {
    const [answer] = rowsOf('Результаты АН-0001');
    expect(answer['Решение куратора']).toMatch(/^принят: НК-\d{4}$/);
    const id = answer['Решение куратора'].slice('принят: '.length);
    expect(rowsOf('Наставники').find((r) => r.ID === id)).toMatchObject({ Фамилия: 'Белова' });
  });

  it('compares entry and exit, scores the pairs and lists those that need attention', () => {
    const analysis = resultOf<{
      impact: Array<{
        personId: string;
        indicators: Array<{ key: string; entry: number | null; exit: number | null; change: number | null }>;
      }>;
      attention: Array<{ pairId: string; reasons: string[] }>;
      pairs: Array<{ pairId: string; score: number | null }>;
    }>('Вход и выход');
    const self = (id: string) =>
      analysis.impact.find((p) => p.personId === id)?.indicators.find((i) => i.key === 'selfAssessment');
    expect(self('НЯ-0001')).toEqual(expect.objectContaining({ entry: 4, exit: 7, change: 3 }));
    expect(self('НЯ-0002')).toEqual(expect.objectContaining({ entry: 5, exit: null, change: null }));
    expect(analysis.pairs.find((p) => p.pairId === 'ПГ-0001')?.score).toBe(8.5);
    expect(analysis.attention.find((a) => a.pairId === 'ПГ-0004')?.reasons).toEqual(
      expect.arrayContaining(['низкая оценка удовлетворённости: 4 из 10']),
    );
  });
});
