import type { Workspace } from '../workspace';
import { platformWorkspace, type PlatformGlobals } from './test-kit';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function setup(): { ws: Workspace; g: PlatformGlobals; docId: string } {
  const { ws, g } = platformWorkspace();
  return { ws, g, docId: ws.platform.activeDocumentId };
}

describe('firing installable triggers', () => {
  it('runs the form-submit handler with the event, in FULL mode, as its own execution (§5.3, §8.8)', () => {
    const { ws, g, docId } = setup();
    const seen: Array<{ event: Record<string, unknown>; kind: string; ui: boolean }> = [];
    ws.loadScript({
      onResponse: (e: Record<string, unknown>) => seen.push({ event: e, kind: ws.rt.kind, ui: ws.rt.hasUi }),
    });
    const uid = g.ScriptApp.newTrigger('onResponse')
      .forSpreadsheet(docId)
      .onFormSubmit()
      .create()
      .getUniqueId();
    ws.platform.fireTriggers('ON_FORM_SUBMIT', docId, (triggerUid) => ({ values: ['1', 'a'], triggerUid }));
    expect(seen).toEqual([
      {
        event: { authMode: 'FULL', triggerUid: uid, values: ['1', 'a'] },
        kind: 'installable-trigger',
        ui: false,
      },
    ]);
    expect(ws.platform.executions).toMatchObject([
      { function: 'onResponse', triggerUid: uid, status: 'completed' },
    ]);
  });

  it('fires only triggers of that event type on that source', () => {
    const { ws, g, docId } = setup();
    const calls: string[] = [];
    ws.loadScript({ onEditHandler: () => calls.push('edit'), onSubmit: () => calls.push('submit') });
    g.ScriptApp.newTrigger('onEditHandler').forSpreadsheet(docId).onEdit().create();
    g.ScriptApp.newTrigger('onSubmit').forSpreadsheet(docId).onFormSubmit().create();
    ws.platform.fireTriggers('ON_FORM_SUBMIT', 'another-spreadsheet', () => ({}));
    ws.platform.fireTriggers('ON_FORM_SUBMIT', docId, () => ({}));
    expect(calls).toEqual(['submit']);
  });

  it('does not run a trigger that an earlier handler of the same event deleted', () => {
    const { ws, g, docId } = setup();
    ws.platform.isAddon = false;
    const calls: string[] = [];
    ws.loadScript({
      first: () => {
        calls.push('first');
        for (const t of g.ScriptApp.getProjectTriggers()) g.ScriptApp.deleteTrigger(t);
      },
      second: () => calls.push('second'),
    });
    g.ScriptApp.newTrigger('first').forSpreadsheet(docId).onFormSubmit().create();
    g.ScriptApp.newTrigger('second').forSpreadsheet(docId).onFormSubmit().create();
    ws.platform.fireTriggers('ON_FORM_SUBMIT', docId, () => ({}));
    expect(calls).toEqual(['first']);
  });

  it('logs a failing handler instead of throwing (§2.4: no error emails)', () => {
    const { ws, g, docId } = setup();
    ws.loadScript({
      onResponse: () => {
        throw new Error('boom');
      },
    });
    g.ScriptApp.newTrigger('onResponse').forSpreadsheet(docId).onFormSubmit().create();
    expect(() => ws.platform.fireTriggers('ON_FORM_SUBMIT', docId, () => ({}))).not.toThrow();
    expect(ws.platform.executions).toMatchObject([
      { function: 'onResponse', status: 'failed', error: 'boom' },
    ]);
  });

  it('logs a handler that no longer exists as failed', () => {
    const { ws, g, docId } = setup();
    g.ScriptApp.newTrigger('gone').forSpreadsheet(docId).onFormSubmit().create();
    ws.platform.fireTriggers('ON_FORM_SUBMIT', docId, () => ({}));
    expect(ws.platform.executions).toMatchObject([
      { status: 'failed', error: 'Script function not found: gone' },
    ]);
  });

  it('records a handler killed by the 6-minute limit as timed out (§0)', () => {
    const { ws, g, docId } = setup();
    ws.loadScript({ onResponse: () => g.PropertiesService.getDocumentProperties() });
    g.ScriptApp.newTrigger('onResponse').forSpreadsheet(docId).onFormSubmit().create();
    ws.rt.killAt({ method: 'PropertiesService.getDocumentProperties' });
    ws.platform.fireTriggers('ON_FORM_SUBMIT', docId, () => ({}));
    expect(ws.platform.executions[0].status).toBe('timed out');
  });

  it('releases the locks a handler took when its execution ends (§6.1)', () => {
    const { ws, g, docId } = setup();
    ws.loadScript({ onResponse: () => g.LockService.getDocumentLock().waitLock(1000) });
    g.ScriptApp.newTrigger('onResponse').forSpreadsheet(docId).onFormSubmit().create();
    ws.platform.fireTriggers('ON_FORM_SUBMIT', docId, () => ({}));
    expect(ws.platform.executions[0].status).toBe('completed');
    expect(ws.platform.locks.isHeld('document')).toBe(false);
  });

  it('makes a handler wait for a lock the caller’s execution holds, and time out (§6.1)', () => {
    const { ws, g, docId } = setup();
    ws.loadScript({ onResponse: () => g.LockService.getDocumentLock().waitLock(5000) });
    g.ScriptApp.newTrigger('onResponse').forSpreadsheet(docId).onFormSubmit().create();
    ws.run(
      () => {
        g.LockService.getDocumentLock().waitLock(0);
        ws.platform.fireTriggers('ON_FORM_SUBMIT', docId, () => ({}));
        expect(ws.platform.locks.heldBy('document')).toBe('this-execution');
        expect(ws.rt.kind).toBe('menu');
      },
      { kind: 'menu' },
    );
    expect(ws.platform.executions[0].error).toBe(
      'Lock timeout: another process was holding the lock for too long.',
    );
  });

  it('runs the handler as the trigger’s creator (§2.4)', () => {
    const { ws, g, docId } = setup();
    const users: string[] = [];
    ws.loadScript({ onResponse: () => users.push(g.Session.getEffectiveUser().getEmail()) });
    const creator = ws.rt.activeUser;
    g.ScriptApp.newTrigger('onResponse').forSpreadsheet(docId).onFormSubmit().create();
    ws.rt.activeUser = 'someone-else@school.example';
    ws.platform.fireTriggers('ON_FORM_SUBMIT', docId, () => ({}));
    expect(users).toEqual([creator]);
    expect(ws.rt.activeUser).toBe('someone-else@school.example');
  });
});

