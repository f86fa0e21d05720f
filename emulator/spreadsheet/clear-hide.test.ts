import { setup } from './test-kit';

/**
 * docs/apps-script-platform.md §1.14: [DOC] .../spreadsheet/sheet#clear() «clears the sheet of content and
 * formatting information»; .../spreadsheet/range#clear(Object): «clearing format also clears data validation
 * rules»; notes are a part of their own (`commentsOnly`), so they stay; sheet#clearFormats() counts conditional
 * formatting as formatting.
 */
describe('Sheet.clear (§1.14)', () => {
  it('clears values, formats and data validation; keeps notes', () => {
    const { app, sheet } = setup();
    sheet.getRange('A1').setValue('x').setBackground('yellow').setFontWeight('bold').setNote('заметка');
    sheet.getRange('B1').setDataValidation(app.newDataValidation().requireValueInList(['да', 'нет']).build());
    sheet.clear();
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
    expect(sheet.getRange('A1').getFontWeight()).toBe('normal');
    expect(sheet.getRange('A1').getNote()).toBe('заметка');
    expect(sheet.getRange('B1').getDataValidation()).toBeNull();
    expect(sheet.getLastRow()).toBe(0);
  });

  it('contentsOnly keeps data validation and notes', () => {
    const { app, sheet } = setup();
    sheet.getRange('B1').setDataValidation(app.newDataValidation().requireCheckbox().build()).setNote('n');
    sheet.clear({ contentsOnly: true });
    expect(sheet.getRange('B1').getDataValidation()).not.toBeNull();
    expect(sheet.getRange('B1').getNote()).toBe('n');
  });

  it('clears conditional formatting with the formats, but not with contentsOnly', () => {
    const { app, sheet } = setup();
    const rule = () =>
      app
        .newConditionalFormatRule()
        .whenCellEmpty()
        .setBackground('#ffcccc')
        .setRanges([sheet.getRange('A1:A9')])
        .build();
    sheet.setConditionalFormatRules([rule()]);
    sheet.clear({ contentsOnly: true });
    expect(sheet.getConditionalFormatRules()).toHaveLength(1);
    sheet.clearFormats();
    expect(sheet.getConditionalFormatRules()).toHaveLength(0);
    sheet.setConditionalFormatRules([rule()]);
    sheet.clear();
    expect(sheet.getConditionalFormatRules()).toHaveLength(0);
  });

  it('contentsOnly keeps formats; formatOnly keeps values', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('x').setBackground('yellow');
    sheet.clear({ contentsOnly: true });
    expect([sheet.getRange('A1').getValue(), sheet.getRange('A1').getBackground()]).toEqual(['', '#ffff00']);
    sheet.getRange('A1').setValue('y');
    sheet.clear({ formatOnly: true });
    expect([sheet.getRange('A1').getValue(), sheet.getRange('A1').getBackground()]).toEqual(['y', '#ffffff']);
  });
});

/** §1.15: [DOC] .../spreadsheet/sheet#hideColumns(Integer,Integer), #showColumns, #isColumnHiddenByUser, rows alike. */
describe('Range.clear options (§1.14, [DOC] .../spreadsheet/range#clear(Object))', () => {
  it('clear() keeps notes; clear({}) clears everything, notes too; formatOnly takes validation with it', () => {
    const { app, sheet } = setup();
    const rule = () => app.newDataValidation().requireCheckbox().build();
    sheet.getRange('A1').setValue(true).setNote('n').setDataValidation(rule());
    sheet.getRange('A1').clear();
    expect([sheet.getRange('A1').getNote(), sheet.getRange('A1').getDataValidation()]).toEqual(['n', null]);
    sheet.getRange('A1').clear({});
    expect(sheet.getRange('A1').getNote()).toBe('');
    sheet.getRange('A2').setValue('v').setBackground('red').setDataValidation(rule());
    sheet.getRange('A2').clear({ formatOnly: true });
    expect(sheet.getRange('A2').getValue()).toBe('v');
    expect([sheet.getRange('A2').getBackground(), sheet.getRange('A2').getDataValidation()]).toEqual([
      '#ffffff',
      null,
    ]);
  });
});

describe('hiding columns and rows (§1.15)', () => {
  it('hides and shows columns; values stay readable', () => {
    const { sheet } = setup();
    sheet.getRange('C1').setValue('скрыто');
    sheet.hideColumns(2, 2);
    expect([1, 2, 3, 4].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([false, true, true, false]);
    expect(sheet.getRange('C1').getValue()).toBe('скрыто');
    sheet.showColumns(3);
    expect([2, 3].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([true, false]);
    sheet.unhideColumn(sheet.getRange('B:B'));
    expect(sheet.isColumnHiddenByUser(2)).toBe(false);
    sheet.hideColumn(sheet.getRange('E1:F1'));
    expect([5, 6].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([true, true]);
  });

  it('hides rows the same way, and hidden columns move with inserts', () => {
    const { sheet } = setup();
    sheet.hideRows(3);
    sheet.hideRow(sheet.getRange('5:6'));
    expect([3, 4, 5, 6].map((r) => sheet.isRowHiddenByUser(r))).toEqual([true, false, true, true]);
    sheet.showRows(5, 2);
    expect(sheet.isRowHiddenByUser(5)).toBe(false);
    sheet.hideColumns(2);
    sheet.insertColumnBefore(1);
    expect([2, 3].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([false, true]);
  });

  it('refuses columns off the sheet ([UNVERIFIED] text) and writes in a custom function', () => {
    const { ws, sheet } = setup();
    expect(() => sheet.hideColumns(26, 2)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.hideRows(0)).toThrow('Those rows are out of bounds.');
    ws.run(() => expect(() => sheet.hideColumns(1)).toThrow(/permission/), {
      kind: 'test',
      authMode: 'CUSTOM_FUNCTION',
    });
    ws.rt.counter.reset();
    sheet.hideColumns(1);
    expect(ws.rt.counter.count('Sheet.hideColumns')).toBe(1);
  });
});
