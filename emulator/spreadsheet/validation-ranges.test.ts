import fc from 'fast-check';
import { Workspace } from '../workspace';
import { must, setup } from './test-kit';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** The rules of a column's cells as their first criteria value (list rules: the first item), '' for none. */
function column(sheet: Sheet, a1: string): string[] {
  return sheet
    .getRange(a1)
    .getDataValidations()
    .map(([rule]) => (rule ? label(rule) : ''));
}

function label(rule: GoogleAppsScript.Spreadsheet.DataValidation): string {
  const first = rule.getCriteriaValues()[0];
  if (first === undefined) return String(rule.getCriteriaType());
  return String(Array.isArray(first) ? first[0] : first);
}

function list(app: App, ...items: string[]): GoogleAppsScript.Spreadsheet.DataValidation {
  return app.newDataValidation().requireValueInList(items).build();
}

/** The rectangles the sheet stores, as A1-like text with the rule's label. */
function stored(ws: Workspace, sheetIndex = 0): string[] {
  return ws.spreadsheet.model().sheets[sheetIndex].validations.map((v) => {
    const first = v.rule.args[0];
    const name = Array.isArray(first) ? first[0] : String(first);
    return `R${v.row}C${v.column}:${v.numRows}x${v.numColumns}=${name}`;
  });
}

