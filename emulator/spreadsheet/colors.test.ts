import { CSS_COLOR_COUNT } from './css-colors';
import { setup } from './test-kit';

/**
 * docs/apps-script-platform.md §1.12: colours take CSS notation ([DOC] .../spreadsheet/range#setBackground(String):
 * «a color code in CSS notation (such as '#ffffff' or 'white')») and read back as #rrggbb; names are
 * case-insensitive (gas-fakes notes/named-colors.md, checked live).
 */
describe('colours (§1.12)', () => {
  it("setBackground('aliceblue') reads back as #f0f8ff, whatever the case", () => {
    const { sheet } = setup();
    sheet.getRange('A1').setBackground('aliceblue');
    sheet.getRange('A2').setBackground('AliceBlue');
    sheet.getRange('A3').setBackground('#ABCDEF');
    sheet.getRange('A4').setBackground('#fa0');
    expect(sheet.getRange('A1:A4').getBackgrounds()).toEqual([
      ['#f0f8ff'],
      ['#f0f8ff'],
      ['#abcdef'],
      ['#ffaa00'],
    ]);
  });

  it('knows the 147 CSS names (no rebeccapurple)', () => {
    const { sheet } = setup();
    expect(CSS_COLOR_COUNT).toBe(147);
    expect(() => sheet.getRange('A1').setBackground('rebeccapurple')).toThrow(/emulator: .*not a colour/);
  });

  it('refuses an unknown name instead of ignoring it silently as live does, and changes nothing', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setBackground('#eeeeee');
    expect(() => sheet.getRange('A1').setBackground('светло-серый')).toThrow(
      'emulator: Range.setBackground("светло-серый"): not a colour Sheets knows',
    );
    expect(() => sheet.getRange('A1:A2').setBackgrounds([['red'], ['no such colour']])).toThrow(
      /Range\.setBackgrounds/,
    );
    expect(sheet.getRange('A1:A2').getBackgrounds()).toEqual([['#eeeeee'], ['#ffffff']]);
  });

  it('null resets to white; font, tab and conditional-format colours normalise too', () => {
    const { app, sheet } = setup();
    sheet.getRange('A1').setBackground('navy').setBackground(null);
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
    sheet.getRange('B1').setFontColor('DarkRed');
    expect(sheet.getRange('B1').getFontColor()).toBe('#8b0000');
    sheet.getRange('B1:C1').setFontColors([['Teal', '#FFF']]);
    expect(sheet.getRange('B1:C1').getFontColors()).toEqual([['#008080', '#ffffff']]);
    expect(sheet.setTabColor('Orange').getTabColor()).toBe('#ffa500');
    const rule = app.newConditionalFormatRule().whenCellEmpty().setBackground('Pink').build();
    expect(rule.getBooleanCondition()?.getBackground()).toBe('#ffc0cb');
  });

  it('RangeList.setBackground normalises per range', () => {
    const { sheet } = setup();
    sheet.getRangeList(['A1', 'C3']).setBackground('lightgreen');
    expect([sheet.getRange('A1').getBackground(), sheet.getRange('C3').getBackground()]).toEqual([
      '#90ee90',
      '#90ee90',
    ]);
  });
});

describe('RangeList.clear options ([DOC] .../spreadsheet/range-list#clear(Object))', () => {
  it('{contentsOnly: true} clears values and keeps backgrounds, as Range.clear does', () => {
    const { sheet } = setup();
    sheet
      .getRange('A1:B1')
      .setValues([['a', 'b']])
      .setBackground('yellow');
    sheet.getRange('D4').setValue('d').setBackground('yellow');
    sheet.getRangeList(['A1:B1', 'D4']).clear({ contentsOnly: true });
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', '']]);
    expect(sheet.getRange('D4').getValue()).toBe('');
    expect(sheet.getRange('A1:B1').getBackgrounds()).toEqual([['#ffff00', '#ffff00']]);
    expect(sheet.getRange('D4').getBackground()).toBe('#ffff00');
  });

  it('{formatOnly: true} keeps values; no options clears both', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('a').setBackground('yellow');
    sheet.getRangeList(['A1']).clear({ formatOnly: true });
    expect([sheet.getRange('A1').getValue(), sheet.getRange('A1').getBackground()]).toEqual(['a', '#ffffff']);
    sheet.getRange('A1').setBackground('yellow');
    sheet.getRangeList(['A1']).clear();
    expect([sheet.getRange('A1').getValue(), sheet.getRange('A1').getBackground()]).toEqual(['', '#ffffff']);
  });
});
