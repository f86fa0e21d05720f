import { Workspace } from '../workspace';
import { setup } from './test-kit';

function html(ws: Workspace, content: string, title: string): GoogleAppsScript.HTML.HtmlOutput {
  const HtmlService = ws.globals().HtmlService as GoogleAppsScript.HTML.HtmlService;
  return HtmlService.createHtmlOutput(content).setTitle(title);
}

function buildMenu(app: GoogleAppsScript.Spreadsheet.SpreadsheetApp): void {
  const ui = app.getUi();
  ui.createMenu('Наставничество')
    .addItem('Настроить таблицу', 'setupWorkbook')
    .addSeparator()
    .addSubMenu(ui.createMenu('Анкеты').addItem('Создать анкету', 'createQuestionnaire'))
    .addToUi();
}

describe('SpreadsheetApp UI: menus (§1.11, §2.1)', () => {
  it('records the menu a user would see, under Extensions for a published add-on (§1.11)', () => {
    const { ws, app } = setup();
    buildMenu(app);
    expect(ws.spreadsheet.ui.menus).toEqual([
      {
        title: 'Наставничество',
        addon: true,
        items: [
          { caption: 'Настроить таблицу', functionName: 'setupWorkbook' },
          { separator: true },
          { submenu: 'Анкеты', items: [{ caption: 'Создать анкету', functionName: 'createQuestionnaire' }] },
        ],
      },
    ]);
    expect(ws.spreadsheet.ui.menuItem('Наставничество', 'Анкеты', 'Создать анкету')).toBe(
      'createQuestionnaire',
    );
  });

  it('keeps createMenu a top-level custom menu when not published as an add-on (§1.11)', () => {
    const { ws, app } = setup();
    ws.spreadsheet.ui.publishedAsAddon = false;
    buildMenu(app);
    expect(ws.spreadsheet.ui.menus[0].addon).toBe(false);
  });

  it('createAddonMenu is named after the add-on (§1.11)', () => {
    const { ws, app } = setup();
    app.getUi().createAddonMenu().addItem('Открыть', 'open').addToUi();
    expect(ws.spreadsheet.ui.menus).toEqual([
      { title: 'Наставник', addon: true, items: [{ caption: 'Открыть', functionName: 'open' }] },
    ]);
  });

  it('shows nothing until addToUi (§1.11)', () => {
    const { ws, app } = setup();
    app.getUi().createMenu('Наставничество').addItem('A', 'a');
    expect(ws.spreadsheet.ui.menus).toEqual([]);
  });

  it('re-running onOpen replaces the menu instead of stacking a duplicate', () => {
    const { ws, app } = setup();
    buildMenu(app);
    buildMenu(app);
    expect(ws.spreadsheet.ui.menus).toHaveLength(1);
  });

  it('can add menu items in AuthMode.NONE (§2.1 table: UI "add menu items")', () => {
    const { ws, app } = setup();
    ws.run(() => buildMenu(app), { kind: 'simple-trigger', authMode: 'NONE' });
    expect(ws.spreadsheet.ui.menus).toHaveLength(1);
  });

  it('getUi throws in a time-driven run with the live message (§1.11)', () => {
    const { ws, app } = setup();
    ws.run(() => expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.'), {
      kind: 'time-trigger',
    });
  });
});

describe('SpreadsheetApp UI: sidebars, dialogs, toasts (§1.11, §2.1)', () => {
  it('records the sidebar title and HTML (§1.11)', () => {
    const { ws, app } = setup();
    app.getUi().showSidebar(html(ws, '<p>Пары</p>', 'Подбор пар'));
    expect(ws.spreadsheet.ui.sidebar).toEqual({ title: 'Подбор пар', html: '<p>Пары</p>' });
  });

  it('refuses a sidebar in AuthMode.LIMITED (§2.1)', () => {
    const { ws, app } = setup();
    const output = html(ws, '<p/>', 'x');
    ws.run(() => expect(() => app.getUi().showSidebar(output)).toThrow(/AuthMode\.LIMITED/), {
      kind: 'simple-trigger',
    });
    expect(ws.spreadsheet.ui.sidebar).toBeNull();
  });

  it('a dialog title argument overrides the output title (§1.11)', () => {
    const { ws, app } = setup();
    app.getUi().showModalDialog(html(ws, '<b>ok</b>', 'из HtmlOutput'), 'Приказ');
    expect(ws.spreadsheet.ui.dialog).toEqual({ title: 'Приказ', html: '<b>ok</b>', modal: true });
    app.getUi().showModelessDialog(html(ws, '<i/>', 't'), 'Журнал');
    expect(ws.spreadsheet.ui.dialog).toEqual({ title: 'Журнал', html: '<i/>', modal: false });
  });

  it('records toasts with their title and timeout; null means the default (§1.11)', () => {
    const { ws, ss } = setup();
    ss.toast('Готово', 'Наставник', -1);
    ss.toast('Сохранено');
    expect(ws.spreadsheet.ui.toasts).toEqual([
      { message: 'Готово', title: 'Наставник', timeoutSeconds: -1 },
      { message: 'Сохранено', title: '', timeoutSeconds: null },
    ]);
  });

  it('shows no toast in a time-driven run: there is no UI session (§1.11)', () => {
    const { ws, ss } = setup();
    ws.run(() => ss.toast('никто не увидит'), { kind: 'time-trigger' });
    expect(ws.spreadsheet.ui.toasts).toEqual([]);
  });
});

