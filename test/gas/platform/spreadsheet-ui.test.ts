import { SpreadsheetUi } from '../../../src/gas/platform/spreadsheet-ui';
import type { Workspace } from '../../../emulator/workspace';
import { installWorkspace } from '../registry-fixture';

describe('the Ui port on the spreadsheet', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = installWorkspace()));
  afterEach(() => done());

  const ui = () => new SpreadsheetUi(() => SpreadsheetApp.getActiveSpreadsheet());

  it('shows toasts for 10 seconds under the add-on’s name', () => {
    ws.run(() => ui().toast('Готово'), { kind: 'menu' });
    expect(ws.spreadsheet.ui.toasts.at(-1)).toEqual({
      message: 'Готово',
      title: 'Наставник',
      timeoutSeconds: 10,
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
