import { must, setup } from './test-kit';

describe('SpreadsheetApp selection and navigation', () => {
  it('getActiveRange is the user’s selection set with ws.spreadsheet.select', () => {
    const { ws, app, ss } = setup();
    ss.insertSheet('Наставники');
    ss.insertSheet('Пары');
    ws.spreadsheet.select('Наставники!B3:D3');
    expect(app.getActiveSheet().getName()).toBe('Наставники');
    expect(app.getActiveRange().getA1Notation()).toBe('B3:D3');
    expect(app.getCurrentCell().getA1Notation()).toBe('B3');
  });

  it('getSelection reports the same selection; moveActiveSheet reorders the sheets', () => {
    const { ws, app, ss } = setup();
    ss.insertSheet('Журнал');
    ws.spreadsheet.select('Журнал!C2:C4');
    const selection = app.getSelection();
    expect([selection.getActiveSheet().getName(), must(selection.getActiveRange()).getA1Notation()]).toEqual([
      'Журнал',
      'C2:C4',
    ]);
    expect(must(selection.getCurrentCell()).getA1Notation()).toBe('C2');
    ss.moveActiveSheet(1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Журнал', 'Лист1']);
  });

  it('getActiveRange is A1 of the active sheet when nothing else is selected', () => {
    const { app } = setup();
    expect(app.getActiveRange().getA1Notation()).toBe('A1');
    expect(app.getActiveRange().getSheet().getName()).toBe('Лист1');
  });

  it('Range.activate selects the range and activates its sheet', () => {
    const { ss } = setup();
    const other = ss.insertSheet('Журнал');
    ss.getSheets()[0].activate();
    other.getRange('C5').activate();
    expect(ss.getActiveSheet().getName()).toBe('Журнал');
    expect(must(ss.getActiveRange()).getA1Notation()).toBe('C5');
    expect(other.getActiveCell().getA1Notation()).toBe('C5');
  });

  it('offset and getCell move within the sheet', () => {
    const { sheet } = setup();
    const r = sheet.getRange('B2:C3');
    expect(r.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(r.getCell(2, 2).getA1Notation()).toBe('C3');
  });

  it('insertCheckboxes adds checkbox validation and FALSE in empty cells', () => {
    const { sheet } = setup();
    sheet.getRange('A2').setValue(true);
    sheet.getRange('A1:A3').insertCheckboxes();
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[false], [true], [false]]);
    expect(String(must(sheet.getRange('A3').getDataValidation()).getCriteriaType())).toBe('CHECKBOX');
  });

  it('check, uncheck and isChecked follow the checkbox values (§1.5 requireCheckbox)', () => {
    const { sheet } = setup();
    const boxes = sheet.getRange('A1:A2').insertCheckboxes('да', 'нет');
    expect(boxes.getValues()).toEqual([['нет'], ['нет']]);
    expect(boxes.isChecked()).toBe(false);
    sheet.getRange('A1').check();
    expect(boxes.isChecked()).toBeNull();
    boxes.check();
    expect([boxes.isChecked(), sheet.getRange('A2').getValue()]).toEqual([true, 'да']);
    expect(sheet.getRange('B1').isChecked()).toBeNull();
    boxes.removeCheckboxes();
    expect([boxes.getValues(), boxes.getDataValidation()]).toEqual([[[''], ['']], null]);
  });

  it('font colours read back as Color objects with a hex string, alignments as a grid', () => {
    const { sheet } = setup();
    sheet
      .getRange('A1:B1')
      .setFontColors([['#cc0000', null]])
      .setHorizontalAlignments([['right', null]]);
    const colors = sheet.getRange('A1:B1').getFontColorObjects();
    expect(colors[0].map((c) => c.asRgbColor().asHexString())).toEqual(['#cc0000', '#000000']);
    expect(sheet.getRange('A1:B1').getHorizontalAlignments()).toEqual([['right', 'general']]);
  });

  it('a response sheet linked by the forms module reports its form URL (§5.1)', () => {
    const { ws, sheet } = setup();
    expect(sheet.getFormUrl()).toBeNull();
    const facade = ws.spreadsheet.active.getSheets()[0] as unknown as { _linkForm(url: string): void };
    facade._linkForm('https://docs.google.com/forms/d/abc/edit');
    expect(sheet.getFormUrl()).toBe('https://docs.google.com/forms/d/abc/edit');
  });
});

describe('SpreadsheetApp auth and call counting (§2.1, docs/architecture.md performance rules)', () => {
  it('a custom function may read but not write the document (§2.1 table: "read-only")', () => {
    const { ws, sheet } = setup();
    sheet.getRange('A1').setValue(1);
    ws.run(
      () => {
        expect(sheet.getRange('A1').getValue()).toBe(1);
        expect(() => sheet.getRange('A1').setValue(2)).toThrow(
          'You do not have permission to call Range.setValue',
        );
      },
      { authMode: 'CUSTOM_FUNCTION' },
    );
  });

  it('opening another spreadsheet needs full authorisation (§2.1 table: LIMITED has no user data)', () => {
    const { ws, app } = setup();
    const other = ws.spreadsheet.create('Другой');
    ws.run(() => expect(() => app.openById(other.getId())).toThrow(/AuthMode\.LIMITED/), {
      kind: 'simple-trigger',
    });
  });

  it('openById of an unknown id throws', () => {
    const { app } = setup();
    expect(() => app.openById('nope')).toThrow(/openById/);
  });

  it('counts one call per script call, not the emulator’s inner calls', () => {
    const { ws, sheet } = setup();
    ws.rt.counter.reset();
    sheet.getRange(1, 1, 100, 5).setValues(Array.from({ length: 100 }, () => [1, 2, 3, 4, 5]));
    sheet.getDataRange().getValues();
    sheet.appendRow([1]);
    expect(ws.rt.counter.methods()).toEqual({
      'Sheet.getRange': 1,
      'Range.setValues': 1,
      'Sheet.getDataRange': 1,
      'Range.getValues': 1,
      'Sheet.appendRow': 1,
    });
  });

  it('throws "not implemented" for a method the emulator lacks', () => {
    const { sheet } = setup();
    expect(() => (sheet as unknown as Record<string, unknown>).getBandings).toThrow(
      'not implemented: Sheet.getBandings',
    );
  });
});