describe('SpreadsheetApp UI: alert and prompt (§1.11)', () => {
  it('alert returns the scripted button and is recorded (§1.11)', () => {
    const { ws, app } = setup();
    ws.spreadsheet.ui.scriptAnswers(['YES']);
    const ui = app.getUi();
    expect(ui.alert('Удалить пару?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(ws.spreadsheet.ui.alerts).toEqual([
      { kind: 'alert', title: '', prompt: 'Удалить пару?', buttons: 'YES_NO', answer: 'YES' },
    ]);
  });

  it('prompt returns the typed text and button (§1.11)', () => {
    const { ws, app } = setup();
    ws.spreadsheet.ui.scriptAnswers([{ button: 'OK', text: 'НК-0007' }]);
    const ui = app.getUi();
    const response = ui.prompt('Наставник', 'ID наставника', ui.ButtonSet.OK_CANCEL);
    expect(response.getResponseText()).toBe('НК-0007');
    expect(response.getSelectedButton()).toBe(ui.Button.OK);
  });

  it('an alert with no scripted answer fails with a clear emulator error', () => {
    const { app } = setup();
    expect(() => app.getUi().alert('Продолжить?')).toThrow(/scripted no answer.*scriptAnswers/);
  });

  it('an unanswered alert or prompt stays recorded as the pending question, title and buttons too', () => {
    const { ws, app } = setup();
    const ui = app.getUi();
    expect(ws.spreadsheet.ui.pendingQuestion).toBeNull();
    expect(() => ui.alert('Удалить пару', 'Удалить ПГ-0001?', ui.ButtonSet.YES_NO)).toThrow(
      /scripted no answer/,
    );
    expect(ws.spreadsheet.ui.pendingQuestion).toEqual({
      kind: 'alert',
      title: 'Удалить пару',
      prompt: 'Удалить ПГ-0001?',
      buttons: 'YES_NO',
    });
    expect(ws.spreadsheet.ui.alerts).toEqual([]);
    expect(() => ui.prompt('ID наставника')).toThrow(/Ui\.prompt\("ID наставника"\)/);
    expect(ws.spreadsheet.ui.pendingQuestion).toEqual({
      kind: 'prompt',
      title: '',
      prompt: 'ID наставника',
      buttons: 'OK',
    });
    ws.spreadsheet.ui.scriptAnswers([{ button: 'OK', text: 'НК-0001' }]);
    ui.prompt('ID наставника');
    expect(ws.spreadsheet.ui.pendingQuestion).toBeNull();
    expect(ws.spreadsheet.ui.state()).not.toHaveProperty('pendingQuestion');
  });

  it('a scripted answer that is not a button of the set fails', () => {
    const { ws, app } = setup();
    ws.spreadsheet.ui.scriptAnswers(['YES']);
    expect(() => app.getUi().alert('Готово')).toThrow(/not a button of ButtonSet\.OK/);
  });

  it('the user may always close the dialog (CLOSE)', () => {
    const { ws, app } = setup();
    ws.spreadsheet.ui.scriptAnswers(['CLOSE']);
    expect(app.getUi().alert('Готово')).toBe('CLOSE');
  });

  it('alert runs the suspension hooks, which release locks (§1.11, §6.1)', () => {
    const { ws, app } = setup();
    const calls: string[] = [];
    ws.spreadsheet.ui._onSuspend.push(() => calls.push('suspended'));
    ws.spreadsheet.ui.scriptAnswers(['OK']);
    app.getUi().alert('Продолжить?');
    expect(calls).toEqual(['suspended']);
  });
});
