/**
 * «Отметить выполненным» stopped at a service call (the time limit, a closed tab) and clicked again with the same
 * operation ID: the workbook ends as after one clean click — the row marked once, its document line written once,
 * one line in «Журнал», the overdue mark gone — wherever it was stopped.
 */
import { EXECUTION_TIME_LIMIT_MESSAGE } from '../../../emulator/core/runtime';
import { loadBundle } from '../../../emulator/script-loader';
import { Workspace, type WorkspaceSnapshot } from '../../../emulator/workspace';
import { pointsToTry } from '../operations/points';
import { termWorkbook } from './attention-fixture';

const MARK = { itemId: 'ДК-0001', doneDate: '2025-09-10', orderId: 'ПК-0001' };

/** What the curator ends with: the item's row, the journal's lines about it, the note on its date. */
function outcome(ws: Workspace) {
  const values = ws.spreadsheet.displayValues('Дорожная карта');
  const r = values.findIndex((v) => v[0] === MARK.itemId);
  const note = ws.rt.internal(
    () =>
      ws.spreadsheet.active
        .getSheetByName('Дорожная карта')
        ?.getRange(r + 1, values[0].indexOf('Срок (дата)') + 1)
        .getNote() ?? '',
  );
  const journal = ws.spreadsheet
    .displayValues('Журнал')
    .filter((row) => row.some((cell) => cell.startsWith('Дорожная карта: пункт')));
  return { row: values[r], journal: journal.length, note };
}

describe('a roadmap item marked done, stopped at every service call', () => {
  let start: WorkspaceSnapshot;
  beforeAll(() => {
    const ws = termWorkbook();
    ws.call('checkData', [], { kind: 'menu' });
    start = ws.snapshot();
  });

  function run(kill?: number): { stopped: boolean; calls: number; result: ReturnType<typeof outcome> } {
    const ws = Workspace.restore(start);
    loadBundle(ws);
    let stopped = false;
    ws.rt.counter.reset();
    if (kill !== undefined) {
      ws.rt.killAt({ occurrence: kill });
      try {
        const answer = ws.html.invoke('markRoadmapItemDone', [MARK, 'roadmap-kill-0001']) as {
          ok: boolean;
          error?: { message?: string };
        };
        stopped = !answer.ok && (answer.error?.message ?? '').includes(EXECUTION_TIME_LIMIT_MESSAGE);
      } catch (error) {
        if (!(error instanceof Error && error.message.includes(EXECUTION_TIME_LIMIT_MESSAGE))) throw error;
        stopped = true;
      }
    }
    const again = ws.html.invoke('markRoadmapItemDone', [MARK, 'roadmap-kill-0001']) as { ok: boolean };
    expect(again.ok).toBe(true);
    return { stopped, calls: ws.rt.counter.total(), result: outcome(ws) };
  }

  it('ends as one clean click wherever it was stopped', () => {
    const { calls, result: clean } = run();
    expect(clean.journal).toBe(1);
    expect(clean.note).toBe('');
    expect(clean.row).toContain('выполнено');
    // The check report's rebuild makes most of the calls: every 20th is tried (every one under KILL_POINTS=all).
    for (const k of pointsToTry(calls, 20)) {
      const { stopped, result } = run(k);
      expect({ k, stopped, result }).toEqual({ k, stopped: true, result: clean });
    }
  });
});
