import { addMentee, addMentor, createMentorship, saveProgrammePlan } from '../endpoints';
import type { Workspace } from '../../../emulator/workspace';
import { fromSidebar, menteeInput, mentorInput, setUpWorkspace } from '../registry-fixture';
// After the Workspace: the emulator's range classes import each other in a cycle the Workspace enters first.
import { FakeRangeValues } from '../../../emulator/spreadsheet/range-values';

describe('what saving a programme with its plan costs', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => {
    ({ ws, done } = setUpWorkspace());
    fromSidebar(ws, () => addMentor(mentorInput()));
  });
  afterEach(() => {
    jest.restoreAllMocks();
    done();
  });

  /** A new pair of the mentor with a new mentee. */
  function pair(surname: string): string {
    const mentee = fromSidebar(ws, () => addMentee(menteeInput({ surname })));
    const input = { mentorId: 'НК-0001', menteeIds: [mentee.id], form: 'педагог – педагог' };
    return fromSidebar(ws, () => createMentorship({ ...input, kinds: ['традиционное (один на один)'] })).id;
  }

  /** Saves a new programme with `count` events for the pair: one execution, its calls counted. */
  function saveNew(mentorshipId: string, count: number): void {
    ws.rt.counter.reset();
    fromSidebar(ws, () =>
      saveProgrammePlan({
        mentorshipId,
        programme: { title: 'Адаптация', startDate: '2025-09-15', endDate: '2026-05-31' },
        events: Array.from({ length: count }, (_, i) => ({
          direction: 'методические',
          event: `Мероприятие ${i + 1}`,
          deadline: '2025-10-31',
          done: false,
        })),
      }),
    );
  }

  it('takes the document lock once and reads each of its three sheets once', () => {
    const id = pair('Смирнова');
    const read: string[] = [];
    const getValues = FakeRangeValues.prototype.getValues;
    jest.spyOn(FakeRangeValues.prototype, 'getValues').mockImplementation(function (this: FakeRangeValues) {
      read.push(this._sheet().name);
      return getValues.call(this);
    });
    saveNew(id, 5);
    expect(ws.rt.counter.count('LockService.getDocumentLock')).toBe(1);
    expect(ws.rt.counter.count('Lock.waitLock') + ws.rt.counter.count('Lock.tryLock')).toBe(1);
    const times = (sheet: string) => read.filter((name) => name === sheet).length;
    expect(['Пары и группы', 'Программы', 'План мероприятий'].map(times)).toEqual([1, 1, 1]);
    // Besides: the mentees' requests for the answer, and the journal's header to append below.
    expect(read).toHaveLength(5);
  });

  it('costs the same service calls for a plan of 1 event as for 40', () => {
    saveNew(pair('Смирнова'), 1);
    const one = ws.rt.counter.services();
    saveNew(pair('Орлова'), 40);
    expect(ws.rt.counter.services()).toEqual(one);
    expect(one.SpreadsheetApp).toBeLessThanOrEqual(61);
  });
});