describe('time-driven triggers', () => {
  it('fires a one-off after() trigger once, at its time, with no UI (§2.4, §8.8)', () => {
    const { ws, g } = setup();
    const runs: Array<{ at: number; ui: boolean; kind: string }> = [];
    ws.loadScript({ resume: () => runs.push({ at: ws.rt.now, ui: ws.rt.hasUi, kind: ws.rt.kind }) });
    const start = ws.rt.now;
    g.ScriptApp.newTrigger('resume')
      .timeBased()
      .after(10 * MINUTE)
      .create();
    ws.platform.advanceClock(9 * MINUTE);
    expect(runs).toEqual([]);
    ws.platform.advanceClock(2 * HOUR);
    expect(runs).toEqual([{ at: start + 10 * MINUTE, ui: false, kind: 'time-trigger' }]);
    expect(ws.rt.now).toBe(start + 9 * MINUTE + 2 * HOUR);
  });

  it('has no UI: SpreadsheetApp.getUi() fails in a time-driven run, and the failure is logged (§1.11, §8.7)', () => {
    const { ws, g } = setup();
    const { SpreadsheetApp } = ws.spreadsheet.globals() as {
      SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    };
    ws.loadScript({ remind: () => SpreadsheetApp.getUi().alert('Напоминание') });
    g.ScriptApp.newTrigger('remind').timeBased().everyHours(1).create();
    ws.platform.advanceClock(HOUR);
    expect(ws.platform.executions).toMatchObject([
      {
        function: 'remind',
        status: 'failed',
        error: 'Cannot call SpreadsheetApp.getUi() from this context.',
      },
    ]);
  });

  it('keeps a spent one-off trigger listed until the script deletes it (§7.2)', () => {
    const { ws, g } = setup();
    ws.loadScript({ resume: () => undefined });
    g.ScriptApp.newTrigger('resume').timeBased().after(MINUTE).create();
    ws.platform.advanceClock(HOUR);
    expect(g.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['resume']);
  });

  it('fires a recurring trigger at each due time (§2.4)', () => {
    const { ws, g } = setup();
    let runs = 0;
    ws.loadScript({ sweep: () => runs++ });
    g.ScriptApp.newTrigger('sweep').timeBased().everyHours(1).create();
    ws.platform.advanceClock(3 * HOUR + MINUTE);
    expect(runs).toBe(3);
    expect(ws.platform.executions.map((e) => e.status)).toEqual(['completed', 'completed', 'completed']);
  });

  it('stops running a user’s triggers once the day’s trigger runtime is used up (§0, §7.2)', () => {
    const { ws, g } = setup();
    ws.platform.triggerRuntimeDailyMs = 10 * MINUTE;
    ws.loadScript({ sweep: () => g.Utilities.sleep(5 * MINUTE) });
    g.ScriptApp.newTrigger('sweep').timeBased().everyHours(1).create();
    ws.platform.advanceClock(3 * HOUR + 30 * MINUTE);
    expect(ws.platform.executions.map((e) => e.status)).toEqual(['completed', 'completed', 'failed']);
    expect(ws.platform.executions[2].error).toBe('Service using too much computer time for one day.');
  });

  it('fires due triggers in time order', () => {
    const { ws, g } = setup();
    ws.platform.isAddon = false;
    const order: string[] = [];
    ws.loadScript({ late: () => order.push('late'), early: () => order.push('early') });
    g.ScriptApp.newTrigger('late')
      .timeBased()
      .after(30 * MINUTE)
      .create();
    g.ScriptApp.newTrigger('early')
      .timeBased()
      .after(5 * MINUTE)
      .create();
    ws.platform.advanceClock(HOUR);
    expect(order).toEqual(['early', 'late']);
  });

  it('fires a trigger the handler itself schedules within the same advance (§7.2 continuation)', () => {
    const { ws, g } = setup();
    let runs = 0;
    ws.loadScript({
      resume: () => {
        runs++;
        for (const t of g.ScriptApp.getProjectTriggers()) g.ScriptApp.deleteTrigger(t);
        if (runs < 3) g.ScriptApp.newTrigger('resume').timeBased().after(MINUTE).create();
      },
    });
    g.ScriptApp.newTrigger('resume').timeBased().after(MINUTE).create();
    ws.platform.advanceClock(HOUR);
    expect(runs).toBe(3);
    expect(g.ScriptApp.getProjectTriggers()).toEqual([]);
  });

  it('runs a daily trigger at the hour asked, in the script’s time zone', () => {
    const { ws, g } = setup();
    const times: string[] = [];
    ws.loadScript({ digest: () => times.push(new Date(ws.rt.now).toISOString()) });
    // The clock starts at 2025-09-01 07:00 UTC = 10:00 in Moscow, so 09:00 Moscow comes next on 2 September.
    g.ScriptApp.newTrigger('digest').timeBased().everyDays(1).atHour(9).create();
    ws.platform.advanceClock(2 * 24 * HOUR);
    expect(times).toEqual(['2025-09-02T06:00:00.000Z', '2025-09-03T06:00:00.000Z']);
  });
});
