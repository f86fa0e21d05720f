import { ADDON_TITLE, SpreadsheetUi } from '../../../src/gas/platform/spreadsheet-ui';
import type { Workspace } from '../../../emulator/workspace';
import { installWorkspace } from '../registry-fixture';

describe('the Ui port on the spreadsheet', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = installWorkspace()));
  afterEach(() => done());

  const ui = () => new SpreadsheetUi(() => SpreadsheetApp.getActiveSpreadsheet());

  it('shows toasts for 10 seconds under a title that names the add-on, not «a mentor»', () => {
    ws.run(() => ui().toast('Готово'), { kind: 'menu' });
    expect(ws.spreadsheet.ui.toasts.at(-1)).toEqual({
      message: 'Готово',
      title: 'Дополнение «Наставник»',
      timeoutSeconds: 10,
    });
    expect(ADDON_TITLE).toBe('Дополнение «Наставник»');
  });

  it('titles an alert with the action when given, else with the add-on', () => {
    ws.spreadsheet.ui.scriptAnswers(['OK', 'OK']);
    ws.run(() => ui().alert('Готово', 'Отзыв согласия'), { kind: 'menu' });
    ws.run(() => ui().alert('Готово'), { kind: 'menu' });
    expect(ws.spreadsheet.ui.alerts.map((a) => a.title)).toEqual([
      'Отзыв согласия',
      'Дополнение «Наставник»',
    ]);
  });

  it('asks «Да / Нет» and answers true only for «Да»', () => {
    ws.spreadsheet.ui.scriptAnswers(['YES', 'NO', 'CLOSE']);
    const answers = [1, 2, 3].map(() =>
      ws.run(() => ui().confirm('Удалить?', 'Отзыв согласия'), { kind: 'menu' }),
    );
    expect(answers).toEqual([true, false, false]);
    expect(ws.spreadsheet.ui.alerts[0]).toMatchObject({
      title: 'Отзыв согласия',
      prompt: 'Удалить?',
      buttons: 'YES_NO',
    });
  });

  it('answers a prompt’s text on OK and null on cancel', () => {
    ws.spreadsheet.ui.scriptAnswers([{ button: 'OK', text: 'НК-0001' }, { button: 'CANCEL' }]);
    expect(ws.run(() => ui().prompt('ID?'), { kind: 'menu' })).toBe('НК-0001');
    expect(ws.run(() => ui().prompt('ID?'), { kind: 'menu' })).toBeNull();
  });

  it('opens a built sidebar with its title', () => {
    ws.run(() => ui().sidebar('about', 'О программе'), { kind: 'menu' });
    expect(ws.spreadsheet.ui.sidebar?.title).toBe('О программе');
  });
});
