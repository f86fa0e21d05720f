import { setup } from './test-kit';

describe('SpreadsheetApp values (§1.1, §1.2, §8 items 1–3)', () => {
  it('reads empty cells back as "" (§1.1)', () => {
    const { sheet } = setup();
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(sheet.getRange('C3').getValue()).toBe('');
  });

  it('keeps numbers, booleans and strings typed (§1.1)', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([[42, true, 'текст']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[42, true, 'текст']]);
  });

  it('returns a Date written by the script as the same instant (§1.1)', () => {
    const { sheet } = setup();
    const d = new Date('2025-09-01T07:30:00Z');
    sheet.getRange('A1').setValue(d);
    const back = sheet.getRange('A1').getValue();
    expect(back).toBeInstanceOf(Date);
    expect((back as Date).toISOString()).toBe('2025-09-01T07:30:00.000Z');
  });

  it('interprets the stored serial in the spreadsheet time zone, not the script one (§1.1)', () => {
    const { ss, sheet } = setup();
    sheet.getRange('A1').setValue('01.09.2025');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2025-08-31T21:00:00.000Z');
    ss.setSpreadsheetTimeZone('Asia/Yekaterinburg');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2025-08-31T19:00:00.000Z');
  });

  it('returns a time-only cell as a Date on 1899-12-30 (§1.1)', () => {
    const { ss, sheet } = setup();
    ss.setSpreadsheetTimeZone('UTC');
    sheet.getRange('A1').setValue('10:30');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('1899-12-30T10:30:00.000Z');
  });

  it('returns a number as a Date once the cell has a date format (§1.1)', () => {
    const { ss, sheet } = setup();
    ss.setSpreadsheetTimeZone('UTC');
    sheet.getRange('A1').setNumberFormat('dd.MM.yyyy').setValue(45901);
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2025-09-01T00:00:00.000Z');
  });

  it('getDisplayValues returns only strings, formatted for the ru_RU locale (§1.1)', () => {
    const { sheet } = setup();
    sheet.getRange('A1:E1').setValues([[3.5, true, '01.09.2025', 'x', '']]);
    sheet.getRange('F1').setValue(0.25).setNumberFormat('0%');
    expect(sheet.getRange('A1:F1').getDisplayValues()).toEqual([
      ['3,5', 'TRUE', '01.09.2025', 'x', '', '25%'],
    ]);
  });

  it('shows a Date written by the script with date and time (§1.1)', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(new Date('2025-09-01T07:05:09Z'));
    expect(sheet.getRange('A1').getDisplayValue()).toBe('01.09.2025 10:05:09');
  });

  it('rejects a grid with the wrong number of rows with the live message (§1.2)', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B3').setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
  });

  it('rejects a grid with the wrong number of columns with the live message (§1.2)', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 1, 4).setValues([[1, 2, 3, 4, 5]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 5 but the range has 4.',
    );
  });

  it('refuses a flat array in setValues with the signature message (§1.5 wording)', () => {
    const { sheet } = setup();
    const flat = ['a', 'b'] as unknown as unknown[][];
    expect(() => sheet.getRange('A1:B1').setValues(flat)).toThrow(
      "The parameters (String[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it('turns a string starting with "=" into a formula (§1.2)', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['=SUM(C1:C3)', '=5']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=SUM(C1:C3)', '=5']]);
    expect(sheet.getRange('B1').getValue()).toBe(5);
  });

  it('reads an unevaluated formula as "" but counts it as content (§1.3)', () => {
    const { sheet } = setup();
    sheet.getRange('A3').setFormula('=SUM(C1:C3)');
    expect(sheet.getRange('A3').getValue()).toBe('');
    expect(sheet.getLastRow()).toBe(3);
  });

  it('treats "+…" text as a formula that fails to parse, like a typed phone number (§1.2)', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('+7 912 345-67-89');
    expect(sheet.getRange('A1').getFormula()).toBe('=+7 912 345-67-89');
    expect(sheet.getRange('A1').getValue()).toBe('#ERROR!');
  });

  it('parses "+5" and "-5" as numbers, not formulas (§1.2 USER_ENTERED)', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['+5', '-5']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[5, -5]]);
  });

  it('keeps text after a leading apostrophe, without the apostrophe (§1.2)', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([["'=not a formula", "'+7 912", "'007"]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['=not a formula', '+7 912', '007']]);
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  it('parses numeric strings with the ru_RU decimal comma (§1.2 USER_ENTERED)', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['42', '3,5', 'TRUE']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[42, 3.5, true]]);
  });

  it('turns "1.2" typed in a ru_RU sheet into a date of the current year (§1.2 USER_ENTERED)', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['1.2', '01.09.25']]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['01.02.2025', '01.09.2025']]);
    expect(sheet.getRange('A1').getValue()).toBeInstanceOf(Date);
  });

  it('keeps "1.2" as text with a leading apostrophe (§1.2)', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue("'1.2");
    expect(sheet.getRange('A1').getValue()).toBe('1.2');
  });

  it('parses "3.5" as a number once the locale is en_US (§1.2 USER_ENTERED)', () => {
    const { ss, sheet } = setup();
    ss.setSpreadsheetLocale('en_US');
    sheet.getRange('A1').setValue('3.5');
    expect(sheet.getRange('A1').getValue()).toBe(3.5);
  });

  it('keeps strings as text in a plain-text ("@") cell (§1.2)', () => {
    const { sheet } = setup();
    sheet
      .getRange('A1:B1')
      .setNumberFormat('@')
      .setValues([['007', '01.09.2025']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['007', '01.09.2025']]);
  });

  it('keeps a phone typed into a plain-text ("@") cell as text, where elsewhere it is a formula (§1.2)', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setNumberFormat('@').setValue('+7 900 123-45-67');
    sheet.getRange('B1').setValue('+7 900 123-45-67');
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['+7 900 123-45-67', '#ERROR!']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '=+7 900 123-45-67']]);
  });

  it('still reads "=" as a formula in a plain-text cell (§1.2 UNVERIFIED; the pessimistic choice)', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setNumberFormat('@').setValue('=1+1');
    expect(sheet.getRange('A1').getFormula()).toBe('=1+1');
  });

  it('does not enforce data validation on script writes (§1.2)', () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireValueInList(['да', 'нет']).setAllowInvalid(false).build();
    sheet.getRange('A1').setDataValidation(rule).setValue('может быть');
    expect(sheet.getRange('A1').getValue()).toBe('может быть');
  });

  it('rejects more than 50,000 characters in one cell (§1.2)', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1').setValue('я'.repeat(50001))).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    sheet.getRange('A1').setValue('я'.repeat(50000));
    expect((sheet.getRange('A1').getValue() as string).length).toBe(50000);
  });

  it('a refused over-long value leaves every cell of the write unchanged (§1.2)', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B1').setValues([['first', 'я'.repeat(50001)]])).toThrow(
      /50000 characters/,
    );
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getLastRow()).toBe(0);
  });

  it('writes one value to every cell of the range with setValue (§1.2)', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValue(7);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      [7, 7],
      [7, 7],
    ]);
  });

  it('clearContent empties values but keeps formats (§1.1)', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(1).setNumberFormat('0.00').clearContent();
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.00');
    sheet.getRange('A1').clear();
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
  });
});
