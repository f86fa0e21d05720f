import { LOCK_TIMEOUT_MESSAGE } from './locks';
import { platformWorkspace, thrown } from './test-kit';

describe('LockService', () => {
  it('does not acquire a lock when getting it (§6.1)', () => {
    const { ws, g } = platformWorkspace();
    const lock = g.LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(ws.platform.locks.isHeld('document')).toBe(false);
  });

  it('acquires a free lock at once without moving the clock (§6.1)', () => {
    const { ws, g } = platformWorkspace();
    const start = ws.rt.now;
    const lock = g.LockService.getDocumentLock();
    expect(lock.tryLock(10_000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(ws.rt.now).toBe(start);
  });

  it('returns true again when this execution already holds the lock (§6.1)', () => {
    const { g } = platformWorkspace();
    const lock = g.LockService.getScriptLock();
    lock.waitLock(0);
    expect(lock.tryLock(0)).toBe(true);
  });

  it('waits in simulated time and fails when another execution keeps the lock (§6.1, §8.10)', () => {
    const { ws, g } = platformWorkspace();
    ws.platform.locks.holdByOther('document');
    const start = ws.rt.now;
    const lock = g.LockService.getDocumentLock();
    expect(lock.tryLock(30_000)).toBe(false);
    expect(ws.rt.now - start).toBe(30_000);
    expect(lock.hasLock()).toBe(false);
  });

  it('waitLock throws the live timeout text when another execution keeps the lock (§6.1, §8.10)', () => {
    const { ws, g } = platformWorkspace();
    ws.platform.locks.holdByOther('document', { releaseAfterMs: 60_000 });
    const error = thrown(() => g.LockService.getDocumentLock().waitLock(10_000));
    expect(error.message).toBe(LOCK_TIMEOUT_MESSAGE);
  });

  it('gets the lock when the other execution lets go within the timeout, at that moment (§6.1)', () => {
    const { ws, g } = platformWorkspace();
    ws.platform.locks.holdByOther('script', { releaseAfterMs: 4_000 });
    const start = ws.rt.now;
    const lock = g.LockService.getScriptLock();
    expect(lock.tryLock(10_000)).toBe(true);
    expect(ws.rt.now - start).toBe(4_000);
    expect(ws.platform.locks.heldBy('script')).toBe('this-execution');
  });

  it('keeps kinds apart: another execution’s user lock does not block the document lock', () => {
    const { ws, g } = platformWorkspace();
    ws.platform.locks.holdByOther('user');
    expect(g.LockService.getDocumentLock().tryLock(0)).toBe(true);
    expect(g.LockService.getUserLock().tryLock(0)).toBe(false);
  });

  it('releases a lock on releaseLock, and releaseLock without the lock does nothing (§6.1)', () => {
    const { ws, g } = platformWorkspace();
    const lock = g.LockService.getDocumentLock();
    lock.releaseLock();
    lock.waitLock(0);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect(ws.platform.locks.isHeld('document')).toBe(false);
  });

  it('releases every lock the execution holds when it ends (§6.1, §8.10)', () => {
    const { ws, g } = platformWorkspace();
    ws.run(() => g.LockService.getDocumentLock().waitLock(1000), { kind: 'menu' });
    expect(ws.platform.locks.isHeld('document')).toBe(false);
    ws.run(() => expect(g.LockService.getDocumentLock().tryLock(0)).toBe(true), { kind: 'menu' });
  });

  it('lets go of locks when Ui.alert suspends the script (§6.1, §1.11)', () => {
    const { ws, g } = platformWorkspace();
    const { SpreadsheetApp } = ws.spreadsheet.globals() as {
      SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    };
    const lock = g.LockService.getDocumentLock();
    lock.waitLock(0);
    ws.spreadsheet.ui.scriptAnswers(['OK']);
    SpreadsheetApp.getUi().alert('Продолжить?');
    expect(lock.hasLock()).toBe(false);
    expect(ws.platform.locks.isHeld('document')).toBe(false);
  });

  it('is blocked in AuthMode.NONE (§2.1)', () => {
    const { ws, g } = platformWorkspace();
    ws.run(() => expect(() => g.LockService.getDocumentLock()).toThrow(/AuthMode\.NONE/), {
      authMode: 'NONE',
    });
  });
});
