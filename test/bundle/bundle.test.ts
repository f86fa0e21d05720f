import { Workspace } from '../../emulator/workspace';
import { loadBundle } from '../../emulator/script-loader';

/** What Extensions › Наставник shows after onOpen: the captions a curator reads, separators as '—'. */
function menuCaptions(ws: Workspace): string[] {
  const [menu] = ws.spreadsheet.ui.menus;
  return menu.items.map((item) => ('caption' in item ? item.caption : '—'));
}

describe('the built bundle, loaded as Apps Script loads it', () => {
  it('exposes every handler as a top-level function of one global context', () => {
    const ws = new Workspace();
    expect(loadBundle(ws)).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'showAbout']));
    expect(ws.scriptFunctionNames()).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'showAbout']));
  });

  it('builds the «Наставничество» menu in AuthMode.NONE and touches nothing else', () => {
    const ws = new Workspace();
    loadBundle(ws);
    ws.rt.counter.reset();
    ws.call('onOpen', [{ authMode: 'NONE' }], { kind: 'simple-trigger', authMode: 'NONE' });
    expect(ws.spreadsheet.ui.menus).toHaveLength(1);
    expect(ws.spreadsheet.ui.menus[0]).toMatchObject({ title: 'Наставничество', addon: true });
    expect(menuCaptions(ws)).toEqual([
      'Настроить таблицу',
      'Добавить наставника',
      'Добавить наставляемого',
      'Пара / группа',
      'Подобрать наставника',
      'Подобрать пары для всех',
      'Подготовить приказ…',
      'Создать анкету…',
      'Обучение и награды…',
      'Построить годовой отчёт',
      'Проверить данные',
      'Что требует внимания',
      'Отозвать согласие…',
      '—',
      'О программе',
    ]);
    // Only the UI: no document, no properties (docs/apps-script-platform.md §2.1).
    expect(Object.keys(ws.rt.counter.services())).toEqual(['SpreadsheetApp']);
    expect(
      Object.keys(ws.rt.counter.methods()).every((m) => /^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(m)),
    ).toBe(true);
  });

  it('builds the same menu in AuthMode.FULL, and onInstall does it too', () => {
    const full = new Workspace();
    loadBundle(full);
    full.call('onOpen', [{ authMode: 'FULL' }], { kind: 'simple-trigger', authMode: 'FULL' });
    const installed = new Workspace();
    loadBundle(installed);
    installed.call('onInstall', [{ authMode: 'FULL' }], { kind: 'simple-trigger', authMode: 'FULL' });
    const none = new Workspace();
    loadBundle(none);
    none.call('onOpen', [{ authMode: 'NONE' }], { kind: 'simple-trigger', authMode: 'NONE' });
    expect(menuCaptions(full)).toEqual(menuCaptions(none));
    expect(menuCaptions(installed)).toEqual(menuCaptions(none));
  });

  it('opens the «О программе» sidebar from its menu item', () => {
    const ws = new Workspace();
    loadBundle(ws);
    ws.call('showAbout', [], { kind: 'menu' });
    expect(ws.spreadsheet.ui.sidebar?.title).toBe('О программе');
    expect(ws.spreadsheet.ui.sidebar?.html).toContain('<h1>Наставник</h1>');
  });

  it('answers the sidebar over google.script.run with JSON-safe data', () => {
    const ws = new Workspace();
    loadBundle(ws);
    const result = ws.html.invoke('loadAboutSidebar', []);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ product: 'Наставник', workbook: ws.spreadsheet.active.getName() }),
    });
  });
});
