/**
 * Writes that survive the platform: every writing action is stopped at each of its service calls (the 6-minute
 * limit, a closed tab: docs/apps-script-platform.md §0, §7.2), then
 *  - sent again with the same operation ID (the sidebar's retry): the workbook ends exactly as after one clean
 *    run — same rows, same IDs, one journal entry per change;
 *  - or followed by another action: the stopped one was either never begun or is completed first, never half.
 * `npm test` runs a deterministic sample of the kill points; KILL_POINTS=all runs every one.
 */
import { EXECUTION_TIME_LIMIT_MESSAGE } from '../../../emulator/core/runtime';
import { Workspace, type WorkspaceSnapshot } from '../../../emulator/workspace';
import { addMentee } from '../endpoints';
import { fromSidebar, menteeInput } from '../registry-fixture';
import { pointsToTry } from './points';
import { startingWorkspace, WRITING_ACTIONS, type WritingAction } from './writing-actions';

/** What a person can see of the workbook: each sheet's values and notes, and the add-on's own counters. */
function workbookState(ws: Workspace): unknown {
  return ws.rt.internal(() => {
    const sheets = ws.spreadsheet.active.getSheets().map((sheet) => {
      const range = sheet.getDataRange();
      return { name: sheet.getName(), values: range.getDisplayValues(), notes: range.getNotes() };
    });
    const properties = Object.entries(PropertiesService.getDocumentProperties().getProperties())
      .filter(([key]) => key.startsWith('nastavnik.lastId.'))
      .sort(([a], [b]) => a.localeCompare(b));
    return { sheets, properties };
  });
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

/** Runs the action, stopped at its k-th service call; answers whether it was stopped. */
function killedAt(ws: Workspace, action: WritingAction, k: number, operationId: string): boolean {
  ws.rt.killAt({ occurrence: k });
  try {
    action.run(ws, operationId);
    return false;
  } catch (error) {
    if (error instanceof Error && error.message === EXECUTION_TIME_LIMIT_MESSAGE) return true;
    throw error;
  }
}

/** Another person's action after the stopped one: a new mentee from another sidebar. */
function otherAction(ws: Workspace): void {
  fromSidebar(ws, () => addMentee(menteeInput({ surname: 'Другая' }), 'other-action-0001'));
}

describe.each(WRITING_ACTIONS.map((a) => [a.name, a] as const))('%s stopped part-way', (_name, action) => {
  let start: WorkspaceSnapshot;
  let clean: unknown;
  let cleanThenOther: unknown;
  let otherOnly: unknown;
  let calls = 0;

  beforeAll(() => {
    const started = startingWorkspace(action);
    try {
      start = started.ws.snapshot();
    } finally {
      started.done();
    }
    clean = from(start, (ws) => {
      ws.rt.counter.reset();
      action.run(ws, 'operation-0001');
      calls = ws.rt.counter.total();
      return workbookState(ws);
    });
    cleanThenOther = from(start, (ws) => {
      action.run(ws, 'operation-0001');
      otherAction(ws);
      return workbookState(ws);
    });
    otherOnly = from(start, (ws) => {
      otherAction(ws);
      return workbookState(ws);
    });
  });

  // A whole workbook's snapshot and three states per action: let them go once the action is done, or the file's
  // thirty-odd actions hold them all to its end (gigabytes now that the registry has twenty sheets).
  afterAll(() => {
    start = undefined as unknown as WorkspaceSnapshot;
    clean = cleanThenOther = otherOnly = undefined;
  });

  it('ends as after one clean run when sent again with the same operation ID, wherever it was stopped', () => {
    const wrong: number[] = [];
    for (const k of pointsToTry(calls)) {
      const state = from(start, (ws) => {
        if (!killedAt(ws, action, k, 'operation-0001')) return clean;
        action.run(ws, 'operation-0001');
        return workbookState(ws);
      });
      if (JSON.stringify(state) !== JSON.stringify(clean)) wrong.push(k);
    }
    expect({ calls, wrong }).toEqual({ calls, wrong: [] });
  });

  it('is never left half-done for the next action, wherever it was stopped', () => {
    const wrong: number[] = [];
    for (const k of pointsToTry(calls)) {
      const state = from(start, (ws) => {
        killedAt(ws, action, k, 'operation-0001');
        otherAction(ws);
        return JSON.stringify(workbookState(ws));
      });
      if (state !== JSON.stringify(cleanThenOther) && state !== JSON.stringify(otherOnly)) wrong.push(k);
    }
    expect({ calls, wrong }).toEqual({ calls, wrong: [] });
  });

  it('sent twice with the same operation ID writes once and answers the first result', () => {
    from(start, (ws) => {
      const answered = (answer: unknown) =>
        JSON.parse(JSON.stringify((action.answered ?? ((a) => a))(answer) ?? null)) as unknown;
      const first = action.run(ws, 'operation-0001');
      const again = action.run(ws, 'operation-0001');
      expect(answered(again)).toEqual(answered(first));
      expect(workbookState(ws)).toEqual(clean);
    });
  });
});
