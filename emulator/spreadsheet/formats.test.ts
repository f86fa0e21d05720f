import type { Workspace } from '../workspace';
import { must, setup } from './test-kit';

describe('SpreadsheetApp formats and notes (§1.2)', () => {
  it('reports the default number format as "0.###############" (§1.2 live)', () => {
    const { sheet } = setup();
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
  });

  it('setNumberFormat("general") resets the format (§1.2)', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1').setNumberFormat('0.00');
    expect(r.getNumberFormat()).toBe('0.00');
    r.setNumberFormat('general');
    expect(r.getNumberFormat()).toBe('0.###############');
  });

  it('gives a typed date the locale date format (§1.2 USER_ENTERED)', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('2025-09-01');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('dd.MM.yyyy');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('01.09.2025');
  });

  it('formats numbers with the cell pattern in getDisplayValues (§1.1)', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([[1234.5, 2, 0.125]]);
    sheet.getRange('A1:C1').setNumberFormats([['#,##0.00', '0', '0.0%']]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['1\u00a0234,50', '2', '12,5%']]);
  });

  it('formats numbers with literal text, currency and sign sections (§1.1 display values)', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setValues([[12, 1500.5, -3, 0]]);
    sheet.getRange('A1:D1').setNumberFormats([['0" мес."', '#,##0.00 [$₽-419]', '0;(0);"—"', '0;(0);"—"']]);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['12 мес.', '1\u00a0500,50 ₽', '(3)', '—']]);
  });

  it('stores notes, backgrounds, font weight, wrap and alignment per cell', () => {
    const { sheet } = setup();
    const header = sheet.getRange('A1:B1');
    header
      .setNotes([['Уникальный номер', '']])
      .setFontWeight('bold')
      .setWrap(true)
      .setHorizontalAlignment('center');
    header.setBackgrounds([['#eeeeee', '#ffcc00']]);
    expect(header.getNotes()).toEqual([['Уникальный номер', '']]);
    expect(sheet.getRange('B1').getNote()).toBe('');
    expect(header.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(header.getBackgrounds()).toEqual([['#eeeeee', '#ffcc00']]);
    expect(sheet.getRange('A1').getWrap()).toBe(true);
    expect(sheet.getRange('A1').getHorizontalAlignment()).toBe('center');
    expect(sheet.getRange('A2').getFontWeight()).toBe('normal');
  });

  it('stores font size, style, family, vertical alignment and borders', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B2');
    r.setFontSize(14).setFontStyle('italic').setFontFamily('Times New Roman').setVerticalAlignment('middle');
    r.setBorder(true, true, true, true, null, null, '#000000', null);
    const cell = sheet.getRange('B2');
    expect([
      cell.getFontSize(),
      cell.getFontStyle(),
      cell.getFontFamily(),
      cell.getVerticalAlignment(),
    ]).toEqual([14, 'italic', 'Times New Roman', 'middle']);
    expect((cell as unknown as { _border(): unknown })._border()).toMatchObject({
      top: true,
      color: '#000000',
    });
    expect(sheet.getRange('C3').getFontSize()).toBe(10);
    r.clearFormat();
    expect(cell.getFontSize()).toBe(10);
  });

  it('hides and shows columns and rows; hidden columns move with inserts', () => {
    const { sheet } = setup();
    sheet.hideColumns(2, 2);
    sheet.hideRows(5);
    expect([
      sheet.isColumnHiddenByUser(2),
      sheet.isColumnHiddenByUser(3),
      sheet.isColumnHiddenByUser(4),
    ]).toEqual([true, true, false]);
    sheet.insertColumnBefore(1);
    expect([sheet.isColumnHiddenByUser(2), sheet.isColumnHiddenByUser(4)]).toEqual([false, true]);
    sheet.showColumns(3, 2);
    expect(sheet.isColumnHiddenByUser(3)).toBe(false);
    expect(sheet.isRowHiddenByUser(5)).toBe(true);
    sheet.showRows(5);
    expect(sheet.isRowHiddenByUser(5)).toBe(false);
  });

  it('stores row heights and the tab colour', () => {
    const { sheet } = setup();
    expect(sheet.getRowHeight(1)).toBe(21);
    sheet.setRowHeight(1, 40).setTabColor('#ff9900');
    expect([sheet.getRowHeight(1), sheet.getTabColor()]).toEqual([40, '#ff9900']);
  });

  it('setNote(null) or "" removes the note', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setNote('x').setNote('');
    expect(sheet.getRange('A1').getNote()).toBe('');
  });
});

