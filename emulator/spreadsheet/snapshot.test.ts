import { Workspace } from '../workspace';
import { setup } from './test-kit';

/** A workbook touching every kind of state the module keeps. */
function richWorkbook(): Workspace {
  const { ws, app, ss, sheet } = setup();
  sheet.setName('Наставники');
  sheet.getRange('A1:D2').setValues([
    ['ID', 'ФИО', 'Дата', 'Стаж'],
    ['НК-0001', "'=Иванова", new Date('2025-09-01T09:00:00Z'), '3,5'],
  ]);
  sheet.getRange('E2').setFormula('=D2*2');
  sheet.getRange('A1:D1').setFontWeight('bold').setBackground('#eeeeee').setNote('заголовок');
  sheet.getRange('D2:D100').setDataValidation(app.newDataValidation().requireNumberBetween(0, 60).build());
  sheet.getRange('B:B').addDeveloperMetadata('column', 'fullName');
  sheet.addDeveloperMetadata('table', 'mentors');
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(2, 250);
  sheet.getRange('F1:G1').merge();
  sheet.hideColumns(8);
  sheet.getRange('A1:D1').protect().setDescription('Заголовки').addEditor('curator@school.example');
  ss.setNamedRange('Mentors', sheet.getRange('A1:D2'));
  sheet.setConditionalFormatRules([
    app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#ffcccc')
      .setRanges([sheet.getRange('B2:B')])
      .build(),
  ]);
  sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B2')).setPosition(1, 6, 0, 0).build());
  ss.insertSheet('Журнал').hideSheet();
  const ui = app.getUi();
  ui.createMenu('Наставничество').addItem('Настроить', 'setup').addToUi();
  ss.toast('Готово');
  ws.spreadsheet.create('Анкеты');
  return ws;
}

describe('SpreadsheetModule snapshot/restore', () => {
  it('restore(snapshot()) round-trips exactly', () => {
    const ws = richWorkbook();
    const snap = ws.spreadsheet.snapshot();
    const copy = new Workspace();
    copy.spreadsheet.restore(snap);
    expect(copy.spreadsheet.snapshot()).toEqual(snap);
  });

  it('restores a snapshot saved before newer sheet fields existed', () => {
    const snap = richWorkbook().spreadsheet.snapshot();
    const old = JSON.parse(JSON.stringify(snap)) as typeof snap;
    for (const ss of old.spreadsheets) {
      for (const sheet of ss.sheets) {
        delete (sheet as Partial<typeof sheet>).hiddenColumns;
        delete (sheet as Partial<typeof sheet>).merges;
      }
    }
    const ws = new Workspace();
    ws.spreadsheet.restore(old);
    const sheet = ws.spreadsheet.active.getSheets()[0];
    sheet.insertColumnBefore(1);
    expect(sheet.isColumnHiddenByUser(1)).toBe(false);
    expect(sheet.getRange('A1:Z9').isPartOfMerge()).toBe(false);
    sheet.getRange('A5:B5').merge();
    expect(sheet.getRange('A5').isPartOfMerge()).toBe(true);
  });

  it('carries merged cells and hidden columns through Workspace.snapshot/restore (§1.13, §1.15)', () => {
    const restored = Workspace.restore(richWorkbook().snapshot());
    const sheet = restored.spreadsheet.active.getSheetByName('Наставники');
    expect(
      sheet
        ?.getRange('A1:H1')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['F1:G1']);
    expect(sheet?.isColumnHiddenByUser(8)).toBe(true);
  });

  it('is plain JSON (no Dates, no class instances)', () => {
    const snap = richWorkbook().spreadsheet.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
  });

  it('stores a date cell as its serial with a date format (§1.1)', () => {
    const snap = richWorkbook().spreadsheet.snapshot();
    const cell = snap.spreadsheets[0].sheets[0].rows[1][2];
    expect(cell).toEqual({ v: 45901.5, nf: 'dd.MM.yyyy H:mm:ss' });
  });

  it('a restored workspace behaves like the original through the public API', () => {
    const restored = Workspace.restore(richWorkbook().snapshot());
    const app = restored.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const ss = app.getActiveSpreadsheet();
    const sheet = ss.getSheetByName('Наставники');
    expect(sheet?.getRange('A2:D2').getValues()).toEqual([
      ['НК-0001', '=Иванова', new Date('2025-09-01T09:00:00Z'), 3.5],
    ]);
    expect(ss.createDeveloperMetadataFinder().withValue('fullName').find()).toHaveLength(1);
    expect(restored.spreadsheet.ui.menus.map((m) => m.title)).toEqual(['Наставничество']);
    expect(restored.spreadsheet.ui.toasts).toHaveLength(1);
    // New ids after a restore do not collide with restored ones.
    expect(restored.spreadsheet.create('Новая').getId()).not.toBe(ss.getId());
  });

  it('view() lists sheets with their display values for the playground', () => {
    const ws = richWorkbook();
    const [mentors, log] = ws.spreadsheet.view();
    expect(mentors.name).toBe('Наставники');
    expect(mentors.frozenRows).toBe(1);
    expect(mentors.displayValues[1]).toEqual(['НК-0001', '=Иванова', '01.09.2025 12:00:00', '3,5', '']);
    expect(log).toEqual({
      name: 'Журнал',
      sheetId: log.sheetId,
      hidden: true,
      frozenRows: 0,
      displayValues: [],
    });
  });

  it('internal helpers are not counted as script calls', () => {
    const ws = richWorkbook();
    ws.rt.counter.reset();
    ws.spreadsheet.view();
    ws.spreadsheet.displayValues('Наставники');
    expect(ws.rt.counter.total()).toBe(0);
  });
});

describe('SpreadsheetApp performance (docs/architecture.md "Performance rules")', () => {
  it('writes and reads 5,000 × 30 in one call each, quickly', () => {
    const { sheet } = setup();
    const rows = Array.from({ length: 5000 }, (_, i) =>
      Array.from({ length: 30 }, (_, j) => (j === 0 ? `НК-${i}` : j % 3 === 0 ? i * j : `текст ${i}/${j}`)),
    );
    const started = Date.now();
    sheet.insertRowsAfter(1000, 4000);
    sheet.insertColumnsAfter(26, 4);
    sheet.getRange(1, 1, 5000, 30).setValues(rows);
    const back = sheet.getRange(1, 1, 5000, 30).getValues();
    sheet.getDataRange().getDisplayValues();
    expect(Date.now() - started).toBeLessThan(3000);
    expect(back[4999][0]).toBe('НК-4999');
    expect(back[4999][3]).toBe(4999 * 3);
  });

  it('appends 5,000 rows one by one without quadratic slow-down', () => {
    const { sheet } = setup();
    const started = Date.now();
    for (let i = 0; i < 5000; i++) sheet.appendRow([`НК-${i}`, i, 'да']);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(sheet.getLastRow()).toBe(5000);
  });
});
