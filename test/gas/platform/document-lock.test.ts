import { BUSY_MESSAGE } from '../../../src/gas/platform/document-lock';
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
    expect(ws.spreadsheet.ui.alerts.at(-1)?.prompt).toContain(BUSY_MESSAGE);
  });

  it('reads without the lock: a list works while another execution writes', () => {
    fromSidebar(ws, () => addMentor(mentorInput()));
    ws.platform.locks.holdByOther('document');
    expect(fromSidebar(ws, () => listMentors()).items).toHaveLength(1);
  });
});
