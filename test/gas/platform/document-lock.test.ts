import { BUSY_MESSAGE, GasDocumentLock } from '../../../src/gas/platform/document-lock';
import { ADDON_TITLE } from '../../../src/gas/platform/spreadsheet-ui';
import { gasError } from '../../../emulator/platform/context';
import { LOCK_TIMEOUT_MESSAGE, Lock } from '../../../emulator/platform/locks';
import { addMentor, listMentors } from '../endpoints';
import { checkData } from '../endpoints';
import { MENTORS_TABLE } from '../../../src/domain/registry/tables';
import type { Workspace } from '../../../emulator/workspace';
import { fromSidebar, mentorInput, seen, setUpWorkspace } from '../registry-fixture';

describe('writes under the document lock', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = setUpWorkspace()));
  afterEach(() => done());

  it('waits for another execution that holds the lock, then writes after what it wrote', () => {
    ws.platform.locks.holdByOther('document', { releaseAfterMs: 5000 });
    // What the other execution writes while it holds the lock: a mentor with the next ID and the counter.
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(MENTORS_TABLE.sheetName);
    sheet?.getRange(2, 1, 1, 2).setValues([['НК-0001', 'Другая']]);
    PropertiesService.getDocumentProperties().setProperty('nastavnik.lastId.НК', '1');
    const started = ws.rt.now;
    const mine = fromSidebar(ws, () => addMentor(mentorInput()));
    expect(ws.rt.now - started).toBeGreaterThanOrEqual(5000);
    expect(mine.id).toBe('НК-0002');
    expect(seen(ws, MENTORS_TABLE.sheetName).map((r) => r.slice(0, 2))).toEqual([
      ['ID', 'Фамилия'],
      ['НК-0001', 'Другая'],
      ['НК-0002', 'Иванова'],
    ]);
    expect(ws.platform.locks.isHeld('document')).toBe(false);
  });

  it('refuses with a Russian message and writes nothing when the other execution keeps the lock', () => {
    ws.platform.locks.holdByOther('document');
    const before = JSON.stringify(ws.snapshot().spreadsheet);
    expect(() => fromSidebar(ws, () => addMentor(mentorInput()))).toThrow(BUSY_MESSAGE);
    expect(JSON.stringify(ws.snapshot().spreadsheet)).toBe(before);
    ws.platform.locks.releaseByOther('document');
    expect(fromSidebar(ws, () => addMentor(mentorInput())).id).toBe('НК-0001');
  });

  it('tells the curator in an alert when a menu action finds the workbook busy', () => {
    ws.platform.locks.holdByOther('document');
    ws.spreadsheet.ui.scriptAnswers(['OK']);
    ws.run(() => checkData(), { kind: 'menu' });
    expect(ws.spreadsheet.ui.alerts.at(-1)).toMatchObject({ title: ADDON_TITLE, prompt: BUSY_MESSAGE });
  });

  it('says only the Russian message when LockService itself throws its English refusal', () => {
    // §6.1: besides answering false, the platform may throw «Lock timeout…» or «There are too many LockService…».
    for (const refusal of [
      LOCK_TIMEOUT_MESSAGE,
      'There are too many LockService operations against the same script.',
    ]) {
      const tryLock = jest.spyOn(Lock.prototype, 'tryLock').mockImplementation(() => {
        throw gasError(refusal);
      });
      try {
        expect(() => fromSidebar(ws, () => addMentor(mentorInput()))).toThrow(new Error(BUSY_MESSAGE));
        expect(seen(ws, MENTORS_TABLE.sheetName)).toHaveLength(1);
      } finally {
        tryLock.mockRestore();
      }
    }
  });

  it('reads without the lock: a list works while another execution writes', () => {
    fromSidebar(ws, () => addMentor(mentorInput()));
    ws.platform.locks.holdByOther('document');
    expect(fromSidebar(ws, () => listMentors()).items).toHaveLength(1);
  });

  it('lets work already under the lock run an operation of its own, and lets go only at the outermost end', () => {
    const lock = new GasDocumentLock();
    const held: boolean[] = [];
    ws.run(
      () =>
        lock.run(() => {
          lock.run(() => held.push(ws.platform.locks.isHeld('document')));
          held.push(ws.platform.locks.isHeld('document'));
        }),
      { kind: 'sidebar' },
    );
    expect(held).toEqual([true, true]);
    expect(ws.platform.locks.isHeld('document')).toBe(false);
  });
});
