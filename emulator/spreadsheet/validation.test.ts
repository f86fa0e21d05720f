import { must, setup } from './test-kit';

describe('SpreadsheetApp data validation (§1.5)', () => {
  it('builds a list rule with its criteria values and the dropdown flag (§1.5)', () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireValueInList(['идёт', 'завершена']).build();
    sheet.getRange('C2:C10').setDataValidation(rule);
    const back = must(sheet.getRange('C5').getDataValidation());
    expect(back.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(back.getCriteriaValues()).toEqual([['идёт', 'завершена'], true]);
  });

  it('defaults allowInvalid to true, so a new rule only warns (§1.5)', () => {
    const { app } = setup();
    expect(app.newDataValidation().requireDate().build().getAllowInvalid()).toBe(true);
    expect(app.newDataValidation().requireDate().setAllowInvalid(false).build().getAllowInvalid()).toBe(
      false,
    );
  });

  it('requireValueInRange gives the range back as a Range (§1.5)', () => {
    const { app, ss, sheet } = setup();
    const lists = ss.insertSheet('Списки');
    const rule = app.newDataValidation().requireValueInRange(lists.getRange('A2:A20'), false).build();
    sheet.getRange('B2').setDataValidation(rule);
    const [range, dropdown] = must(sheet.getRange('B2').getDataValidation()).getCriteriaValues();
    expect((range as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toBe('A2:A20');
    expect((range as GoogleAppsScript.Spreadsheet.Range).getSheet().getName()).toBe('Списки');
    expect(dropdown).toBe(false);
  });

  it('requireCheckbox keeps the checked/unchecked values given (§1.5)', () => {
    const { app } = setup();
    expect(app.newDataValidation().requireCheckbox().build().getCriteriaValues()).toEqual([]);
    expect(app.newDataValidation().requireCheckbox('да', 'нет').build().getCriteriaValues()).toEqual([
      'да',
      'нет',
    ]);
    expect(String(app.newDataValidation().requireCheckbox().build().getCriteriaType())).toBe('CHECKBOX');
  });

  it('requireDate("=I1") is rejected with the live signature message (§1.5)', () => {
    const { app } = setup();
    const builder = app.newDataValidation() as unknown as { requireDate(x: string): unknown };
    expect(() => builder.requireDate('=I1')).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireDate.",
    );
  });

  it('number rules, help text and dates in criteria (§1.5)', () => {
    const { app } = setup();
    const n = app.newDataValidation().requireNumberBetween(3, 12).setHelpText('от 3 до 12 месяцев').build();
    expect([String(n.getCriteriaType()), n.getCriteriaValues(), n.getHelpText()]).toEqual([
      'NUMBER_BETWEEN',
      [3, 12],
      'от 3 до 12 месяцев',
    ]);
    const d = app.newDataValidation().requireDateAfter(new Date('2025-09-01T00:00:00Z')).build();
    expect((d.getCriteriaValues()[0] as Date).toISOString()).toBe('2025-09-01T00:00:00.000Z');
    expect(String(app.newDataValidation().requireNumberGreaterThan(0).build().getCriteriaType())).toBe(
      'NUMBER_GREATER_THAN',
    );
  });

  it('copy() gives a builder that can change a rule without touching the original (§1.5)', () => {
    const { app } = setup();
    const rule = app.newDataValidation().requireValueInList(['a']).build();
    const changed = rule.copy().requireValueInList(['b']).build();
    expect(rule.getCriteriaValues()[0]).toEqual(['a']);
    expect(changed.getCriteriaValues()[0]).toEqual(['b']);
  });

  it('refuses a builder passed without build() with the signature message (§1.5)', () => {
    const { app, sheet } = setup();
    const builder = app
      .newDataValidation()
      .requireDate() as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
    expect(() => sheet.getRange('A1').setDataValidation(builder)).toThrow(
      "The parameters (SpreadsheetApp.DataValidationBuilder) don't match the method signature for SpreadsheetApp.Range.setDataValidation.",
    );
  });

  it('setDataValidation(null) removes the rule (§1.5)', () => {
    const { app, sheet } = setup();
    sheet.getRange('A1:A3').setDataValidation(app.newDataValidation().requireTextIsEmail().build());
    sheet.getRange('A2').setDataValidation(null);
    expect(
      sheet
        .getRange('A1:A3')
        .getDataValidations()
        .map((r) => r[0] && String(r[0].getCriteriaType())),
    ).toEqual(['TEXT_IS_VALID_EMAIL', null, 'TEXT_IS_VALID_EMAIL']);
  });

  it('setDataValidations needs the range’s shape (§1.2 message)', () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireDate().build();
    expect(() => sheet.getRange('A1:A2').setDataValidations([[rule]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });
});

describe('SpreadsheetApp protection (§1.6)', () => {
  it('a new protection lists no editors, yet the owner can edit (§1.6 live oddity)', () => {
    const { sheet } = setup();
    const p = sheet.getRange('A1:Z1').protect().setDescription('Заголовки');
    expect(p.getEditors()).toEqual([]);
    expect(p.canEdit()).toBe(true);
    expect(p.getDescription()).toBe('Заголовки');
    expect(String(p.getProtectionType())).toBe('RANGE');
  });

  it('Range.protect twice creates two overlapping protections (§1.6)', () => {
    const { app, ss, sheet } = setup();
    sheet.getRange('A1').protect();
    sheet.getRange('A1').protect();
    expect(ss.getProtections(app.ProtectionType.RANGE)).toHaveLength(2);
  });

  it('Sheet.protect returns the existing sheet protection (§1.6)', () => {
    const { app, sheet } = setup();
    sheet.protect().setDescription('лист');
    expect(sheet.protect().getDescription()).toBe('лист');
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
  });

  it('follows the docs pattern: add me, remove the others (§1.6)', () => {
    const { ws, sheet } = setup();
    const p = sheet.protect();
    p.addEditor('curator@school.example');
    p.addEditors(['teacher@school.example', 'head@school.example']);
    p.removeEditors(p.getEditors());
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['curator@school.example']);
    ws.rt.activeUser = 'teacher@school.example';
    expect(p.canEdit()).toBe(false);
  });

  it('the owner cannot be removed and always can edit (§1.6)', () => {
    const { ws, sheet } = setup();
    const p = sheet.protect().addEditor('head@school.example');
    ws.rt.activeUser = 'head@school.example';
    p.removeEditor('curator@school.example');
    ws.rt.activeUser = 'curator@school.example';
    expect(p.canEdit()).toBe(true);
  });

  it('a warning-only protection lets everyone edit (§1.6)', () => {
    const { ws, sheet } = setup();
    const p = sheet.getRange('A1').protect().setWarningOnly(true);
    p.removeEditors(['x@school.example']);
    ws.rt.activeUser = 'someone@school.example';
    expect(p.isWarningOnly()).toBe(true);
    expect(p.canEdit()).toBe(true);
  });

  it('refuses a write by a user the protection leaves out (§1.6; live text UNVERIFIED)', () => {
    const { ws, sheet } = setup();
    const p = sheet.getRange('A1:D1').protect();
    p.removeEditors(p.getEditors());
    ws.rt.activeUser = 'teacher@school.example';
    expect(() => sheet.getRange('B1').setValue('x')).toThrow(
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    );
    expect(() => sheet.deleteRow(1)).toThrow(/protected cell/);
    sheet.getRange('B2').setValue('ниже заголовка можно');
    expect(sheet.getRange('B2').getValue()).toBe('ниже заголовка можно');
  });

  it('lets the owner, listed editors and anyone under a fresh or warning-only protection write (§1.6)', () => {
    const { ws, sheet } = setup();
    sheet.getRange('A1').protect();
    sheet.getRange('B1').protect().setWarningOnly(true);
    sheet.getRange('C1').protect().addEditor('teacher@school.example');
    sheet.getRange('A1:C1').setValue('владелец');
    ws.rt.activeUser = 'teacher@school.example';
    sheet.getRange('A1:C1').setValue('редактор');
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['редактор', 'редактор', 'редактор']]);
  });

  it('a protected sheet allows writes only inside its unprotected ranges (§1.6)', () => {
    const { ws, sheet } = setup();
    const p = sheet.protect();
    p.setUnprotectedRanges([sheet.getRange('A2:D100')]);
    p.removeEditors(p.getEditors());
    ws.rt.activeUser = 'teacher@school.example';
    sheet.getRange('B5').setValue('данные');
    expect(() => sheet.getRange('B1').setValue('заголовок')).toThrow(/protected cell/);
    expect(() => sheet.appendRow(['строка'])).not.toThrow();
  });

  it('remove() deletes the protection', () => {
    const { app, ss, sheet } = setup();
    sheet.getRange('A1').protect().remove();
    expect(ss.getProtections(app.ProtectionType.RANGE)).toEqual([]);
  });
});
