import { must, setup } from './test-kit';

describe('SpreadsheetApp spreadsheets and sheets (§1.3, §1.4, §8 items 4–5)', () => {
  it('getActiveSpreadsheet returns the container-bound spreadsheet (§1.11, container context)', () => {
    const { ws, app } = setup();
    expect(app.getActiveSpreadsheet().getId()).toBe(ws.spreadsheet.active.getId());
    expect(app.getActive().getName()).toBe('Наставничество');
  });

  it('refuses the document in AuthMode.NONE (§2.1 table: current document "no")', () => {
    const { ws, app } = setup();
    ws.rt.begin({ kind: 'simple-trigger', authMode: 'NONE' });
    expect(() => app.getActiveSpreadsheet()).toThrow(/SpreadsheetApp\.getActiveSpreadsheet.*AuthMode\.NONE/);
    ws.rt.end();
  });

  it('allows the document in AuthMode.LIMITED (§2.1 table: current document "yes")', () => {
    const { ws, app } = setup();
    ws.rt.begin({ kind: 'simple-trigger' });
    expect(app.getActiveSpreadsheet().getSheets()).toHaveLength(1);
    ws.rt.end();
  });

  it('opens another spreadsheet by id and gives its id, name and URL (§4.1 style ids)', () => {
    const { ws, app } = setup();
    const other = ws.spreadsheet.create('Анкеты');
    const opened = app.openById(other.getId());
    expect(opened.getName()).toBe('Анкеты');
    expect(opened.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${other.getId()}/edit`);
    expect(other.getId()).toMatch(/^[A-Za-z0-9_-]{44}$/);
  });

  it('defaults the spreadsheet time zone to Europe/Moscow and lets it change (§1.1)', () => {
    const { ss } = setup();
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Moscow');
    ss.setSpreadsheetTimeZone('Asia/Novosibirsk');
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Novosibirsk');
  });

  it('getSheetByName returns null for a missing sheet (§1.4)', () => {
    const { ss } = setup();
    expect(ss.getSheetByName('Нет такого')).toBeNull();
  });

  it('insertSheet makes the new sheet active (§1.4)', () => {
    const { ss } = setup();
    const sheet = ss.insertSheet('Наставники');
    expect(ss.getActiveSheet().getName()).toBe('Наставники');
    expect(sheet.getIndex()).toBe(2);
  });

  it('insertSheet with a taken name throws the live message (§1.4)', () => {
    const { ss } = setup();
    ss.insertSheet('Наставники');
    expect(() => ss.insertSheet('Наставники')).toThrow(
      'A sheet with the name "Наставники" already exists. Please enter another name.',
    );
  });

  it('treats sheet names differing only in case as taken ([UNVERIFIED], the stricter choice)', () => {
    const { ss } = setup();
    ss.insertSheet('Журнал');
    expect(() => ss.insertSheet('журнал')).toThrow(
      'A sheet with the name "журнал" already exists. Please enter another name.',
    );
    expect(ss.getSheetByName('журнал')).toBeNull();
  });

  it('insertSheet(name, index) places the sheet at the 0-based index (§1.4)', () => {
    const { ss } = setup();
    ss.insertSheet('Б');
    ss.insertSheet('А', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['А', 'Лист1', 'Б']);
  });

  it('insertSheet() without a name picks the next free «ЛистN»', () => {
    const { ss } = setup();
    expect(ss.insertSheet().getName()).toBe('Лист2');
  });

  it('renames, hides and shows a sheet; ids stay stable', () => {
    const { ss, sheet } = setup();
    ss.insertSheet('Журнал');
    const id = sheet.getSheetId();
    sheet.setName('Настройки').hideSheet();
    expect(must(ss.getSheetByName('Настройки')).getSheetId()).toBe(id);
    expect(sheet.isSheetHidden()).toBe(true);
    sheet.showSheet();
    expect(sheet.isSheetHidden()).toBe(false);
  });

  it('deleteSheet removes it; the last sheet cannot be removed', () => {
    const { ss, sheet } = setup();
    const other = ss.insertSheet('Журнал');
    ss.deleteSheet(other);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Лист1']);
    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
  });

  it('getLastRow and getLastColumn are 0 on an empty sheet (§1.3)', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
  });

  it('getDataRange is A1 on an empty sheet (§1.3)', () => {
    const { sheet } = setup();
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });

  it('getDataRange spans A1 to the last row and column with content (§1.3)', () => {
    const { sheet } = setup();
    sheet.getRange('C5').setValue('x');
    sheet.getRange('B7').setValue(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C7');
    expect(sheet.getLastRow()).toBe(7);
    expect(sheet.getLastColumn()).toBe(3);
  });

  it('ignores formatting-only cells in getLastRow (§1.3: "has content")', () => {
    const { sheet } = setup();
    sheet.getRange('A10').setBackground('#ff0000').setNote('заметка');
    expect(sheet.getLastRow()).toBe(0);
  });

  it('Range.getLastRow is the end row of that range (§1.3)', () => {
    const { sheet } = setup();
    const r = sheet.getRange('B2:D4');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 2, 3, 3]);
    expect([r.getLastRow(), r.getLastColumn()]).toEqual([4, 4]);
  });

  it('has 1000 rows and 26 columns by default (§1.3 getMaxRows)', () => {
    const { sheet } = setup();
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  it('getRange with 0 rows throws the live message (§1.2)', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(2, 1, sheet.getLastRow() - 1, 3)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
  });

  it('getRange with 0 columns throws (§1.2)', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
  });

  it('getRange outside the grid throws the live message (§1.2)', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 27)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  it('understands whole columns, whole rows and sheet-qualified A1 notation', () => {
    const { ss, sheet } = setup();
    ss.insertSheet('Пары и группы');
    expect(sheet.getRange('A:A').getA1Notation()).toBe('A:A');
    expect(sheet.getRange('A:A').getNumRows()).toBe(1000);
    expect(sheet.getRange('3:3').getA1Notation()).toBe('3:3');
    expect(sheet.getRange('3:3').getNumColumns()).toBe(26);
    expect(sheet.getRange('A2:B').getA1Notation()).toBe('A2:B');
    expect(sheet.getRange('A2:B').getNumRows()).toBe(999);
    const r = ss.getRange("'Пары и группы'!B2:C3");
    expect(r.getSheet().getName()).toBe('Пары и группы');
    expect(r.getA1Notation()).toBe('B2:C3');
  });

  it('rejects malformed A1 notation with "Range not found"', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('1A')).toThrow('Range not found');
    expect(() => sheet.getRange('Нет!A1')).toThrow('Range not found');
  });

  it('stores frozen rows and columns; zero unfreezes (§1.4)', () => {
    const { sheet } = setup();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
    sheet.setFrozenRows(0);
    expect(sheet.getFrozenRows()).toBe(0);
  });

  it('stores column widths; autoResizeColumn fits the longest text', () => {
    const { sheet } = setup();
    expect(sheet.getColumnWidth(1)).toBe(100);
    sheet.setColumnWidth(1, 240);
    expect(sheet.getColumnWidth(1)).toBe(240);
    sheet.getRange('B1').setValue('Очень длинное название столбца');
    sheet.autoResizeColumn(2);
    expect(sheet.getColumnWidth(2)).toBeGreaterThan(100);
  });
});

describe('SpreadsheetApp named ranges (§1.4, §8 item 5)', () => {
  it('getRangeByName returns null when the name is missing (§1.4)', () => {
    const { ss } = setup();
    expect(ss.getRangeByName('нет')).toBeNull();
  });

  it('removeNamedRange of a missing name throws (§1.4)', () => {
    const { ss } = setup();
    expect(() => ss.removeNamedRange('нет')).toThrow();
  });

  it('names a range, finds it, lists it and removes it (§1.4)', () => {
    const { ss, sheet } = setup();
    ss.setNamedRange('Settings', sheet.getRange('B2:C3'));
    expect(must(ss.getRangeByName('Settings')).getA1Notation()).toBe('B2:C3');
    expect(must(ss.getRangeByName('Лист1!Settings')).getA1Notation()).toBe('B2:C3');
    expect(ss.getNamedRanges().map((n) => n.getName())).toEqual(['Settings']);
    ss.removeNamedRange('Settings');
    expect(ss.getRangeByName('Settings')).toBeNull();
  });
});
