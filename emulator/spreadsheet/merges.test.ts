import { setup } from './test-kit';

/**
 * docs/apps-script-platform.md §1.13, after the reference pages .../spreadsheet/range#merge(), #mergeAcross(),
 * #mergeVertically(), #breakApart(), #isPartOfMerge(), #getMergedRanges(), and the live errors quoted in the field.
 */
describe('merged cells (§1.13)', () => {
  it('merge() makes one block; getMergedRanges lists it from any cell it holds; isPartOfMerge sees it', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').merge();
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('A2').isPartOfMerge()).toBe(false);
    expect(
      sheet
        .getRange('B1:B5')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:C1']);
  });

  it('keeps only the top-left value, as the Sheets UI warns', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValues([
      ['Итоги', 'x'],
      ['y', 'z'],
    ]);
    sheet.getRange('A1:B2').merge();
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['Итоги', ''],
      ['', ''],
    ]);
  });

  it('mergeAcross makes one block per row, mergeVertically one per column ([DOC] examples)', () => {
    const { sheet } = setup();
    sheet.getRange('F5:H6').mergeAcross();
    sheet.getRange('B1:D10').mergeVertically();
    expect(
      sheet
        .getRange('A1:H10')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['B1:B10', 'C1:C10', 'D1:D10', 'F5:H5', 'F6:H6']);
  });

  it('a single cell, or a one-row range merged vertically, makes no merge', () => {
    const { sheet } = setup();
    sheet.getRange('A1').merge();
    sheet.getRange('A3:C3').mergeVertically();
    expect(sheet.getRange('A1:C3').isPartOfMerge()).toBe(false);
  });

  it('refuses to merge across frozen rows or columns with the live text', () => {
    const { sheet } = setup();
    sheet.setFrozenRows(1);
    expect(() => sheet.getRange('A1:A3').merge()).toThrow("You can't merge frozen and non-frozen rows.");
    sheet.getRange('A1:C1').merge();
    sheet.getRange('A2:A3').merge();
    sheet.getRange('A1:C1').breakApart();
    sheet.setFrozenColumns(1);
    expect(() => sheet.getRange('A5:B5').merge()).toThrow("You can't merge frozen and non-frozen columns.");
  });

  it('refuses to freeze an edge that cuts a merge', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').merge();
    expect(() => sheet.setFrozenRows(2)).toThrow("You can't merge frozen and non-frozen rows.");
    sheet.setFrozenRows(3);
    expect(sheet.getFrozenRows()).toBe(3);
  });

  it('a merge or breakApart over part of an existing merge is refused; over all of it, it replaces it', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').merge();
    const partial = 'You must select all cells in a merged range to merge or unmerge them.';
    expect(() => sheet.getRange('B2:C3').merge()).toThrow(partial);
    expect(() => sheet.getRange('A1:A2').breakApart()).toThrow(partial);
    sheet.getRange('A1:C3').merge();
    expect(
      sheet
        .getRange('A1:C3')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:C3']);
    sheet.getRange('A1:D4').breakApart();
    expect(sheet.getRange('A1:D4').isPartOfMerge()).toBe(false);
  });

  it('merges move with inserted and deleted rows, grow inside, and go with their cells', () => {
    const { sheet } = setup();
    sheet.getRange('B2:C3').merge();
    sheet.insertRowBefore(1);
    expect(sheet.getRange('A1:D5').getMergedRanges()[0].getA1Notation()).toBe('B3:C4');
    sheet.insertRowAfter(3);
    expect(sheet.getRange('A1:D6').getMergedRanges()[0].getA1Notation()).toBe('B3:C5');
    sheet.deleteColumns(2, 2);
    expect(sheet.getRange('A1:D6').isPartOfMerge()).toBe(false);
  });

  it('Sheet.clear() keeps merges; RangeList.breakApart unmerges each range', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').merge();
    sheet.getRange('A3:B3').merge();
    sheet.clear();
    expect(sheet.getRange('A1:B3').getMergedRanges()).toHaveLength(2);
    sheet.getRangeList(['A1:B1', 'A3:B3']).breakApart();
    expect(sheet.getRange('A1:B3').isPartOfMerge()).toBe(false);
  });

  it('is a counted write: refused in a custom function like other writes', () => {
    const { ws, sheet } = setup();
    ws.rt.counter.reset();
    sheet.getRange('A1:B1').merge();
    expect(ws.rt.counter.count('Range.merge')).toBe(1);
    ws.run(() => expect(() => sheet.getRange('A3:B3').merge()).toThrow(/permission/), {
      kind: 'test',
      authMode: 'CUSTOM_FUNCTION',
    });
  });
});
