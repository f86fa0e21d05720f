import {
  addMentee,
  addMentor,
  createMentorship,
  loadProgrammeSidebar,
  saveProgrammePlan,
} from '../endpoints';
import type { Workspace } from '../../../emulator/workspace';
import { fromSidebar, menteeInput, mentorInput, seen, setUpWorkspace } from '../registry-fixture';

describe('a programme and its plan saved from the «Пара / группа» sidebar', () => {
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
    title: 'Адаптация молодого воспитателя',
    mode: 'очный',
    startDate: '2025-09-15',
    endDate: '2026-05-31',
    ...extra,
  });
  const events = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      direction: 'методические',
      event: `Мероприятие ${i + 1}`,
      deadline: '2025-10-31',
      done: false,
    }));
  const save = (input: Record<string, unknown>) =>
    fromSidebar(ws, () =>
      saveProgrammePlan({ mentorshipId: pairId, programme: programme(), events: [], ...input }),
    );
  const journal = () => seen(ws, 'Журнал').slice(1);
  const column = (sheet: string, header: string) => {
    const rows = seen(ws, sheet);
    return rows.slice(1).map((r) => r[rows[0].indexOf(header)]);
  };

  it('creates a programme, then changes it: the pair decides which one, never an ID sent', () => {
    const created = save({});
    expect(created.programme?.id).toBe('ПР-0001');
    const changed = save({ programme: programme({ goals: 'Освоить ФОП ДО', id: 'ПР-0042' }) });
    expect(changed.programme).toMatchObject({
      id: 'ПР-0001',
      mentorshipId: pairId,
      title: 'Адаптация молодого воспитателя',
      goals: 'Освоить ФОП ДО',
    });
    expect(fromSidebar(ws, () => loadProgrammeSidebar(pairId)).programme).toEqual(changed.programme);
    expect(seen(ws, 'Программы')).toHaveLength(2);
    expect(column('Пары и группы', 'Программа (ID)')).toEqual(['ПР-0001']);
  });

  it('refuses a term shorter than 3 months or longer than a year, and a pair that does not exist', () => {
    expect(() => save({ programme: programme({ endDate: '2025-10-15' }) })).toThrow(
      'Программа короче 3 месяцев',
    );
    expect(() => save({ programme: programme({ endDate: '2026-12-31' }) })).toThrow(
      'Программа длиннее 1 года',
    );
    expect(() => save({ mentorshipId: 'ПГ-0042' })).toThrow(
      'Пара/группа ПГ-0042: строки с таким ID нет на листе «Пары и группы»',
    );
    expect(seen(ws, 'Программы')).toHaveLength(1);
  });

  it('saves a plan in one batch: new events get IDs, changed ones are rewritten in place', () => {
    const saved = save({ events: events(3) }).events;
    expect(saved.map((e) => e.id)).toEqual(['МП-0001', 'МП-0002', 'МП-0003']);
    ws.rt.counter.reset();
    const answer = save({
      events: [
        { ...saved[0], done: true, doneDate: '2025-10-20' },
        saved[1],
        { ...saved[2], event: 'Открытый показ' },
        { direction: 'здоровьесбережение', event: 'Семинар', done: false },
      ],
    });
    // Row 2 (done, date) and row 4 (event) changed; one appended row; one journal block; the programme and
    // the pair's link unchanged, so not written.
    expect(ws.rt.counter.count('Range.setValues')).toBe(4);
    expect(answer.events.map((e) => [e.id, e.event, e.done, e.position])).toEqual([
      ['МП-0001', 'Мероприятие 1', true, 1],
      ['МП-0002', 'Мероприятие 2', false, 2],
      ['МП-0003', 'Открытый показ', false, 3],
      ['МП-0004', 'Семинар', false, 4],
    ]);
    expect(seen(ws, 'План мероприятий')[1]).toContain('20.10.2025');
    expect(fromSidebar(ws, () => loadProgrammeSidebar(pairId))).toEqual(answer);
  });

  it('journals the whole save as one block, in the wording of each change', () => {
    save({ events: events(2) });
    const saved = fromSidebar(ws, () => loadProgrammeSidebar(pairId)).events;
    const before = journal().length;
    save({
      programme: programme({ goals: 'Освоить ФОП ДО' }),
      events: [{ ...saved[0], event: 'Конспект' }, saved[1], ...events(1)],
    });
    const rows = journal();
    const first = rows.slice(before - 3, before).map((r) => r.slice(3));
    expect(first).toEqual([
      ['Программа: создана', `ПР-0001; ${pairId}`, ''],
      ['Пара/группа: изменены данные', pairId, 'Изменены поля: Программа (ID)'],
      ['План мероприятий: добавлены мероприятия', 'ПР-0001; МП-0001; МП-0002', ''],
    ]);
    expect(rows.slice(before).map((r) => r.slice(3))).toEqual([
      ['Программа: изменена', 'ПР-0001', 'Изменены поля: Цели'],
      ['План мероприятий: добавлены мероприятия', 'ПР-0001; МП-0003', ''],
      ['План мероприятий: изменены мероприятия', 'ПР-0001; МП-0001', ''],
    ]);
    // One block: written together, at one moment.
    expect(new Set(rows.slice(before).map((r) => r[1])).size).toBe(1);
  });

  it('answers what a reload of the sidebar shows, empty text and dates as the sheet keeps them', () => {
    const answer = save({
      programme: programme({ problem: 'Трудности в планировании', tasks: '' }),
      events: [
        { direction: 'методические', event: 'Конспект', form: '', deadline: '2025-11-30', done: true },
      ],
    });
    expect(answer.events[0]).toMatchObject({
      id: 'МП-0001',
      position: 1,
      done: true,
      doneDate: '2025-09-01',
    });
    expect(answer).toEqual(fromSidebar(ws, () => loadProgrammeSidebar(pairId)));
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
  });

  describe('all or nothing', () => {
    const idCounters = () =>
      Object.entries(ws.platform.snapshot().properties.document).filter(([k]) => k.includes('lastId'));
    const refusals: Array<[string, Record<string, unknown>, string]> = [
      [
        'an event of a direction that does not exist',
        { events: [...events(2), { direction: 'кулинария', event: 'Пирог', done: false }] },
        'Мероприятие № 3 плана. Проверьте данные. «Направление»: такого значения нет в списке.',
      ],
      [
        'an event without its text',
        { events: [...events(2), { direction: 'методические', event: ' ', done: false }] },
        'Мероприятие № 3 плана. Заполните обязательные поля: «Мероприятие».',
      ],
      [
        'an event that is not in the sheet (deleted by hand meanwhile)',
        {
          events: [...events(2), { id: 'МП-0042', direction: 'методические', event: 'Семинар', done: false }],
        },
        'Мероприятие МП-0042: строки с таким ID нет на листе «План мероприятий».',
      ],
      [
        'a term shorter than three months',
        { programme: programme({ endDate: '2025-10-01' }), events: events(2) },
        'Программа короче 3 месяцев',
      ],
    ];

    it.each(refusals)(
      'refuses %s: nothing written, nothing journalled, no ID burned',
      (_, input, message) => {
        const spreadsheet = JSON.stringify(ws.snapshot().spreadsheet);
        const counters = idCounters();
        const journalled = journal().length;
        expect(() => save(input)).toThrow(message);
        expect(JSON.stringify(ws.snapshot().spreadsheet)).toBe(spreadsheet);
        expect(idCounters()).toEqual(counters);
        expect(journal()).toHaveLength(journalled);

        const saved = save({ events: events(2) });
        expect(saved.programme?.id).toBe('ПР-0001');
        expect(saved.events.map((e) => e.id)).toEqual(['МП-0001', 'МП-0002']);
      },
    );

    it('a refused event leaves an existing programme as it was', () => {
      const first = save({ events: events(1) });
      const spreadsheet = JSON.stringify(ws.snapshot().spreadsheet);
      expect(() =>
        save({
          programme: programme({ goals: 'Освоить ФОП ДО' }),
          events: [...first.events, { ...first.events[0], id: undefined, direction: 'кулинария' }],
        }),
      ).toThrow('Мероприятие № 2 плана.');
      expect(JSON.stringify(ws.snapshot().spreadsheet)).toBe(spreadsheet);
      expect(fromSidebar(ws, () => loadProgrammeSidebar(pairId))).toEqual(first);
    });
  });

  it('two sidebars saving a new programme for the same pair make one programme: the second changes it', () => {
    // Both sidebars were opened before either saved: both send no programme ID and only new events.
    const opened = [1, 2].map(() => fromSidebar(ws, () => loadProgrammeSidebar(pairId)));
    expect(opened.map((o) => o.programme)).toEqual([null, null]);
    save({ programme: programme({ goals: 'Первая вкладка' }), events: events(1) });
    const second = save({ programme: programme({ goals: 'Вторая вкладка' }), events: events(1) });
    expect(second.programme).toMatchObject({ id: 'ПР-0001', goals: 'Вторая вкладка' });
    expect(column('Программы', 'ID')).toEqual(['ПР-0001']);
    expect(column('Пары и группы', 'Программа (ID)')).toEqual(['ПР-0001']);
    expect(column('План мероприятий', 'Программа (ID)')).toEqual(['ПР-0001', 'ПР-0001']);
  });
});
