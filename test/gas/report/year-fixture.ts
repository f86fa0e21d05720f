/**
 * A school year played through the add-on's own endpoints — people added, pairs and a group formed and approved by
 * a signed order, programmes with plans, events done, one pair completed, one ended early, training and a thanks
 * order recorded — and the year's facts kept beside it, so a test can count the report's KPIs on its own.
 */
import type { Workspace } from '../../../emulator/workspace';
import {
  addMentee,
  addMentor,
  addTrainingRecord,
  buildAnnualReport,
  createMentorship,
  createOrder,
  saveProgrammePlan,
  setOrderStatus,
  updateMentorship,
} from '../endpoints';
import { fromSidebar, menteeInput, mentorInput, seen } from '../registry-fixture';

/** A pair or group of the year: who, and how its programme went. */
export interface PairPlan {
  readonly mentor: number;
  readonly mentees: readonly number[];
  readonly events: ReadonlyArray<{ readonly deadline: string; readonly done: boolean }>;
  readonly outcome: 'completed' | 'ended-early' | 'running';
}

/** The year's facts, from which a test counts what the report must say. */
export const YEAR = {
  mentors: [
    { surname: 'Соколова', firstName: 'Ирина', experienceYears: 15 },
    { surname: 'Петров', firstName: 'Андрей', experienceYears: 9 },
    { surname: 'Лебедева', firstName: 'Ольга', experienceYears: 22 },
    { surname: 'Морозова', firstName: 'Елена', experienceYears: 7 },
  ],
  mentees: [
    { surname: 'Новикова', firstName: 'Дарья', experienceYears: 0 },
    { surname: 'Кузнецов', firstName: 'Павел', experienceYears: 1 },
    { surname: 'Зайцева', firstName: 'Анна', experienceYears: 2 },
    {
      surname: 'Волкова',
      firstName: 'Мария',
      experienceYears: 5,
      menteeCategory: 'переведён на новую должность',
    },
    { surname: 'Белова', firstName: 'Софья', experienceYears: 1 },
  ],
  pairs: [
    {
      mentor: 0,
      mentees: [0],
      events: [
        { deadline: '2025-10-15', done: true },
        { deadline: '2025-12-15', done: true },
        { deadline: '2026-03-15', done: false },
      ],
      outcome: 'completed',
    },
    {
      mentor: 1,
      mentees: [1],
      events: [
        { deadline: '2025-10-20', done: true },
        { deadline: '2026-04-20', done: false },
      ],
      outcome: 'ended-early',
    },
    {
      mentor: 2,
      mentees: [2, 3],
      events: [
        { deadline: '2025-11-10', done: true },
        { deadline: '2026-02-10', done: false },
        { deadline: '2026-05-10', done: false },
      ],
      outcome: 'running',
    },
  ] as readonly PairPlan[],
  training: [
    { mentor: 0, kind: 'курсы повышения квалификации (КПК)', date: '2025-11-14', hours: 36 },
    { mentor: 1, kind: 'установочная сессия', date: '2025-09-20' },
    { mentor: 2, kind: 'конкурс', date: '2026-02-10', result: 'победитель' },
    { mentor: 3, kind: 'конкурс', date: '2026-03-01' },
    { mentor: 2, kind: 'грамота', date: '2026-05-20' },
  ] as ReadonlyArray<{ mentor: number; kind: string; date: string; hours?: number; result?: string }>,
  /** The mentors the thanks order thanks. */
  thanked: [0, 2],
  start: '2025-09-15',
  end: '2026-05-31',
  earlyEnd: '2026-02-27',
  reportDay: '2026-06-05T10:00:00+03:00',
};

const id = (prefix: string, n: number) => `${prefix}-${String(n + 1).padStart(4, '0')}`;
export const mentorId = (i: number) => id('НК', i);
export const menteeId = (i: number) => id('НЯ', i);
export const pairId = (i: number) => id('ПГ', i);

/** Moves the emulator's clock to a moment (never back). */
export function at(ws: Workspace, iso: string): void {
  const target = Date.parse(iso);
  if (target > ws.rt.now) ws.platform.advanceClock(target - ws.rt.now);
}

