/**
 * playground/examples/annual-report.json: a school year from the demo kindergarten through the add-on's own
 * endpoints — a new pair, every pair approved by a signed order, programmes run and completed, one ended early,
 * training and a thanks order recorded — ending with «Построить годовой отчёт». The snapshot holds the report
 * sheet with its charts and the analytical note, as the curator and the head would read them.
 */
import path from 'node:path';
import { compileScript, DIST } from '../../emulator/script-loader';
import { runScenarioFile } from '../../playground/run-scenario';

const EXAMPLE = path.join(__dirname, '..', '..', 'playground', 'examples', 'annual-report.json');
const SHEET = 'Отчёт 2025/2026';
const NOTE = 'Аналитическая справка по итогам реализации системы наставничества за 2025/2026 учебный год';

describe('the annual report scenario, from the demo kindergarten', () => {
  const snapshot = runScenarioFile(compileScript(DIST), EXAMPLE);
  const sheet = (name: string) => {
    const found = snapshot.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet «${name}»`);
    return found;
  };
  /** The value of the row labelled `label` under the table titled `title`. */
  const value = (title: string, label: string, column = 1) => {
    const rows = sheet(SHEET).values;
    const top = rows.findIndex((r) => r[0] === title);
    const row = rows.slice(top).find((r) => r[0].trim() === label);
    if (top < 0 || !row) throw new Error(`no «${label}» in «${title}»`);
    return row[column];
  };

  it('runs every step as the scenario expects', () => {
    expect(snapshot.steps.filter((s) => !s.asExpected)).toEqual([]);
  });

  it('holds the report sheet with the year’s figures', () => {
    const pairs = 'Наставнические пары и группы';
    expect(value(pairs, 'Пар и групп, работавших в году')).toBe('5');
    expect(value(pairs, 'Закреплены приказом')).toBe('5');
    const programmes = 'Персонализированные программы наставничества';
    expect(value(programmes, 'Завершены в полном объёме')).toBe('4');
    expect(value(programmes, 'Прекращены досрочно')).toBe('1');
    expect(value(programmes, 'по инициативе наставляемого (уважительные обстоятельства)')).toBe('1');
    const training = 'Обучение и награды наставников';
    expect(value(training, 'курсы повышения квалификации (КПК)')).toBe('1');
    expect(value(training, 'благодарность')).toBe('2');
    expect(value('Конкурсы профессионального мастерства', 'призёр')).toBe('1');
    expect(value('Приказы по системе наставничества', 'Всего приказов', 2)).toBe('2');
    // No questionnaires in the demo: the answers say so rather than a zero.
    expect(value('Удовлетворённость участников (анкетирование)', 'Средняя оценка (из 10 баллов)')).toBe(
      'нет данных',
    );
    expect(sheet(SHEET).values[2][0]).toBe(`Аналитическая справка: ${NOTE}`);
  });

  it('embeds the charts beside their tables', () => {
    const charts = sheet(SHEET).charts ?? [];
    expect(charts.map((c) => [c.type, c.title])).toEqual(
      expect.arrayContaining([
        ['BAR', 'Виды наставничества'],
        ['BAR', 'Приказы по видам'],
        ['BAR', 'Обучение и награды наставников'],
      ]),
    );
    for (const chart of charts) expect(chart.ranges.length).toBeGreaterThanOrEqual(2);
  });

  it('records the thanks order’s «благодарность» on «Обучение и награды наставников»', () => {
    const rows = sheet('Обучение и награды наставников').values.slice(1);
    expect(rows.filter((r) => r[2] === 'благодарность').map((r) => [r[1], r[10]])).toEqual([
      ['НК-0001', 'ПК-0002'],
      ['НК-0002', 'ПК-0002'],
    ]);
  });

  it('holds the analytical note, its figures in sentences and the curator’s sections left to fill in', () => {
    const notes = snapshot.documents.filter((d) => d.name === NOTE);
    expect(notes).toHaveLength(1);
    const text = notes[0].text;
    expect(text).toContain('участвовали 4 наставника и 6 наставляемых, объединённые в 4 пары и 1 группу');
    expect(text).toContain('реализовывались 5 персонализированных программ наставничества');
    expect(text).toContain('издано 2 приказа');
    expect(text).toContain('[Заполняет куратор:');
    const alert = snapshot.ui.alerts[snapshot.ui.alerts.length - 1] as { prompt?: unknown };
    expect(String(alert.prompt)).toContain(`/d/${notes[0].id}/`);
  });
});
