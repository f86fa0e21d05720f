import { must, setup } from './test-kit';

describe('SpreadsheetApp links and rich text', () => {
  it('reads a HYPERLINK formula back as its label (either argument separator)', () => {
    const { sheet } = setup();
    sheet
      .getRange('A1:B1')
      .setFormulas([
        [
          '=HYPERLINK("https://docs.google.com/document/d/x/edit"; "Приказ №5")',
          '=HYPERLINK("https://e.example")',
        ],
      ]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['Приказ №5', 'https://e.example']]);
    expect(sheet.getRange('A1').getFormula()).toMatch(/^=HYPERLINK/);
  });

  it('stores rich text with a link as text, never as a formula', () => {
    const { app, sheet } = setup();
    const value = app
      .newRichTextValue()
      .setText('=Приказ')
      .setLinkUrl('https://docs.google.com/document/d/x/edit')
      .build();
    sheet.getRange('A1').setRichTextValue(value);
    expect(sheet.getRange('A1').getValue()).toBe('=Приказ');
    expect(sheet.getRange('A1').getFormula()).toBe('');
    const back = must(sheet.getRange('A1').getRichTextValue());
    expect([back.getText(), back.getLinkUrl()]).toEqual([
      '=Приказ',
      'https://docs.google.com/document/d/x/edit',
    ]);
  });

  it('a plain write drops the link; a number cell has no rich text', () => {
    const { app, sheet } = setup();
    sheet
      .getRange('A1')
      .setRichTextValue(app.newRichTextValue().setText('a').setLinkUrl('https://x.example').build());
    sheet.getRange('A1').setValue('b');
    expect(must(sheet.getRange('A1').getRichTextValue()).getLinkUrl()).toBeNull();
    sheet.getRange('A2').setValue(5);
    expect(sheet.getRange('A2').getRichTextValue()).toBeNull();
  });
});

describe('SpreadsheetApp range lists (§1.2)', () => {
  it('RangeList.setValue parses like setValue on every range (§1.2)', () => {
    const { sheet } = setup();
    sheet.getRangeList(['A1', 'C2:C3']).setValue('=1').setBackground('#eeeeee');
    expect(sheet.getRange('A1:C3').getFormulas()).toEqual([
      ['=1', '', ''],
      ['', '', '=1'],
      ['', '', '=1'],
    ]);
    expect(sheet.getRange('C3').getBackground()).toBe('#eeeeee');
  });
});

describe('SpreadsheetApp sorting', () => {
  it('Range.sort orders rows by a column, numbers before text, blanks last', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B5').setValues([
      ['Яковлева', 3],
      ['', 1],
      ['Абрамов', 2],
      [10, 4],
      ['борисов', 5],
    ]);
    sheet.getRange('A1:B5').sort(1);
    expect(sheet.getRange('A1:B5').getValues()).toEqual([
      [10, 4],
      ['Абрамов', 2],
      ['борисов', 5],
      ['Яковлева', 3],
      ['', 1],
    ]);
  });

  it('Range.sort descending by several keys keeps blanks last', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B4').setValues([
      ['a', 1],
      ['b', 2],
      ['a', 3],
      ['', 9],
    ]);
    sheet.getRange('A1:B4').sort([
      { column: 1, ascending: false },
      { column: 2, ascending: false },
    ]);
    expect(sheet.getRange('A1:B4').getValues()).toEqual([
      ['b', 2],
      ['a', 3],
      ['a', 1],
      ['', 9],
    ]);
  });

  it('Sheet.sort keeps frozen header rows in place and moves formats with rows', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A4').setValues([['ФИО'], ['В'], ['А'], ['Б']]);
    sheet.getRange('A3').setBackground('#ffff00');
    sheet.setFrozenRows(1);
    sheet.sort(1);
    expect(sheet.getRange('A1:A4').getValues()).toEqual([['ФИО'], ['А'], ['Б'], ['В']]);
    expect(sheet.getRange('A2').getBackground()).toBe('#ffff00');
  });
});

describe('SpreadsheetApp text finder', () => {
  it('finds cells by display text, case-insensitively by default', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B3').setValues([
      ['НК-0001', 'Иванова'],
      ['НК-0002', 'иванов'],
      ['НК-0003', 'Петров'],
    ]);
    expect(
      sheet
        .createTextFinder('иванов')
        .findAll()
        .map((r) => r.getA1Notation()),
    ).toEqual(['B1', 'B2']);
    expect(
      sheet
        .createTextFinder('иванов')
        .matchCase(true)
        .matchEntireCell(true)
        .findAll()
        .map((r) => r.getA1Notation()),
    ).toEqual(['B2']);
  });

  it('walks matches with findNext and replaces text with replaceAllWith', () => {
    const { ss, sheet } = setup();
    sheet.getRange('A1:A3').setValues([['НК-1'], ['x'], ['НК-2']]);
    const finder = ss.createTextFinder('НК-\\d').useRegularExpression(true);
    expect(must(finder.findNext()).getA1Notation()).toBe('A1');
    expect(must(finder.findNext()).getA1Notation()).toBe('A3');
    expect(finder.findNext()).toBeNull();
    expect(sheet.getRange('A1:A3').createTextFinder('НК').replaceAllWith('НС')).toBe(2);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['НС-1'], ['x'], ['НС-2']]);
  });
});

describe('SpreadsheetApp copying and moving', () => {
  it('copyTo a single cell copies values and formats at the source size', () => {
    const { app, sheet } = setup();
    sheet
      .getRange('A1:B1')
      .setValues([['x', 1]])
      .setBackground('#eeeeee');
    sheet.getRange('B1').setDataValidation(app.newDataValidation().requireNumberBetween(0, 9).build());
    sheet.getRange('A1:B1').copyTo(sheet.getRange('C3'));
    expect(sheet.getRange('C3:D3').getValues()).toEqual([['x', 1]]);
    expect(sheet.getRange('D3').getBackground()).toBe('#eeeeee');
    expect(sheet.getRange('D3').getDataValidation()).not.toBeNull();
  });

  it('copyTo a bigger range repeats the source; formatOnly leaves values alone', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('шаблон').setFontWeight('bold');
    sheet.getRange('A2:A4').setValues([['a'], ['b'], ['c']]);
    sheet.getRange('A1').copyTo(sheet.getRange('A2:A4'), { formatOnly: true });
    expect(sheet.getRange('A2:A4').getValues()).toEqual([['a'], ['b'], ['c']]);
    expect(sheet.getRange('A2:A4').getFontWeights()).toEqual([['bold'], ['bold'], ['bold']]);
  });

  it('copyTo with PASTE_VALUES copies contents only', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(5).setBackground('#ff0000');
    const values = 'PASTE_VALUES' as unknown as GoogleAppsScript.Spreadsheet.CopyPasteType;
    sheet.getRange('A1').copyTo(sheet.getRange('B1'), values, false);
    expect([sheet.getRange('B1').getValue(), sheet.getRange('B1').getBackground()]).toEqual([5, '#ffffff']);
  });

  it('moveTo moves the cells and empties the source, even when they overlap', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A2').setValues([['1'], ['2']]);
    sheet.getRange('A1:A2').moveTo(sheet.getRange('A2'));
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[''], [1], [2]]);
  });
});