describe('data validation stored as rules over ranges (§1.5)', () => {
  it('a whole column of dropdowns is one stored rectangle, whatever its size', () => {
    const { ws, app, sheet } = setup();
    sheet.getRange('C2:C').setDataValidation(list(app, 'идёт', 'завершена'));
    expect(stored(ws)).toEqual(['R2C3:999x1=идёт']);
    expect(column(sheet, 'C1:C3')).toEqual(['', 'идёт', 'идёт']);
    expect(column(sheet, 'C1000:C1000')).toEqual(['идёт']);
    expect(ws.spreadsheet.model().sheets[0].rows).toEqual([]);
  });

  it('a new rule over the middle of a range splits it; null punches a hole; the same rule heals it', () => {
    const { ws, app, sheet } = setup();
    sheet.getRange('C2:C10').setDataValidation(list(app, 'a'));
    sheet.getRange('C5:C6').setDataValidation(list(app, 'b'));
    expect(column(sheet, 'C1:C11')).toEqual(['', 'a', 'a', 'a', 'b', 'b', 'a', 'a', 'a', 'a', '']);
    expect(stored(ws).sort()).toEqual(['R2C3:3x1=a', 'R5C3:2x1=b', 'R7C3:4x1=a']);
    sheet.getRange('C5:C6').setDataValidation(null);
    expect(column(sheet, 'C4:C7')).toEqual(['a', '', '', 'a']);
    sheet.getRange('C5:C6').setDataValidation(list(app, 'a'));
    expect(stored(ws)).toEqual(['R2C3:9x1=a']);
  });

  it('a rule over the middle of a block leaves the four sides around it', () => {
    const { app, sheet } = setup();
    sheet.getRange('A1:C3').setDataValidation(list(app, 'a'));
    sheet.getRange('B2').setDataValidation(list(app, 'b'));
    expect(
      sheet
        .getRange('A1:D4')
        .getDataValidations()
        .map((line) => line.map((r) => (r ? label(r) : '')).join('')),
    ).toEqual(['aaa', 'aba', 'aaa', '']);
  });

  it('rows inserted inside a validated range take its rule, as in Sheets; at its edges they stay blank', () => {
    const { app, sheet } = setup();
    sheet.getRange('C2:C5').setDataValidation(list(app, 'a'));
    sheet.insertRowsAfter(3, 2); // inside: C2:C7
    expect(column(sheet, 'C1:C8')).toEqual(['', 'a', 'a', 'a', 'a', 'a', 'a', '']);
    sheet.insertRowBefore(2); // before its first row: moves down to C3:C8
    expect(column(sheet, 'C1:C9')).toEqual(['', '', 'a', 'a', 'a', 'a', 'a', 'a', '']);
    sheet.insertRowAfter(8); // after its last row: not part of it
    expect(column(sheet, 'C8:C10')).toEqual(['a', '', '']);
  });

  it('deleting rows shrinks the range, deleting all of them removes it', () => {
    const { ws, app, sheet } = setup();
    sheet.getRange('C2:C10').setDataValidation(list(app, 'a'));
    sheet.deleteRows(1, 3); // row 1 and two of the range's
    expect(column(sheet, 'C1:C8')).toEqual(['a', 'a', 'a', 'a', 'a', 'a', 'a', '']);
    sheet.deleteRows(1, 7);
    expect(stored(ws)).toEqual([]);
  });

  it('columns inserted and deleted move, grow and shrink ranges the same way', () => {
    const { app, sheet } = setup();
    sheet.getRange('B2:C2').setDataValidation(list(app, 'a'));
    sheet.insertColumnAfter(2); // inside: B2:D2
    sheet.insertColumnBefore(1); // C2:E2
    const row = (): string[] =>
      sheet
        .getRange('A2:F2')
        .getDataValidations()[0]
        .map((r) => (r ? label(r) : ''));
    expect(row()).toEqual(['', '', 'a', 'a', 'a', '']);
    sheet.deleteColumns(4, 3);
    expect(row()).toEqual(['', '', 'a', '', '', '']);
  });

  it('deleting rows between two parts of one rule joins them again', () => {
    const { ws, app, sheet } = setup();
    sheet.getRange('A1:A10').setDataValidation(list(app, 'a'));
    sheet.getRange('A4:A5').setDataValidation(null);
    sheet.deleteRows(4, 2);
    expect(stored(ws)).toEqual(['R1C1:8x1=a']);
  });

  it('setDataValidations stores runs of equal rules as rectangles', () => {
    const { ws, app, sheet } = setup();
    const a = list(app, 'a');
    const b = list(app, 'b');
    sheet.getRange('A1:B4').setDataValidations([
      [a, a],
      [a, a],
      [b, null],
      [b, null],
    ]);
    expect(stored(ws).sort()).toEqual(['R1C1:2x2=a', 'R3C1:2x1=b']);
  });

  it('sort moves rules with their rows; copyTo and moveTo carry them', () => {
    const { app, sheet } = setup();
    sheet.getRange('A1:A3').setValues([[3], [1], [2]]);
    sheet.getRange('B1').setDataValidation(list(app, 'три'));
    sheet.getRange('B2').setDataValidation(list(app, 'один'));
    sheet.getRange('A1:B3').sort(1);
    expect(column(sheet, 'B1:B3')).toEqual(['один', '', 'три']);

    const validationOnly = 'PASTE_DATA_VALIDATION' as unknown as GoogleAppsScript.Spreadsheet.CopyPasteType;
    sheet.getRange('D1').setValue('остаётся');
    sheet.getRange('B1:B3').copyTo(sheet.getRange('D1'), validationOnly, false);
    expect([column(sheet, 'D1:D3'), sheet.getRange('D1').getValue()]).toEqual([
      ['один', '', 'три'],
      'остаётся',
    ]);
    sheet.getRange('B1').copyTo(sheet.getRange('E1:E4'));
    expect(column(sheet, 'E1:E5')).toEqual(['один', 'один', 'один', 'один', '']);
    sheet.getRange('D1:D3').copyTo(sheet.getRange('F1'), { contentsOnly: true });
    expect(column(sheet, 'F1:F3')).toEqual(['', '', '']);

    sheet.getRange('B1:B3').moveTo(sheet.getRange('B2'));
    expect(column(sheet, 'B1:B4')).toEqual(['', 'один', '', 'три']);
  });

  it('clearContent() keeps rules; clearDataValidations(), Range.clear() and Sheet.clear() remove them (§1.14)', () => {
    const { app, sheet } = setup();
    sheet.getRange('A1:A4').setDataValidation(list(app, 'a')).setValue('x');
    sheet.getRange('A1:A4').clearContent();
    expect(column(sheet, 'A1:A4')).toEqual(['a', 'a', 'a', 'a']);
    sheet.getRange('A2:A3').clearDataValidations();
    expect(column(sheet, 'A1:A4')).toEqual(['a', '', '', 'a']);
    sheet.getRange('A1').clear();
    expect(column(sheet, 'A1:A4')).toEqual(['', '', '', 'a']);
    sheet.clear();
    expect(column(sheet, 'A1:A4')).toEqual(['', '', '', '']);
  });

  it('checkboxes over part of a range: removeCheckboxes leaves the other rules', () => {
    const { app, sheet } = setup();
    sheet.getRange('A1:A3').setDataValidation(list(app, 'a'));
    sheet.getRange('A2:A4').insertCheckboxes();
    expect(sheet.getRange('A2:A4').isChecked()).toBe(false);
    sheet.getRange('A1:A4').removeCheckboxes();
    expect(column(sheet, 'A1:A4')).toEqual(['a', '', '', '']);
    expect(sheet.getRange('A2:A4').getValues()).toEqual([[''], [''], ['']]);
  });

  it('snapshots keep the rectangles and round-trip', () => {
    const { ws, app, sheet } = setup();
    sheet.getRange('C2:C').setDataValidation(list(app, 'a'));
    sheet.getRange('C5').setDataValidation(app.newDataValidation().requireCheckbox().build());
    const snap = ws.spreadsheet.snapshot();
    expect(JSON.stringify(snap).length).toBeLessThan(2000);
    const copy = new Workspace();
    copy.spreadsheet.restore(snap);
    expect(copy.spreadsheet.snapshot()).toEqual(snap);
    const back = copy.globals().SpreadsheetApp as App;
    const restored = back.getActiveSpreadsheet().getSheets()[0];
    expect(column(restored, 'C4:C6')).toEqual(['a', 'CHECKBOX', 'a']);
    expect(must(restored.getRange('C5').getDataValidation()).getCriteriaValues()).toEqual([]);
  });

  it('restores a snapshot that kept rules in its cells (saved before rules over ranges)', () => {
    const { ws, sheet } = setup();
    sheet.getRange('A1').setValue('x');
    const snap = ws.spreadsheet.snapshot();
    const rule = { criteria: 'VALUE_IN_LIST', args: [['a'], true], allowInvalid: true, helpText: null };
    const old = snap.spreadsheets[0].sheets[0] as unknown as { rows: unknown[][]; validations?: unknown };
    delete old.validations;
    old.rows = [[{ v: 'x', dv: rule }], [{ dv: rule }], [null, { dv: rule }]];
    const copy = new Workspace();
    copy.spreadsheet.restore(snap);
    const restored = (copy.globals().SpreadsheetApp as App).getActiveSpreadsheet().getSheets()[0];
    expect(column(restored, 'A1:A3')).toEqual(['a', 'a', '']);
    expect(column(restored, 'B3:B3')).toEqual(['a']);
    expect(restored.getRange('A1:A2').getValues()).toEqual([['x'], ['']]);
    expect(copy.spreadsheet.model().sheets[0].rows).toEqual([[{ v: 'x' }], [null], [null, null]]);
    expect(stored(copy).sort()).toEqual(['R1C1:2x1=a', 'R3C2:1x1=a']);
  });
});

