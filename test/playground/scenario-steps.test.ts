import path from 'node:path';
import { runScenarioData } from '../../playground/run-scenario';
import { compileScript } from '../../emulator/script-loader';

const FIXTURE = path.join(__dirname, 'fixtures');

describe('every kind of scenario step', () => {
  const snapshot = runScenarioData(
    compileScript(FIXTURE),
    {
      start: 'empty',
      steps: [
        { open: true, authMode: 'NONE' },
        { menu: 'Анкета' },
        {
          submitForm: {
            form: 'Анкета наставляемого',
            answers: { 'Ваше имя': 'Ира', 'Довольны ли вы?': 'Да' },
          },
        },
        { fireTrigger: { handler: 'onAnswer', event: { namedValues: { 'Ваше имя': ['Тест'] } } } },
        { fireTrigger: 'nameIt' },
        { advanceClock: 'P1DT2H' },
        { call: 'dateFacts', as: 'trigger' },
        { answer: ['YES'] },
        { menu: 'Проверка › Записать' },
        { menu: 'Записать' },
        { advanceClock: 'завтра' },
        { edit: { sheet: 'Лист1', cell: 'D7', text: '15' } },
        { edit: { sheet: 'Лист1', cell: '7D', text: '15' } },
        { menu: 'Диаграмма' },
      ],
    },
    '.',
  );
  const step = (n: number) => snapshot.steps[n - 1];

  it('opens in the auth mode asked for', () => {
    expect(step(1).ok).toBe(true);
    expect(snapshot.menu).toContain('Проверка › Записать');
  });

  it('submits a form as a respondent: the response is stored and the form-submit trigger fires', () => {
    expect(step(3).ok).toBe(true);
    expect(snapshot.forms[0].responses).toEqual([
      expect.objectContaining({ answers: { 'Ваше имя': 'Ира', 'Довольны ли вы?': 'Да' } }),
    ]);
    expect(snapshot.executions).toEqual([
      expect.objectContaining({ function: 'onAnswer', status: 'completed' }),
    ]);
    expect(snapshot.triggers).toEqual([
      expect.objectContaining({ handler: 'onAnswer', eventType: 'ON_FORM_SUBMIT' }),
    ]);
  });

  it('fires an installed trigger with the event given, and refuses one that is not installed', () => {
    expect(step(4).ok).toBe(true);
    expect(snapshot.sheets[0].values[0][2]).toBe('ответ: Тест');
    expect(step(5).error).toBe('Триггер для функции nameIt не установлен');
  });

  it('moves the clock, and the script’s "now" with it', () => {
    expect(step(6).result).toBe('2025-09-02T09:00:00.000Z');
    expect(step(7).result).toMatchObject({ now: '2025-09-02T09:00:00.000Z' });
  });

  it('answers alerts from the queue, and says in Russian when a question had no answer', () => {
    expect(step(9).ok).toBe(true);
    expect(snapshot.sheets[0].values[1][0]).toBe('записано');
    expect(snapshot.ui.alerts).toEqual([expect.objectContaining({ title: 'Записать?', answer: 'YES' })]);
    expect(step(10).error).toMatch(
      /^Сценарий не ответил на вопрос «Записать строку в таблицу\?»: добавьте перед этим шагом/,
    );
  });

  it('explains a duration it cannot read', () => {
    expect(step(11).error).toMatch(/^Не понимаю длительность «завтра»/);
  });

  it('lists each sheet’s charts', () => {
    const report = snapshot.sheets.find((s) => s.name === 'Отчёт');
    expect(report?.charts).toEqual([{ type: 'COLUMN', title: 'Пары по направлениям', ranges: ['A1:B4'] }]);
  });

  it('types into a cell as a person would, firing onEdit', () => {
    expect(step(12).ok).toBe(true);
    expect(snapshot.sheets[0].values[6].slice(3, 5)).toEqual(['15', 'правка: 15']);
    expect(step(13).error).toBe('Не понимаю адрес ячейки «7D»: нужно, например, "B2"');
  });
});
