/**
 * «Настроить таблицу» stopped at a service call (the 6-minute limit, a closed tab), then run again, gives exactly
 * the workbook of an uninterrupted run: sheets, values, notes, formats, widths, dropdowns, protections, metadata,
 * one journal entry. Setup records its plan before its first write (setup-workbook.ts), so whatever runs next —
 * setup again, or another person's action — completes it first. On a new workbook, and on workbooks it repairs
 * (an older layout; a curator's edits). `npm test` tries a sample of its calls; KILL_POINTS=all tries every one.
 */
import { EXECUTION_TIME_LIMIT_MESSAGE } from '../../../emulator/core/runtime';
import { Workspace, type WorkspaceSnapshot } from '../../../emulator/workspace';
import { MENTEES_TABLE, MENTORS_TABLE, PRACTICES_TABLE, TABLES } from '../../../src/domain/registry/tables';
import { isUserError } from '../../../src/domain/user-error';
import { addMentee, setupWorkbook } from '../endpoints';
import { fromSidebar, menteeInput } from '../registry-fixture';
import { differences } from '../registry/golden-file';
import { projectSnapshot, type Json } from '../registry/snapshot-projection';
import { pointsToTry } from './points';

/** The workbook as setup leaves it, without what legitimately differs between two runs (toasts, the clock). */
function laidOut(ws: Workspace): Json {
  const { now: _now, spreadsheet, ...rest } = projectSnapshot(ws.snapshot()) as Record<string, Json>;
  const { ui: _ui, spreadsheets, ...sheets } = spreadsheet as Record<string, Json>;
  // Nor the tab in front: the setup menu item brings «Настройки» there, its completion by another action does not.
  const books = (spreadsheets as Array<Record<string, Json>>).map(({ activeSheetId: _tab, ...book }) => book);
  return { ...rest, spreadsheet: { ...sheets, spreadsheets: books } };
}

/** Restores a snapshot into a fresh Workspace with its globals installed, runs `body`, uninstalls. */
function from<T>(snapshot: WorkspaceSnapshot, body: (ws: Workspace) => T): T {
  const ws = Workspace.restore(snapshot);
  const done = ws.install();
  try {
    return body(ws);
  } finally {
    done();
  }
}

/** Setup from the menu. */
function setup(ws: Workspace): void {
  ws.run(() => setupWorkbook(), { kind: 'menu' });
}

/** Setup from the menu, stopped at its k-th service call. */
function stoppedSetup(ws: Workspace, k: number): void {
  ws.rt.killAt({ occurrence: k });
  try {
    setup(ws);
  } catch (error) {
    if (!(error instanceof Error) || error.message !== EXECUTION_TIME_LIMIT_MESSAGE) throw error;
  }
}

/** Another person adds a mentee from the sidebar: refused (no sheet yet) on a new workbook setup never began. */
function otherAction(ws: Workspace): void {
  try {
    fromSidebar(ws, () => addMentee(menteeInput({ surname: 'Другая' }), 'other-action-0001'));
  } catch (error) {
    if (!isUserError(error)) throw error;
  }
}

/**
 * The projection without the table store's cached layouts (layout-cache.ts): a memo of where each table's columns
 * are, refreshed by any read, so the reads a setup made before it was stopped may have refreshed some.
 */
function withoutCachedLayouts(state: Json): Json {
  return JSON.parse(
    JSON.stringify(state, (key, value: unknown) => (key.startsWith('nastavnik.layout.') ? undefined : value)),
  ) as Json;
}

/** The first differences, short enough to read in a failure. */
function firstDifferences(expected: Json, actual: Json): string | null {
  if (JSON.stringify(expected) === JSON.stringify(actual)) return null;
  const diff = differences(expected, actual);
  return diff.length > 0 ? JSON.stringify(diff.slice(0, 3)).slice(0, 600) : null;
}

