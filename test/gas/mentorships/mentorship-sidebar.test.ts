import {
  loadMentorshipSidebar,
  loadProgrammeSidebar,
  saveProgrammePlan,
} from '../../../src/gas/mentorships/mentorship-sidebar';
import { addMentee, addMentor, createMentorship, updateMentorship } from '../endpoints';
import type { Workspace } from '../../../emulator/workspace';
import { fromSidebar, menteeInput, mentorInput, seen, setUpWorkspace } from '../registry-fixture';

describe('the «Пара / группа» sidebar endpoints', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = setUpWorkspace()));
  afterEach(() => done());

  /** A mentor, two mentees (one without consent) and a drafted pair. */
  function pair(): string {
    fromSidebar(ws, () => addMentor(mentorInput()));
    fromSidebar(ws, () => addMentee(menteeInput({ requests: ['здоровьесбережение', 'методические'] })));
    fromSidebar(ws, () => addMentee(menteeInput({ surname: 'Орлова', consent: false })));
    const input = { mentorId: 'НК-0001', menteeIds: ['НЯ-0001'], form: 'педагог – педагог' };
    return fromSidebar(ws, () => createMentorship({ ...input, kinds: ['традиционное (один на один)'] })).id;
  }

  const events = () => seen(ws, 'План мероприятий');
  const column = (rows: string[][], header: string) => rows.map((r) => r[rows[0].indexOf(header)]).slice(1);

  it('loads pairs with their next statuses and the people of both banks, JSON-safe', () => {
    pair();
    const data = fromSidebar(ws, () => loadMentorshipSidebar());
    expect(data.mentorships.map((m) => [m.id, m.status, m.nextStatuses])).toEqual([
      ['ПГ-0001', 'проект', ['утверждена']],
    ]);
    expect(data.mentors).toEqual([
      expect.objectContaining({ id: 'НК-0001', name: 'Иванова Мария Петровна', capacityLeft: 1 }),
    ]);
    expect(data.mentees.map((m) => [m.id, m.consent])).toEqual([
      ['НЯ-0001', true],
      ['НЯ-0002', false],
    ]);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('reads each sheet once, so loading costs the same for one pair as for many', () => {
    pair();
    ws.rt.counter.reset();
    fromSidebar(ws, () => loadMentorshipSidebar());
    const one = ws.rt.counter.count('Range.getValues');
    for (let i = 0; i < 4; i += 1) {
      fromSidebar(ws, () => addMentee(menteeInput({ surname: `Новая-${i}` })));
      fromSidebar(ws, () => addMentor(mentorInput({ surname: `Наставник-${i}` })));
      const ids = { mentorId: `НК-000${i + 2}`, menteeIds: [`НЯ-000${i + 3}`], form: 'педагог – педагог' };
      fromSidebar(ws, () => createMentorship({ ...ids, kinds: ['традиционное (один на один)'] }));
    }
    ws.rt.counter.reset();
    const data = fromSidebar(ws, () => loadMentorshipSidebar());
    expect(data.mentorships).toHaveLength(5);
    expect(ws.rt.counter.count('Range.getValues')).toBe(one);
    expect(one).toBeLessThanOrEqual(3);
  });

  it("offers the suggestions of the mentee's requests first and starts a programme from the pair's dates", () => {
    const id = pair();
    fromSidebar(ws, () => updateMentorship({ id, startDate: '2025-09-01', endDate: '2026-05-31' }));
    const data = fromSidebar(ws, () => loadProgrammeSidebar(id));
    expect(data.programme).toBeNull();
    expect(data.requests).toEqual(['здоровьесбережение', 'методические']);
    expect(data.suggestions.slice(0, 2).map((s) => s.direction)).toEqual([
      'методические',
      'здоровьесбережение',
    ]);
    expect([data.defaultStart, data.defaultEnd]).toEqual(['2025-09-01', '2026-05-31']);
  });

  it('creates the programme with its plan, links it to the pair, and saves order and done marks later', () => {
    const id = pair();
    const first = fromSidebar(ws, () =>
      saveProgrammePlan({
        mentorshipId: id,
        programme: {
          problem: 'Трудности в планировании',
          startDate: '2025-09-01',
          endDate: '2026-05-31',
          mode: null,
        },
        events: [
          { direction: 'методические', event: 'Конспект занятия', done: false },
          { direction: 'здоровьесбережение', event: 'Режимные моменты', done: false },
        ],
      }),
    );
    expect(first.programme).toMatchObject({
      id: 'ПР-0001',
      mentorshipId: id,
      problem: 'Трудности в планировании',
    });
    expect(first.events.map((e) => [e.id, e.position])).toEqual([
      ['МП-0001', 1],
      ['МП-0002', 2],
    ]);
    expect(column(seen(ws, 'Пары и группы'), 'Программа (ID)')).toEqual(['ПР-0001']);

    // An event marked done takes the day of the save, in the spreadsheet's zone (Moscow), as its date.
    ws.rt.now = Date.parse('2026-02-09T22:30:00Z');
    const today = '2026-02-10';
    const [a, b] = first.events;
    const second = fromSidebar(ws, () =>
      saveProgrammePlan({
        mentorshipId: id,
        programme: {
          problem: 'Трудности в планировании',
          goals: 'Освоить ФОП ДО',
          startDate: '2025-09-01',
          endDate: '2026-05-31',
        },
        events: [
          { ...b, done: true },
          { ...a, form: '' },
          { direction: 'нормативные правовые', event: 'Документация', done: false },
        ],
      }),
    );
    expect(second.programme?.id).toBe('ПР-0001');
    expect(second.events.map((e) => [e.event, e.position, e.done, e.doneDate])).toEqual([
      ['Режимные моменты', 1, true, today],
      ['Конспект занятия', 2, false, undefined],
      ['Документация', 3, false, undefined],
    ]);
    expect(column(events(), '№ п/п')).toEqual(['2', '1', '3']);
    expect(seen(ws, 'Программы')).toHaveLength(2);
  });

  it('refuses a programme shorter than three months, in Russian, and writes nothing', () => {
    const id = pair();
    expect(() =>
      fromSidebar(ws, () =>
        saveProgrammePlan({
          mentorshipId: id,
          programme: { startDate: '2025-09-01', endDate: '2025-10-01' },
          events: [{ direction: 'методические', event: 'Конспект', done: false }],
        }),
      ),
    ).toThrow('Программа короче 3 месяцев');
    expect(seen(ws, 'Программы')).toHaveLength(1);
    expect(events()).toHaveLength(1);
  });
});