describe('SpreadsheetApp conditional formatting (§1.7)', () => {
  it('Sheet.setConditionalFormatRules replaces all rules, in order (§1.7)', () => {
    const { app, sheet } = setup();
    const range = sheet.getRange('E2:E100');
    const overdue = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$E2<TODAY()')
      .setBackground('#f4cccc')
      .setRanges([range])
      .build();
    const done = app
      .newConditionalFormatRule()
      .whenTextEqualTo('выполнено')
      .setFontColor('#38761d')
      .setRanges([range])
      .build();
    sheet.setConditionalFormatRules([overdue, done]);
    sheet.setConditionalFormatRules([done]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(1);
    const condition = must(rules[0].getBooleanCondition());
    expect([
      String(condition.getCriteriaType()),
      condition.getCriteriaValues(),
      condition.getFontColor(),
    ]).toEqual(['TEXT_EQUAL_TO', ['выполнено'], '#38761d']);
    expect(rules[0].getRanges().map((r) => r.getA1Notation())).toEqual(['E2:E100']);
  });

  it('appends by pushing onto getConditionalFormatRules (§1.7)', () => {
    const { app, sheet } = setup();
    const rule = (n: number): GoogleAppsScript.Spreadsheet.ConditionalFormatRule =>
      app
        .newConditionalFormatRule()
        .whenNumberGreaterThan(n)
        .setBackground('#ff0000')
        .setRanges([sheet.getRange('A:A')])
        .build();
    sheet.setConditionalFormatRules([rule(1)]);
    const rules = sheet.getConditionalFormatRules();
    rules.push(rule(2));
    sheet.setConditionalFormatRules(rules);
    expect(
      sheet.getConditionalFormatRules().map((r) => must(r.getBooleanCondition()).getCriteriaValues()),
    ).toEqual([[1], [2]]);
  });

  it('setRanges replaces the ranges (§1.7)', () => {
    const { app, sheet } = setup();
    const rule = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setRanges([sheet.getRange('A1')])
      .setRanges([sheet.getRange('B2:B3')])
      .build();
    expect(rule.getRanges().map((r) => r.getA1Notation())).toEqual(['B2:B3']);
  });
});

describe('SpreadsheetApp embedded charts (§1.8)', () => {
  function chart(ws: Workspace, sheet: GoogleAppsScript.Spreadsheet.Sheet) {
    const { Charts } = ws.globals() as { Charts: typeof GoogleAppsScript.Charts };
    return sheet
      .newChart()
      .setChartType(Charts.ChartType.PIE)
      .addRange(sheet.getRange('A1:B5'))
      .addRange(sheet.getRange('A1:B5'))
      .setPosition(2, 4, 0, 0)
      .setOption('title', 'Пары по формам');
  }

  it('build() alone draws nothing; insertChart does (§1.8)', () => {
    const { ws, sheet } = setup();
    const built = chart(ws, sheet).build();
    expect(sheet.getCharts()).toEqual([]);
    expect(built.getChartId()).toBeNull();
    sheet.insertChart(built);
    const [inserted] = sheet.getCharts();
    expect(inserted.getChartId()).toEqual(expect.any(Number));
    expect(inserted.getOptions().get('title')).toBe('Пары по формам');
    expect(inserted.getContainerInfo().getAnchorRow()).toBe(2);
  });

  it('ignores a range added twice (§1.8)', () => {
    const { ws, sheet } = setup();
    sheet.insertChart(chart(ws, sheet).build());
    expect(
      sheet
        .getCharts()[0]
        .getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:B5']);
  });

  it('updateChart changes an inserted chart; removeChart deletes it (§1.8)', () => {
    const { ws, sheet } = setup();
    sheet.insertChart(chart(ws, sheet).build());
    const [c] = sheet.getCharts();
    sheet.updateChart(c.modify().setOption('title', 'Новое').build());
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Новое');
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toEqual([]);
  });

  it('keeps typed builder settings as chart options (§1.8)', () => {
    const { ws, sheet } = setup();
    const { Charts } = ws.globals() as { Charts: typeof GoogleAppsScript.Charts };
    const built = sheet
      .newChart()
      .asColumnChart()
      .setTitle('Пары по месяцам')
      .setLegendPosition(Charts.Position.BOTTOM)
      .setStacked()
      .addRange(sheet.getRange('A1:C4'))
      .setPosition(1, 5, 0, 0)
      .build();
    sheet.insertChart(built);
    const options = sheet.getCharts()[0].getOptions();
    expect([options.get('title'), options.get('legend.position'), options.get('isStacked')]).toEqual([
      'Пары по месяцам',
      'bottom',
      true,
    ]);
  });

  it('Charts.ChartType is a global of this module (§1.8)', () => {
    const { ws } = setup();
    const Charts = ws.globals().Charts as { ChartType: Record<string, string> };
    expect(Charts.ChartType.PIE).toBe('PIE');
    expect(Charts.ChartType.COLUMN).toBe('COLUMN');
  });
});
