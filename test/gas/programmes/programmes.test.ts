import {
  addMentee,
  addMentor,
  createMentorship,
  listPlanEvents,
  listProgrammes,
  saveProgramme,
  savePlanEvents,
} from '../endpoints';
import type { Workspace } from '../../../emulator/workspace';
import { fromSidebar, menteeInput, mentorInput, seen, setUpWorkspace } from '../registry-fixture';

describe('programmes and their plans from a sidebar', () => {
  let ws: Workspace;
  let done: () => void;
  let pairId: string;
  beforeEach(() => {
    ({ ws, done } = setUpWorkspace());
    const mentor = fromSidebar(ws, () => addMentor(mentorInput()));
    const mentee = fromSidebar(ws, () => addMentee(menteeInput()));
    pairId = fromSidebar(ws, () =>
      createMentorship({
        mentorId: mentor.id,
        menteeIds: [mentee.id],
        form: 'педагог – педагог',
        kinds: ['традиционное (один на один)'],
      }),
    ).id;
  });
  afterEach(() => done());

  const programme = (extra: Record<string, unknown> = {}) => ({
    mentorshipId: pairId,
    title: 'Адаптация молодого воспитателя',
    mode: 'очный',
    startDate: '2025-09-15',
    endDate: '2026-05-31',
    ...extra,
  });

  it('creates a programme, then changes it by ID', () => {
    const created = fromSidebar(ws, () => saveProgramme(programme()));
    expect(created.id).toBe('ПР-0001');
    const changed = fromSidebar(ws, () => saveProgramme({ id: created.id, goals: 'Освоить ФОП ДО' }));
    expect(changed).toMatchObject({
      id: 'ПР-0001',
      title: 'Адаптация молодого воспитателя',
      goals: 'Освоить ФОП ДО',
    });
    expect(fromSidebar(ws, () => listProgrammes(pairId)).items).toEqual([changed]);
    expect(seen(ws, 'Программы')).toHaveLength(2);
  });

  it('refuses a term shorter than 3 months or longer than a year, and a pair that does not exist', () => {
    expect(() => fromSidebar(ws, () => saveProgramme(programme({ endDate: '2025-10-15' })))).toThrow(
      'Программа короче 3 месяцев',
    );
    expect(() => fromSidebar(ws, () => saveProgramme(programme({ endDate: '2026-12-31' })))).toThrow(
      'Программа длиннее 1 года',
    );
    expect(() => fromSidebar(ws, () => saveProgramme(programme({ mentorshipId: 'ПГ-0042' })))).toThrow(
      'Пара/группа ПГ-0042: строки с таким ID нет на листе «Пары и группы»',
    );
    expect(seen(ws, 'Программы')).toHaveLength(1);
  });

  it('saves a plan in one batch: new events get IDs, changed ones are rewritten in place', () => {
    const { id: programmeId } = fromSidebar(ws, () => saveProgramme(programme()));
    const events = [1, 2, 3].map((position) => ({
      position,
      direction: 'методические',
      event: `Мероприятие ${position}`,
      deadline: '2025-10-31',
    }));
    const saved = fromSidebar(ws, () => savePlanEvents({ programmeId, events }));
    expect(saved.map((e) => e.id)).toEqual(['МП-0001', 'МП-0002', 'МП-0003']);
    ws.rt.counter.reset();
    fromSidebar(ws, () =>
      savePlanEvents({
        programmeId,
        events: [
          { ...saved[0], done: true, doneDate: '2025-10-20' },
          { ...saved[2], event: 'Открытый показ' },
          { position: 4, direction: 'здоровьесбережение', event: 'Семинар' },
        ],
      }),
    );
    // Row 2 (done, date) and row 4 (event) changed; one appended row; one journal block.
    expect(ws.rt.counter.count('Range.setValues')).toBe(4);
    const listed = fromSidebar(ws, () => listPlanEvents(programmeId)).items;
    expect(listed.map((e) => [e.id, e.event, e.done])).toEqual([
      ['МП-0001', 'Мероприятие 1', true],
      ['МП-0002', 'Мероприятие 2', false],
      ['МП-0003', 'Открытый показ', false],
      ['МП-0004', 'Семинар', false],
    ]);
    expect(seen(ws, 'План мероприятий')[1]).toContain('20.10.2025');
  });
});
