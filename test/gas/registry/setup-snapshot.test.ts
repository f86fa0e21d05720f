/**
 * What «Настроить таблицу» produces, pinned: in several starting states, the whole emulator snapshot after setup
 * (as a readable projection, snapshot-projection.ts) and what a second setup changes must equal the golden file
 * of the scenario in golden/. A change of setup's output fails with the first differing path; when the change
 * is meant, `UPDATE_GOLDEN=1 npx jest test/gas/registry/setup-snapshot.test.ts` rewrites the files and the
 * reviewer reads their diff. The clock is the emulator's, stopped at NOW: setup fills «Настройки» from today
 * and journals.
 */
import { formatId } from '../../../src/domain/registry/ids';
import { MENTEES_TABLE, MENTORS_TABLE, TABLES } from '../../../src/domain/registry/tables';
import { toRow } from '../../../src/domain/registry/to-row';
import { setupWorkbook } from '../endpoints';
import { SheetTableStore } from '../../../src/gas/registry/sheet-table-store';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Workspace } from '../../../emulator/workspace';
import { installWorkspace, mentorInput } from '../registry-fixture';
import { differences, expectGolden } from './golden-file';
import { projectSnapshot, type Json } from './snapshot-projection';

const NOW = new Date('2025-11-20T07:00:00Z');

/** Layout 1: header texts only, reversed column order, without the columns added since, some data rows. */
function layoutOne(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  for (const spec of TABLES) {
    const columns = spec.columns.filter((c) => c.key !== 'consentDate' && !c.derived).reverse();
    const sheet = ss.insertSheet(spec.sheetName);
    const rows = [columns.map((c) => c.header)];
    if (spec.key === 'mentors') {
      rows.push(columns.map((c) => (c.key === 'id' ? 'НК-0001' : c.key === 'surname' ? 'Алексеева' : '')));
    }
    sheet.getRange(1, 1, rows.length, columns.length).setValues(rows);
  }
}

/** `n` mentors appended through the table store, as the sidebar would. */
function addMentors(n: number): void {
  const store = new SheetTableStore(SpreadsheetApp.getActiveSpreadsheet());
  const cells = toRow(MENTORS_TABLE, { ...mentorInput(), active: true, capacity: 2 }, store.timeZone());
  store.append(
    store.read(MENTORS_TABLE),
    Array.from({ length: n }, (_, i) => ({ ...cells, id: formatId('НК', i + 1) })),
  );
}

/**
 * A curator's edits setup repairs: a renamed header, a deleted column, a cleared note, dropdowns cleared or
 * replaced, number formats, header look, the frozen row, the header protection.
 */
function curatorEdits(): void {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(MENTORS_TABLE.sheetName);
  if (!sheet) throw new Error('no mentors sheet');
  sheet.getRange(1, 2).setValue('Фамилия (как в паспорте)');
  sheet.deleteColumn(4);
  sheet.getRange(1, 6).setNote('');
  sheet.getRange(5, 7, 10, 1).setDataValidation(null);
  sheet.getRange(3, 9, 4, 1).setNumberFormat('@');
  const list = SpreadsheetApp.newDataValidation().requireValueInList(['своё']).build();
  sheet.getRange(2, 10, sheet.getMaxRows() - 1, 1).setDataValidation(list);
  sheet.getRange(1, 3).setFontWeight('normal');
  sheet.getRange(1, 5).setWrap(false);
  sheet.setFrozenRows(0);
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) p.remove();
  const mentees = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(MENTEES_TABLE.sheetName);
  mentees?.getRange(1, 1, 1, 3).setBackground(null);
  mentees?.getRange(1, 2).setValue('Фамилия');
  mentees?.getRange(7, 1, 3, 25).setNumberFormat('0.000');
  SpreadsheetApp.getActiveSpreadsheet().insertSheet('Мои заметки').getRange('A1').setValue('своё');
}

type Step = (ws: Workspace) => void;

/** Setup as the menu runs it: one execution. */
function setup(ws: Workspace): void {
  ws.run(() => setupWorkbook(), { kind: 'menu' });
}

/** Each starting state: its golden file (in golden/) and the steps that lead to it before setup runs. */
const SCENARIOS: Record<string, { file: string; steps: Step[] }> = {
  'new workbook': { file: 'new-workbook.json', steps: [] },
  'curator wrote in Лист1': {
    file: 'curator-wrote-in-sheet1.json',
    steps: [
      () =>
        SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Лист1')?.getRange('B2').setValue('мои заметки'),
    ],
  },
  'layout 1': { file: 'layout-1.json', steps: [() => layoutOne()] },
  'set up, then 2,000 mentors': {
    file: 'set-up-then-2000-mentors.json',
    steps: [setup, () => addMentors(2000)],
  },
  'set up, then a column tag is lost': {
    file: 'set-up-then-column-tag-lost.json',
    steps: [
      setup,
      () => {
        const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(MENTORS_TABLE.sheetName);
        sheet?.getRange('C:C').getDeveloperMetadata()[0]?.remove();
      },
    ],
  },
  'set up, then a curator edits the layout': {
    file: 'set-up-then-curator-edits-layout.json',
    steps: [setup, () => curatorEdits()],
  },
};

const GOLDEN = path.join(__dirname, 'golden');
const REFRESH = 'UPDATE_GOLDEN=1 npx jest test/gas/registry/setup-snapshot.test.ts';

/**
 * Puts the add-on's `new Date()` on the emulator clock, stopped at `now`, whatever day the test runs. Where
 * Workspace.install() already installs the emulator's Date this only repeats it; the previous Date comes back.
 */
function stopClock(ws: Workspace, now: Date): () => void {
  ws.rt.now = now.getTime();
  const previous = Object.getOwnPropertyDescriptor(globalThis, 'Date');
  globalThis.Date = ws.platform.Date;
  return () => {
    if (previous) Object.defineProperty(globalThis, 'Date', previous);
  };
}

/**
 * What a scenario's golden file holds: the projection of the whole snapshot after setup, and every path a
 * second setup changes (an empty list when it changes nothing).
 */
function goldenOf(name: string): Json {
  const { ws, done } = installWorkspace();
  const restart = stopClock(ws, NOW);
  try {
    for (const step of SCENARIOS[name].steps) step(ws);
    setup(ws);
    const first = projectSnapshot(ws.snapshot());
    setup(ws);
    const second = projectSnapshot(ws.snapshot());
    return {
      $comment: `What setup produces in «${name}». Written by ${REFRESH}; review its diff.`,
      'after setup': first,
      'second setup changes': differences(first, second) as unknown as Json,
    };
  } finally {
    restart();
    done();
  }
}

describe('what setup produces, against the golden files in golden/', () => {
  it.each(Object.keys(SCENARIOS))('%s: the workbook after setup and what a second setup changes', (name) => {
    expectGolden(path.join(GOLDEN, SCENARIOS[name].file), goldenOf(name), REFRESH);
  });

  it('keeps no golden file of a scenario that is gone', () => {
    const known = new Set(Object.values(SCENARIOS).map((s) => s.file));
    const files = existsSync(GOLDEN) ? readdirSync(GOLDEN) : [];
    expect(files.filter((f) => !known.has(f))).toEqual([]);
  });
});
