import { must, setup } from './test-kit';

describe('SpreadsheetApp rows and columns (§1.3)', () => {
  it('appendRow writes after the last row with content and parses like setValues (§1.2)', () => {
    const { sheet } = setup();
    sheet.appendRow(['ID', 'ФИО']);
    sheet.appendRow(['НК-0001', '=1', "'=x", '3,5']);
    expect(sheet.getDataRange().getValues()).toEqual([
      ['ID', 'ФИО', '', ''],
      ['НК-0001', 1, '=x', 3.5],
    ]);
    expect(sheet.getRange('B2').getFormula()).toBe('=1');
  });

  it('appendRow grows a full sheet', () => {
    const { sheet } = setup();
    sheet.getRange(1000, 1).setValue('последняя');
    sheet.appendRow(['новая']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1).getValue()).toBe('новая');
  });

  it('inserting blank rows in the middle keeps getLastRow counting content (§1.3)', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([[1], [''], [''], [2], [3]]);
    expect(sheet.getLastRow()).toBe(5);
    expect(sheet.getMaxRows()).toBe(1002);
  });

  it('inserting columns inside the data shifts it right and grows getLastColumn (§1.3)', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    sheet.insertColumnsBefore(2, 1);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['a', '', 'b', 'c']]);
    expect(sheet.getLastColumn()).toBe(4);
    expect(sheet.getMaxColumns()).toBe(27);
  });

  it('insertRowBefore, insertRows and insertColumnAfter all insert at the right place', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A2').setValues([['x'], ['y']]);
    sheet.insertRowBefore(1);
    sheet.insertRows(3);
    sheet.insertColumnAfter(1);
    expect(sheet.getRange('A1:B4').getValues()).toEqual([
      ['', ''],
      ['x', ''],
      ['', ''],
      ['y', ''],
    ]);
  });

  it('deleteRow and deleteRows remove rows and shrink the sheet', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A5').setValues([[1], [2], [3], [4], [5]]);
    sheet.deleteRow(2);
    sheet.deleteRows(3, 2);
    expect(sheet.getDataRange().getValues()).toEqual([[1], [3]]);
    expect(sheet.getMaxRows()).toBe(997);
  });

  it('deleteColumn and deleteColumns remove columns', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setValues([['a', 'b', 'c', 'd']]);
    sheet.deleteColumn(1);
    sheet.deleteColumns(2, 2);
    expect(sheet.getDataRange().getValues()).toEqual([['b']]);
    expect(sheet.getMaxColumns()).toBe(23);
  });

  it('refuses to delete rows beyond the sheet or every row ([UNVERIFIED] texts)', () => {
    const { sheet } = setup();
    expect(() => sheet.deleteRows(999, 5)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteRows(1, 1000)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
  });

  it('moves named ranges and protections with inserted rows', () => {
    const { ss, sheet } = setup();
    ss.setNamedRange('Head', sheet.getRange('A2:B2'));
    const p = sheet.getRange('A3').protect();
    sheet.insertRowBefore(1);
    expect(must(ss.getRangeByName('Head')).getA1Notation()).toBe('A3:B3');
    expect(p.getRange().getA1Notation()).toBe('A4');
  });

  it('drops a named range whose rows are all deleted', () => {
    const { ss, sheet } = setup();
    ss.setNamedRange('Gone', sheet.getRange('A2:B2'));
    sheet.deleteRow(2);
    expect(ss.getRangeByName('Gone')).toBeNull();
  });

  it('keeps frozen header rows when rows are inserted below them', () => {
    const { sheet } = setup();
    sheet.setFrozenRows(1);
    sheet.insertRowsAfter(1, 3);
    expect(sheet.getFrozenRows()).toBe(1);
  });

  it('moves notes, formats and validation with their cells', () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireCheckbox().build();
    sheet.getRange('B2').setNote('подсказка').setNumberFormat('0.00').setDataValidation(rule);
    sheet.insertRowBefore(1);
    sheet.insertColumnBefore(1);
    const moved = sheet.getRange('C3');
    expect(moved.getNote()).toBe('подсказка');
    expect(moved.getNumberFormat()).toBe('0.00');
    expect(String(must(moved.getDataValidation()).getCriteriaType())).toBe('CHECKBOX');
  });
});
