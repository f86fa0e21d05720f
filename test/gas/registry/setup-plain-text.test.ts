/**
 * Issue 11, item 3: columns of text that Sheets would read as a number, a date or a formula when typed (phones,
 * IDs, order numbers, the roadmap's «№») are plain text after «Настроить таблицу», so what a curator types stays
 * what was typed; and a cell the sheet did turn into a formula is reported once, not twice.
 */
import { addMentor, checkData } from '../endpoints';
import { REPORT_SHEET } from '../../../src/gas/registry/check-report-sheet';
import { SheetTableStore } from '../../../src/gas/registry/sheet-table-store';
import { formatId } from '../../../src/domain/registry/ids';
import {
  MENTEES_TABLE,
  MENTORS_TABLE,
  ORDERS_TABLE,
  ROADMAP_TABLE,
} from '../../../src/domain/registry/tables';
import { toRow } from '../../../src/domain/registry/to-row';
import type { Workspace } from '../../../emulator/workspace';
import { fromSidebar, mentorInput, seen, setUpWorkspace } from '../registry-fixture';

describe('plain-text columns after «Настроить таблицу»', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = setUpWorkspace()));
  afterEach(() => done());

  const sheet = (name: string) => {
    const found = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  /** The cell under `header` in `row`, as a person finds it. */
  const cell = (name: string, row: number, header: string) =>
    sheet(name).getRange(row, seen(ws, name)[0].indexOf(header) + 1);
  const check = () => ws.run(() => checkData(), { kind: 'menu' });
  const report = () => seen(ws, REPORT_SHEET).slice(2);

  it('keeps a phone typed as the header note shows it, an order number and a roadmap number as typed', () => {
    fromSidebar(ws, () => addMentor(mentorInput()));
    // Typing is parsed as Sheets parses it (setValue is USER_ENTERED), so these would be a formula and dates.
    cell(MENTORS_TABLE.sheetName, 2, 'Телефон').setValue('+7 900 123-45-67');
    cell(MENTEES_TABLE.sheetName, 40, 'Телефон').setValue('+7 900 765-43-21');
    cell(ORDERS_TABLE.sheetName, 2, 'Номер').setValue('12.1');
    cell(ROADMAP_TABLE.sheetName, 2, '№').setValue('1.1');
    expect(cell(MENTORS_TABLE.sheetName, 2, 'Телефон').getValue()).toBe('+7 900 123-45-67');
    expect(cell(MENTORS_TABLE.sheetName, 2, 'Телефон').getFormula()).toBe('');
    expect(cell(MENTEES_TABLE.sheetName, 40, 'Телефон').getValue()).toBe('+7 900 765-43-21');
    expect(cell(ORDERS_TABLE.sheetName, 2, 'Номер').getValue()).toBe('12.1');
    expect(cell(ROADMAP_TABLE.sheetName, 2, '№').getValue()).toBe('1.1');
    check();
    expect(report().filter((line) => line[2] === 'Телефон')).toEqual([]);
  });

  it('gives plain text to the rows a sheet grows by when the add-on appends beyond its last row', () => {
    const store = new SheetTableStore(SpreadsheetApp.getActiveSpreadsheet());
    const rows = sheet(MENTORS_TABLE.sheetName).getMaxRows();
    const cells = toRow(MENTORS_TABLE, { ...mentorInput(), active: true }, store.timeZone());
    store.append(
      store.read(MENTORS_TABLE),
      Array.from({ length: rows }, (_, i) => ({ ...cells, id: formatId('НК', i + 1) })),
    );
    const below = sheet(MENTORS_TABLE.sheetName).getMaxRows();
    expect(below).toBeGreaterThan(rows + 1);
    cell(MENTORS_TABLE.sheetName, below, 'Телефон').setValue('+7 900 123-45-67');
    expect(cell(MENTORS_TABLE.sheetName, below, 'Телефон').getValue()).toBe('+7 900 123-45-67');
  });

  it('reports a phone the sheet turned into a formula once, at its cell', () => {
    fromSidebar(ws, () => addMentor(mentorInput()));
    // A cell whose plain-text format the curator replaced (pasting from elsewhere takes the format along).
    cell(MENTORS_TABLE.sheetName, 2, 'Телефон').setNumberFormat('0').setValue('+7 900 123-45-67');
    check();
    const lines = report();
    expect(lines).toHaveLength(1);
    expect(lines[0].slice(0, 3)).toEqual(['Наставники', '2', 'Телефон']);
    expect(lines[0][3]).toContain('в ячейке формула =+7 900 123-45-67');
    expect(seen(ws, REPORT_SHEET)[0][0]).toContain('найдено проблем — 1');
  });
});
