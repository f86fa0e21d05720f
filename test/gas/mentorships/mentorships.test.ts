import {
  addMentee,
  addMentor,
  createMentorship,
  listMentorships,
  listMentors,
  updateMentor,
  updateMentorship,
} from '../endpoints';
import type { Workspace } from '../../../emulator/workspace';
import { fromSidebar, menteeInput, mentorInput, seen, setUpWorkspace } from '../registry-fixture';

describe('pairs and groups from a sidebar', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = setUpWorkspace()));
  afterEach(() => done());

  const pair = (mentorId: string, menteeIds: string[], extra: Record<string, unknown> = {}) => ({
    mentorId,
    menteeIds,
    form: 'педагог – педагог',
    kinds: menteeIds.length > 1 ? ['в группе'] : ['традиционное (один на один)'],
    startDate: '2025-09-15',
    endDate: '2026-05-31',
    ...extra,
  });

  it('drafts a pair as «проект» with dates written as dates and listed as ISO strings', () => {
    const mentor = fromSidebar(ws, () => addMentor(mentorInput()));
    const mentee = fromSidebar(ws, () => addMentee(menteeInput()));
    const created = fromSidebar(ws, () => createMentorship(pair(mentor.id, [mentee.id])));
    expect(created).toMatchObject({ id: 'ПГ-0001', status: 'проект', startDate: '2025-09-15' });
    expect(seen(ws, 'Пары и группы')[1].slice(0, 5)).toEqual([
      'ПГ-0001',
      'НК-0001',
      'Иванова Мария Петровна',
      'НЯ-0001',
      'Смирнова Ольга',
    ]);
    expect(seen(ws, 'Пары и группы')[1]).toContain('15.09.2025');
    const listed = fromSidebar(ws, () => listMentorships()).items[0];
    expect(listed).toMatchObject({ mentorName: 'Иванова Мария Петровна', menteeNames: ['Смирнова Ольга'] });
    expect(JSON.parse(JSON.stringify(listed))).toEqual(listed);
  });

  it('keeps calendar dates when the spreadsheet’s time zone differs from the script’s', () => {
    SpreadsheetApp.getActiveSpreadsheet().setSpreadsheetTimeZone('Asia/Vladivostok');
    const mentor = fromSidebar(ws, () => addMentor(mentorInput()));
    const mentee = fromSidebar(ws, () => addMentee(menteeInput()));
    fromSidebar(ws, () => createMentorship(pair(mentor.id, [mentee.id])));
    expect(seen(ws, 'Пары и группы')[1]).toEqual(expect.arrayContaining(['15.09.2025', '31.05.2026']));
    expect(fromSidebar(ws, () => listMentorships()).items[0]).toMatchObject({
      startDate: '2025-09-15',
      endDate: '2026-05-31',
    });
  });

  it('never puts a person without consent in a pair', () => {
    const mentor = fromSidebar(ws, () => addMentor(mentorInput()));
    const mentee = fromSidebar(ws, () => addMentee(menteeInput({ consent: false })));
    expect(() => fromSidebar(ws, () => createMentorship(pair(mentor.id, [mentee.id])))).toThrow(
      'Нет согласия на обработку персональных данных: Смирнова Ольга (НЯ-0001)',
    );
    expect(seen(ws, 'Пары и группы')).toHaveLength(1);
  });

  it('burns no ID on a refusal: refused, then accepted, the pair is ПГ-0001', () => {
    const mentor = fromSidebar(ws, () => addMentor(mentorInput()));
    const mentee = fromSidebar(ws, () => addMentee(menteeInput()));
    const journal = seen(ws, 'Журнал').length;
    expect(() =>
      fromSidebar(ws, () => createMentorship(pair(mentor.id, [mentee.id], { kinds: ['в группе'] }))),
    ).toThrow('Пара ПГ-0001: вид «в группе» требует не меньше двух наставляемых');
    expect(seen(ws, 'Журнал')).toHaveLength(journal);
    expect(fromSidebar(ws, () => createMentorship(pair(mentor.id, [mentee.id]))).id).toBe('ПГ-0001');
    expect(seen(ws, 'Пары и группы').map((r) => r[0])).toEqual(['ID', 'ПГ-0001']);
  });

  it('never takes a mentor over capacity, drafts included', () => {
    const mentor = fromSidebar(ws, () => addMentor(mentorInput({ capacity: 1 })));
    const [a, b] = [1, 2].map(() => fromSidebar(ws, () => addMentee(menteeInput())).id);
    fromSidebar(ws, () => createMentorship(pair(mentor.id, [a])));
    expect(() => fromSidebar(ws, () => createMentorship(pair(mentor.id, [b])))).toThrow(
      'может вести не более 1',
    );
    expect(fromSidebar(ws, () => listMentors()).items[0].capacityLeft).toBe(0);
  });

  it('refuses to lower a mentor’s capacity below the mentees they already have', () => {
    const mentor = fromSidebar(ws, () => addMentor(mentorInput({ capacity: 3 })));
    const [a, b] = [1, 2].map(() => fromSidebar(ws, () => addMentee(menteeInput())).id);
    fromSidebar(ws, () => createMentorship(pair(mentor.id, [a])));
    fromSidebar(ws, () => createMentorship(pair(mentor.id, [b])));
    expect(() => fromSidebar(ws, () => updateMentor({ id: mentor.id, capacity: 1 }))).toThrow(
      'уже 2 наставляемых',
    );
    expect(fromSidebar(ws, () => updateMentor({ id: mentor.id, capacity: 2 })).capacity).toBe(2);
  });

  it('moves a pair along its lifecycle and refuses a jump the rules forbid', () => {
    const mentor = fromSidebar(ws, () => addMentor(mentorInput()));
    const mentee = fromSidebar(ws, () => addMentee(menteeInput()));
    const { id } = fromSidebar(ws, () => createMentorship(pair(mentor.id, [mentee.id])));
    expect(() => fromSidebar(ws, () => updateMentorship({ id, status: 'завершена' }))).toThrow(
      'нельзя перевести из статуса «проект» в «завершена»',
    );
    fromSidebar(ws, () => updateMentorship({ id, status: 'утверждена' }));
    fromSidebar(ws, () => updateMentorship({ id, status: 'идёт' }));
    expect(() => fromSidebar(ws, () => updateMentorship({ id, status: 'прекращена досрочно' }))).toThrow(
      'укажите причину',
    );
    ws.rt.now = Date.parse('2025-11-20T07:00:00Z'); // the pair began on 15.09.2025
    const ended = fromSidebar(ws, () =>
      updateMentorship({
        id,
        status: 'прекращена досрочно',
        reason: 'по обоюдному решению (уважительные обстоятельства)',
      }),
    );
    expect(ended.status).toBe('прекращена досрочно');
    expect(ended.actualEndDate).toBe('2025-11-20');
    const journal = seen(ws, 'Журнал').map((r) => r[3]);
    expect(journal.slice(-3)).toEqual([
      'Пара/группа: статус «проект» → «утверждена»',
      'Пара/группа: статус «утверждена» → «идёт»',
      'Пара/группа: статус «идёт» → «прекращена досрочно»',
    ]);
  });

  it('needs the kind «в группе» for a group', () => {
    const mentor = fromSidebar(ws, () => addMentor(mentorInput()));
    const [a, b] = [1, 2].map(() => fromSidebar(ws, () => addMentee(menteeInput())).id);
    expect(() =>
      fromSidebar(ws, () =>
        createMentorship(pair(mentor.id, [a, b], { kinds: ['традиционное (один на один)'] })),
      ),
    ).toThrow('добавьте вид «в группе»');
    expect(fromSidebar(ws, () => createMentorship(pair(mentor.id, [a, b]))).menteeIds).toEqual([a, b]);
  });
});