/** Plays the year up to the day before the report. */
export function playYear(ws: Workspace): void {
  YEAR.mentors.forEach((m) =>
    fromSidebar(ws, () => addMentor(mentorInput({ ...m, patronymic: 'Викторовна', capacity: 3 }))),
  );
  YEAR.mentees.forEach((m) =>
    fromSidebar(ws, () => addMentee(menteeInput({ ...m, consentDate: '2025-09-01' }))),
  );
  YEAR.pairs.forEach((p) =>
    fromSidebar(ws, () =>
      createMentorship({
        mentorId: mentorId(p.mentor),
        menteeIds: p.mentees.map(menteeId),
        form: 'педагог – педагог',
        kinds: p.mentees.length > 1 ? ['в группе'] : ['традиционное (один на один)'],
        startDate: YEAR.start,
        endDate: YEAR.end,
      }),
    ),
  );
  at(ws, '2025-09-12T10:00:00+03:00');
  const ids = YEAR.pairs.map((_, i) => pairId(i));
  const assign = fromSidebar(ws, () =>
    createOrder({ kind: 'assign-mentorships', date: '2025-09-12', mentorshipIds: ids }),
  );
  fromSidebar(ws, () => setOrderStatus({ orderId: assign.orderId, status: 'подписан' }));
  at(ws, '2025-09-16T10:00:00+03:00');
  YEAR.pairs.forEach((p, i) => {
    fromSidebar(ws, () => updateMentorship({ id: pairId(i), status: 'идёт' }));
    fromSidebar(ws, () =>
      saveProgrammePlan({
        mentorshipId: pairId(i),
        programme: { title: `Программа ${i + 1}`, startDate: YEAR.start, endDate: YEAR.end },
        events: p.events.map((e, n) => ({
          direction: 'методические',
          event: `Мероприятие ${n + 1}`,
          deadline: e.deadline,
          done: e.done,
          ...(e.done ? { doneDate: e.deadline } : {}),
        })),
      }),
    );
  });
  YEAR.training.forEach(({ mentor, ...record }) =>
    fromSidebar(ws, () => addTrainingRecord({ ...record, mentorId: mentorId(mentor) })),
  );
  at(ws, '2026-02-27T12:00:00+03:00');
  YEAR.pairs.forEach((p, i) => {
    if (p.outcome !== 'ended-early') return;
    fromSidebar(ws, () =>
      updateMentorship({
        id: pairId(i),
        status: 'прекращена досрочно',
        reason: 'по обоюдному решению (уважительные обстоятельства)',
      }),
    );
  });
  at(ws, '2026-05-25T12:00:00+03:00');
  const thanks = fromSidebar(ws, () =>
    createOrder({ kind: 'thanks', date: '2026-05-25', mentorIds: YEAR.thanked.map(mentorId) }),
  );
  fromSidebar(ws, () => setOrderStatus({ orderId: thanks.orderId, status: 'подписан' }));
  at(ws, '2026-05-31T18:00:00+03:00');
  YEAR.pairs.forEach((p, i) => {
    if (p.outcome !== 'completed') return;
    fromSidebar(ws, () => updateMentorship({ id: pairId(i), status: 'завершена' }));
  });
  at(ws, YEAR.reportDay);
}

/** «Построить годовой отчёт» clicked, the year's question answered with `year` (empty: the settings' year). */
export function buildReport(ws: Workspace, year = ''): void {
  ws.spreadsheet.ui.scriptAnswers([{ button: 'OK', text: year }, 'OK']);
  ws.run(() => buildAnnualReport(), { kind: 'menu' });
}

/** The report sheet as a person sees it. */
export function reportRows(ws: Workspace, sheet = 'Отчёт 2025/2026'): string[][] {
  return seen(ws, sheet);
}

/**
 * The value in column `column` (the header's text) of the row labelled `label` of the table titled `title`: the
 * table starts at its title and ends at the first empty row.
 */
export function kpi(rows: readonly string[][], title: string, label: string, column = 'Количество'): string {
  const top = rows.findIndex((r) => r[0] === title);
  if (top < 0)
    throw new Error(
      `no table «${title}»: ${rows
        .map((r) => r[0])
        .filter(Boolean)
        .join(' / ')}`,
    );
  let header = top + 1;
  while (rows[header] && rows[header][1] === '' && rows[header][0] !== '') header++;
  const col = rows[header].indexOf(column);
  if (col < 0) throw new Error(`no column «${column}» in «${title}»: ${rows[header].join(' | ')}`);
  for (let r = header + 1; r < rows.length && rows[r].some((c) => c !== ''); r++) {
    if (rows[r][0].trim() === label) return rows[r][col];
  }
  throw new Error(
    `no row «${label}» in «${title}»: ${rows
      .slice(header + 1, header + 30)
      .map((r) => r[0])
      .join(' / ')}`,
  );
}
