/**
 * What «Настроить таблицу» produces, pinned byte for byte: in several starting states, the whole emulator
 * snapshot after setup (and after a second setup) must equal the one the setup of before batching produced
 * (setup-legacy-layout.ts, a frozen copy). Compared live rather than as recorded hashes, so a change of the
 * emulator's own model does not break it. The clock is fixed: setup fills «Настройки» from today and journals.
 */
import { formatId } from '../../../src/domain/registry/ids';
import { MENTEES_TABLE, MENTORS_TABLE, TABLES } from '../../../src/domain/registry/tables';
import { toRow } from '../../../src/domain/registry/to-row';
import { setupWorkbook as runSetup } from '../../../src/app/registry/setup-workbook';
import { setupWorkbook } from '../endpoints';
import { services } from '../../../src/gas/services';
import { SheetTableStore } from '../../../src/gas/registry/sheet-table-store';
import type { Workspace } from '../../../emulator/workspace';
import { installWorkspace, mentorInput } from '../registry-fixture';
import { LegacyWorkbookLayout } from './setup-legacy-layout';

const NOW = new Date('2025-11-20T07:00:00Z');

/** Layout 1: header texts only, reversed column order, without «Дата согласия», some data rows. */
function layoutOne(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  for (const spec of TABLES) {
    const columns = spec.columns.filter((c) => c.key !== 'consentDate').reverse();
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

type Step = (ws: Workspace, setup: (ws: Workspace) => void) => void;

const SCENARIOS: Record<string, Step[]> = {
  'new workbook': [],
  'curator wrote in Лист1': [
    () =>
      SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Лист1')?.getRange('B2').setValue('мои заметки'),
  ],
  'layout 1': [() => layoutOne()],
  'set up, then 2,000 mentors': [(ws, setup) => setup(ws), () => addMentors(2000)],
  'set up, then a column tag is lost': [
    (ws, setup) => setup(ws),
    () => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(MENTORS_TABLE.sheetName);
      sheet?.getRange('C:C').getDeveloperMetadata()[0]?.remove();
    },
  ],
  'set up, then a curator edits the layout': [(ws, setup) => setup(ws), () => curatorEdits()],
};

/** Setup as the menu runs it, with the frozen layout of before the refactor in place of the real one. */
function legacySetup(ws: Workspace): void {
  ws.run(
    () => {
      const registry = services();
      const layout = new LegacyWorkbookLayout(SpreadsheetApp.getActiveSpreadsheet());
      const result = runSetup({ ...registry, layout });
      registry.ui.toast(
        result.changes.length === 0
          ? 'Таблица уже настроена, ничего менять не пришлось.'
          : `Готово. Изменений: ${result.changes.length}. Подробности — на листе «Журнал».`,
        'Настройка таблицы',
      );
    },
    { kind: 'menu' },
  );
}

/** The snapshots after a first and a second setup of a scenario, with the real or the legacy layout. */
function snapshots(name: string, setup: (ws: Workspace) => void): [string, string] {
  const { ws, done } = installWorkspace();
  try {
    for (const step of SCENARIOS[name]) step(ws, setup);
    setup(ws);
    const first = JSON.stringify(ws.snapshot());
    setup(ws);
    return [first, JSON.stringify(ws.snapshot())];
  } finally {
    done();
  }
}

/** Where two long JSON texts first differ, for a readable failure. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(Math.max(0, i - 200), i + 200)}… vs …${b.slice(Math.max(0, i - 200), i + 200)}…`;
}

describe('setup output is byte-identical to the setup before batching', () => {
  beforeAll(() => {
    jest.useFakeTimers({ now: NOW, doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval'] });
  });
  afterAll(() => jest.useRealTimers());

  it.each(Object.keys(SCENARIOS))('%s: the snapshot after setup and after a second setup', (name) => {
    const real = snapshots(name, (ws) => ws.run(() => setupWorkbook(), { kind: 'menu' }));
    const legacy = snapshots(name, legacySetup);
    for (const i of [0, 1]) {
      if (real[i] !== legacy[i])
        throw new Error(`run ${i + 1} differs ${firstDifference(real[i], legacy[i])}`);
    }
    expect(real[0]).toContain('Наставники');
  });
});
