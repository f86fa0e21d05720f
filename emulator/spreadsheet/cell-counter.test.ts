import { setup } from './test-kit';

describe('the cells counter (ws.spreadsheet.cells): the data each call moves, for the benchmark', () => {
  it('counts the cells read and written per sheet, and each call reading values', () => {
    const { ws, ss, sheet } = setup();
    const other = ss.insertSheet('Второй');
    ws.spreadsheet.cells.reset();
    sheet.getRange('A1:C2').setValues([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    sheet.getRange('A1:C2').getValues();
    sheet.getRange('A1:B2').getDisplayValues();
    sheet.getRange('A1').getValue();
    sheet.getRange('A1:C2').getBackgrounds();
    other.appendRow(['x', 'y']);
    other.getRange('A1:B1').setBackground('#ff0000');
    expect(ws.spreadsheet.cells.sheets()).toEqual({
      Второй: { valueReads: 0, cellsRead: 0, cellsWritten: 4 },
      Лист1: { valueReads: 3, cellsRead: 6 + 4 + 1 + 6, cellsWritten: 6 },
    });
    expect(ws.spreadsheet.cells.totals()).toEqual({ valueReads: 3, cellsRead: 17, cellsWritten: 10 });
  });

  it('counts a whole-column range by the sheet’s size, and starts again after reset', () => {
    const { ws, sheet } = setup();
    ws.spreadsheet.cells.reset();
    sheet.getRange('B:B').getFormulas();
    expect(ws.spreadsheet.cells.totals()).toEqual({
      valueReads: 1,
      cellsRead: sheet.getMaxRows(),
      cellsWritten: 0,
    });
    ws.spreadsheet.cells.reset();
    expect(ws.spreadsheet.cells.sheets()).toEqual({});
  });
});
