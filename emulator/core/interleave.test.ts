import { Workspace } from '../workspace';

/** Two executions at once (docs/apps-script-platform.md §6.1: the lock is how Apps Script code serialises them). */
describe('another execution between two service calls of this one', () => {
  it('runs the other execution before the n-th call, as a different execution that sees this one’s lock', () => {
    const ws = new Workspace();
    const done = ws.install();
    try {
      const seen: string[] = [];
      ws.rt.interleaveAt(3, () =>
        ws.platform.locks._nested(() =>
          ws.run(
            () => {
              const lock = LockService.getDocumentLock();
              seen.push(`other: ${ws.platform.locks.heldBy('document')}, got it: ${lock.tryLock(1000)}`);
            },
            { kind: 'sidebar', activeUser: 'deputy@school.example' },
          ),
        ),
      );
      ws.run(
        () => {
          const lock = LockService.getDocumentLock(); // call 1
          lock.waitLock(1000); // call 2
          SpreadsheetApp.getActiveSpreadsheet(); // call 3: the other execution runs first
          seen.push(
            `this: ${ws.platform.locks.heldBy('document')}, user ${ws.rt.activeUser}, kind ${ws.rt.kind}`,
          );
          lock.releaseLock();
        },
        { kind: 'menu' },
      );
      expect(seen).toEqual([
        'other: other-execution, got it: false',
        'this: this-execution, user curator@school.example, kind menu',
      ]);
    } finally {
      done();
    }
  });

  it('is forgotten at the end of an execution that never reached the n-th call', () => {
    const ws = new Workspace();
    const done = ws.install();
    try {
      let ran = 0;
      ws.rt.interleaveAt(50, () => ran++);
      ws.run(() => SpreadsheetApp.getActiveSpreadsheet());
      ws.run(() => {
        for (let i = 0; i < 60; i++) SpreadsheetApp.getActiveSpreadsheet();
      });
      expect(ran).toBe(0);
      ws.rt.interleaveAt(50, () => ran++);
      ws.run(() => {
        for (let i = 0; i < 60; i++) SpreadsheetApp.getActiveSpreadsheet();
      });
      expect(ran).toBe(1);
    } finally {
      done();
    }
  });
});