type Op =
  | { kind: 'set'; row: number; column: number; numRows: number; numColumns: number; rule: number }
  | { kind: 'insertRows' | 'deleteRows' | 'insertColumns' | 'deleteColumns'; at: number; count: number };

const ROWS = 60;
const COLUMNS = 40;

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    row: fc.integer({ min: 1, max: 10 }),
    column: fc.integer({ min: 1, max: 6 }),
    numRows: fc.integer({ min: 1, max: 6 }),
    numColumns: fc.integer({ min: 1, max: 4 }),
    rule: fc.integer({ min: 0, max: 3 }),
  }),
  fc.record({
    kind: fc.constantFrom('insertRows' as const, 'deleteRows' as const, 'insertColumns' as const),
    at: fc.integer({ min: 1, max: 12 }),
    count: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    kind: fc.constant('deleteColumns' as const),
    at: fc.integer({ min: 1, max: 8 }),
    count: fc.integer({ min: 1, max: 2 }),
  }),
);

describe('data validation ranges against a per-cell model (property)', () => {
  it('every cell reads the rule a per-cell store would give; new cells inside a range take its rule', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 14 }), (ops) => {
        const { ws, app, sheet } = setup();
        sheet.insertColumnsAfter(26, COLUMNS - 26 + 30); // room for the deletes
        const rules = [
          null,
          ...[1, 2, 3].map((n) => app.newDataValidation().requireNumberEqualTo(n).build()),
        ];
        // The reference: rule numbers per cell (0 = none) over the top-left corner of the sheet.
        let ref = Array.from({ length: ROWS }, () => new Array<number>(COLUMNS).fill(0));
        const read = (): number[][] =>
          sheet
            .getRange(1, 1, ROWS, COLUMNS)
            .getDataValidations()
            .map((line) => line.map((r) => (r ? Number(r.getCriteriaValues()[0]) : 0)));
        for (const o of ops) {
          // New cells with the rules on both sides of the insert: [row, column, before, after].
          const fresh: Array<[number, number, number | undefined, number | undefined]> = [];
          if (o.kind === 'set') {
            sheet.getRange(o.row, o.column, o.numRows, o.numColumns).setDataValidation(rules[o.rule]);
            for (let r = o.row; r < o.row + o.numRows; r++)
              for (let c = o.column; c < o.column + o.numColumns; c++) ref[r - 1][c - 1] = o.rule;
          } else if (o.kind === 'insertRows') {
            sheet.insertRowsBefore(o.at, o.count);
            const blank = Array.from({ length: o.count }, () => new Array<number>(COLUMNS).fill(-1));
            ref.splice(o.at - 1, 0, ...blank);
            ref = ref.slice(0, ROWS);
            for (let r = o.at; r < o.at + o.count; r++) {
              for (let c = 1; c <= COLUMNS; c++)
                fresh.push([r, c, ref[o.at - 2]?.[c - 1], ref[o.at - 1 + o.count]?.[c - 1]]);
            }
          } else if (o.kind === 'deleteRows') {
            sheet.deleteRows(o.at, o.count);
            ref.splice(o.at - 1, o.count);
            while (ref.length < ROWS) ref.push(new Array<number>(COLUMNS).fill(0));
          } else if (o.kind === 'insertColumns') {
            sheet.insertColumnsBefore(o.at, o.count);
            ref = ref.map((line) => [
              ...line.slice(0, o.at - 1),
              ...new Array<number>(o.count).fill(-1),
              ...line.slice(o.at - 1, COLUMNS - o.count),
            ]);
            for (let r = 1; r <= ROWS; r++) {
              for (let c = o.at; c < o.at + o.count; c++)
                fresh.push([r, c, ref[r - 1][o.at - 2], ref[r - 1][o.at - 1 + o.count]]);
            }
          } else {
            sheet.deleteColumns(o.at, o.count);
            ref = ref.map((line) => [
              ...line.slice(0, o.at - 1),
              ...line.slice(o.at - 1 + o.count),
              ...new Array<number>(o.count).fill(0),
            ]);
          }
          const got = read();
          // A new cell has no rule, or the rule of the cells on both sides of the insert.
          for (const [r, c, before, after] of fresh) {
            if (r > ROWS || c > COLUMNS) continue;
            const value = got[r - 1][c - 1];
            if (value !== 0) expect([before, after]).toEqual([value, value]);
            ref[r - 1][c - 1] = value;
          }
          expect(got).toEqual(ref);
          // The stored rectangles never overlap.
          const cells = new Set<string>();
          for (const v of ws.spreadsheet.model().sheets[0].validations) {
            for (let r = v.row; r < v.row + v.numRows; r++) {
              for (let c = v.column; c < v.column + v.numColumns; c++) {
                expect(cells.has(`${r}:${c}`)).toBe(false);
                cells.add(`${r}:${c}`);
              }
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