/** Layout 1: header texts only, in reversed order, without «Дата согласия»; one mentor typed by hand. */
function layoutOne(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  for (const spec of TABLES) {
    const columns = spec.columns.filter((c) => c.key !== 'consentDate').reverse();
    const rows = [columns.map((c) => c.header)];
    if (spec.key === MENTORS_TABLE.key) rows.push(columns.map((c) => (c.key === 'id' ? 'НК-0001' : '')));
    ss.insertSheet(spec.sheetName).getRange(1, 1, rows.length, columns.length).setValues(rows);
  }
}

/**
 * A curator's edits after setup: a column deleted, a header's look and wrap undone, a dropdown cleared, the
 * frozen row and a header protection removed, a whole sheet deleted.
 */
function curatorEdits(ws: Workspace): void {
  setup(ws);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const mentors = ss.getSheetByName(MENTORS_TABLE.sheetName);
  const mentees = ss.getSheetByName(MENTEES_TABLE.sheetName);
  const practices = ss.getSheetByName(PRACTICES_TABLE.sheetName);
  if (!mentors || !mentees || !practices) throw new Error('setup made no sheets');
  mentors.deleteColumn(MENTORS_TABLE.columns.findIndex((c) => c.key === 'consentDate') + 1);
  mentors.getRange(1, 3, 1, 2).setFontWeight('normal').setWrap(false);
  mentors.getRange(5, 7, 10, 1).setDataValidation(null);
  mentors.setFrozenRows(0);
  for (const p of mentees.getProtections(SpreadsheetApp.ProtectionType.RANGE)) p.remove();
  ss.deleteSheet(practices);
}

/**
 * Each starting state: the steps that lead to it, and the strides of the sample `npm test` tries when setup is
 * run again and when another action follows (every point under KILL_POINTS=all). The repairs of a workbook
 * that exists cost more calls a point, so fewer of them are tried.
 */
const STARTS: Array<[string, (ws: Workspace) => void, { again: number; other: number }]> = [
  ['a new workbook', () => undefined, { again: 25, other: 75 }],
  ['a workbook of layout 1', () => layoutOne(), { again: 400, other: 1000 }],
  ['a workbook set up, then edited by the curator', (ws) => curatorEdits(ws), { again: 400, other: 1000 }],
];

describe.each(STARTS)('«Настроить таблицу» on %s, stopped part-way', (_name, steps, strides) => {
  let start: WorkspaceSnapshot;
  let clean: Json;
  let cleanThenOther: Json;
  let otherOnly: Json;
  let calls = 0;

  beforeAll(() => {
    start = from(new Workspace().snapshot(), (ws) => {
      steps(ws);
      return ws.snapshot();
    });
    from(start, (ws) => {
      ws.rt.counter.reset();
      setup(ws);
      calls = ws.rt.counter.total();
      clean = laidOut(ws);
      otherAction(ws);
      cleanThenOther = laidOut(ws);
    });
    otherOnly = from(start, (ws) => {
      otherAction(ws);
      return laidOut(ws);
    });
  });

  it('then run again, gives the workbook of one uninterrupted run, wherever it was stopped', () => {
    const wrong: Array<{ k: number; first: string }> = [];
    for (const k of pointsToTry(calls, strides.again)) {
      const first = from(start, (ws) => {
        stoppedSetup(ws, k);
        setup(ws);
        return firstDifferences(clean, laidOut(ws));
      });
      if (first) wrong.push({ k, first });
    }
    expect({ calls, wrong }).toEqual({ calls, wrong: [] });
  });

  it('is completed by the next action, or was never begun, wherever it was stopped', () => {
    const wrong: Array<{ k: number; first: string }> = [];
    for (const k of pointsToTry(calls, strides.other)) {
      const first = from(start, (ws) => {
        stoppedSetup(ws, k);
        otherAction(ws);
        const state = laidOut(ws);
        // Stopped before its first write, setup left nothing: the other action ran on the workbook as it was.
        const neverBegun = !firstDifferences(withoutCachedLayouts(otherOnly), withoutCachedLayouts(state));
        return neverBegun ? null : firstDifferences(cleanThenOther, state);
      });
      if (first) wrong.push({ k, first });
    }
    expect({ calls, wrong }).toEqual({ calls, wrong: [] });
  });
});
