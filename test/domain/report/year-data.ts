/**
 * A school year of registry data for the report's tests, made from a seed: every row goes through the entity's zod
 * schema (what the add-on reads from a sheet), and the mix is wide on purpose — pairs before, during and after the
 * year, drafts, every status, missing dates, groups, hand-typed forms, answers of other years, undated training.
 */
import {
  DIRECTIONS,
  EARLY_END_REASONS,
  MENTEE_CATEGORIES,
  MENTORING_FORMS,
  MENTORING_KINDS,
  MENTORSHIP_STATUSES,
  ORDER_KINDS,
  ORDER_STATUSES,
  QUALIFICATION_CATEGORIES,
  ROADMAP_STATUSES,
} from '../../../src/domain/vocabulary';
import { addDays, addMonths } from '../../../src/domain/registry/dates';
import {
  MenteeSchema,
  MentorSchema,
  MentorshipSchema,
  OrderSchema,
  PlanEventSchema,
  PracticeCaseSchema,
  ProgrammeSchema,
  RoadmapItemSchema,
  roadmapForYear,
  type Mentorship,
  type Programme,
} from '../../../src/domain/registry';
import { CONTEST_RESULTS, TRAINING_KINDS, TrainingRecordSchema } from '../../../src/domain/report/training';
import type { QuestionnaireResult } from '../../../src/domain/report/questionnaire-results';
import type { ReportInput } from '../../../src/domain/report/report-input';

/** The academic year of the tests. */
export const YEAR = { start: '2025-09-01', end: '2026-08-31' } as const;

/** The day the tests' report is built. */
export const TODAY = '2026-06-15';

/** Days where «in the year», «overdue» and «on time» turn: the year's ends, the days around them and today. */
const EDGES = [
  '2025-08-31',
  YEAR.start,
  '2025-09-02',
  '2026-06-14',
  TODAY,
  '2026-06-16',
  YEAR.end,
  '2026-09-01',
];

/** A deterministic generator (mulberry32): the same seed, the same year. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)];
  const chance = (p: number) => next() < p;
  /** A day from `from` to `to`; one time in six a day at an edge the rules turn on, if it is in the range. */
  const date = (from: string, to: string) => {
    const edges = EDGES.filter((d) => d >= from && d <= to);
    if (edges.length > 0 && chance(1 / 6)) return pick(edges);
    const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
    return addDays(from, int(0, days));
  };
  return { next, int, pick, chance, date };
}

const SURNAMES = ['Иванова', 'Петрова', 'Смирнова', 'Кузнецова', 'Соколова', 'Попова', 'Лебедева', 'Козлова'];
const NAMES = ['Мария', 'Анна', 'Елена', 'Ольга', 'Дарья', 'Наталья'];
const PATRONYMICS = ['Петровна', 'Сергеевна', 'Игоревна', 'Андреевна'];

const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(4, '0')}`;

/** How big a year to make. */
export interface YearSize {
  readonly mentors: number;
  readonly mentees: number;
  readonly mentorships: number;
  /** Plan events in all, each of a programme picked at random. */
  readonly events: number;
  readonly answers: number;
  readonly training: number;
}

export const SMALL: YearSize = {
  mentors: 40,
  mentees: 70,
  mentorships: 55,
  events: 240,
  answers: 160,
  training: 70,
};

/** A year of data from `seed`, as of `today`. */
export function yearOfData(seed: number, size: YearSize = SMALL, today = TODAY): ReportInput {
  const r = random(seed);
  const person = (n: number) => ({
    surname: r.pick(SURNAMES),
    firstName: r.pick(NAMES),
    patronymic: r.chance(0.9) ? r.pick(PATRONYMICS) : undefined,
    position: 'воспитатель',
    active: r.chance(0.85),
    consent: r.chance(0.9),
    enteredOn: r.chance(0.9) ? r.date('2023-09-01', '2026-08-31') : undefined,
    experienceYears: r.chance(0.85) ? r.int(0, 12) : undefined,
    note: n % 17 === 0 ? '=ВПР(1)' : undefined,
  });
  const mentees = Array.from({ length: size.mentees }, (_, i) =>
    MenteeSchema.parse({
      id: id('НЯ', i + 1),
      ...person(i),
      menteeCategory: r.chance(0.85) ? r.pick(MENTEE_CATEGORIES) : undefined,
      requests: [r.pick(DIRECTIONS)],
    }),
  );
  const mentors = Array.from({ length: size.mentors }, (_, i) =>
    MentorSchema.parse({
      id: id('НК', i + 1),
      ...person(i),
      qualification: r.pick(QUALIFICATION_CATEGORIES),
      competencies: [r.pick(DIRECTIONS)],
      menteeId: r.chance(0.2) ? id('НЯ', r.int(1, size.mentees)) : undefined,
    }),
  );

  const mentorships: Mentorship[] = [];
  const programmes: Programme[] = [];
  for (let i = 1; i <= size.mentorships; i++) {
    const group = r.chance(0.2);
    const menteeIds = [
      ...new Set(Array.from({ length: group ? r.int(2, 4) : 1 }, () => id('НЯ', r.int(1, size.mentees)))),
    ];
    const status = r.pick(MENTORSHIP_STATUSES);
    const start = r.chance(0.95) ? r.date('2024-06-01', '2026-10-31') : undefined;
    const end = start ? addMonths(start, r.int(3, 12)) : undefined;
    const ended = status === 'завершена' || status === 'прекращена досрочно';
    const actualEnd = ended && start && r.chance(0.85) ? r.date(start, addMonths(start, 12)) : undefined;
    const hasProgramme = r.chance(0.85);
    const programmeId = id('ПР', i);
    if (hasProgramme)
      programmes.push(
        ProgrammeSchema.parse({
          id: programmeId,
          mentorshipId: id('ПГ', i),
          startDate: start,
          endDate: end,
          extendedUntil: end && r.chance(0.15) ? addMonths(end, 2) : undefined,
        }),
      );
    mentorships.push(
      MentorshipSchema.parse({
        id: id('ПГ', i),
        mentorId: id('НК', r.int(1, size.mentors)),
        menteeIds,
        form: r.chance(0.1) ? undefined : r.chance(0.1) ? 'наставник – стажёр' : r.pick(MENTORING_FORMS),
        kinds: [
          ...new Set([
            r.pick(MENTORING_KINDS),
            ...(group ? ['в группе'] : []),
            ...(r.chance(0.3) ? [r.pick(MENTORING_KINDS)] : []),
          ]),
        ],
        startDate: start,
        endDate: end,
        status,
        endReason: status === 'прекращена досрочно' && r.chance(0.8) ? r.pick(EARLY_END_REASONS) : undefined,
        actualEndDate: actualEnd,
        orderId: r.chance(0.7) ? id('ПК', r.int(1, 20)) : undefined,
        programmeId: hasProgramme && r.chance(0.7) ? programmeId : undefined,
      }),
    );
  }

  const planEvents = Array.from({ length: programmes.length > 0 ? size.events : 0 }, (_, i) => {
    const deadline = r.chance(0.08) ? undefined : r.date('2025-06-01', '2026-12-31');
    const done = r.chance(0.6);
    return PlanEventSchema.parse({
      id: id('МП', i + 1),
      programmeId: r.pick(programmes).id,
      direction: r.chance(0.05) ? undefined : r.pick(DIRECTIONS),
      event: 'Открытое занятие',
      deadline,
      done,
      doneDate:
        done && deadline && r.chance(0.9)
          ? addDays(deadline, r.pick([-1, 0, 0, 1, r.int(-20, 15)]))
          : undefined,
    });
  });

  const orders = Array.from({ length: 20 }, (_, i) =>
    OrderSchema.parse({
      id: id('ПК', i + 1),
      number: `${i + 10}-о`,
      date: i === 0 ? '2025-08-29' : r.date('2025-05-01', '2026-10-31'),
      kind:
        i === 0
          ? ORDER_KINDS[0]
          : r.chance(0.1)
            ? undefined
            : r.chance(0.1)
              ? 'о поощрении'
              : r.pick(ORDER_KINDS),
      title: 'О наставничестве',
      mentorshipIds: [],
      status: i === 0 ? 'подписан' : r.pick(ORDER_STATUSES),
    }),
  );

  const roadmap = roadmapForYear(YEAR.start).map((item, i) =>
    RoadmapItemSchema.parse({
      ...item,
      id: id('ДК', i + 1),
      deadline: i % 9 === 4 ? undefined : i % 11 === 3 ? '2025-05-31' : item.deadline,
      status: r.pick(ROADMAP_STATUSES),
    }),
  );

  const practices = Array.from({ length: 10 }, (_, i) =>
    PracticeCaseSchema.parse({
      id: id('ЛП', i + 1),
      title: `Практика ${i + 1}`,
      mentorshipId: r.chance(0.7) ? id('ПГ', r.int(1, size.mentorships)) : undefined,
      programmeId: r.chance(0.2) ? id('ПР', r.int(1, size.mentorships)) : undefined,
      date: r.chance(0.3) ? undefined : r.date('2025-03-01', '2026-12-31'),
      published: r.chance(0.5),
    }),
  );

  const training = Array.from({ length: size.training }, (_, i) => {
    const kind = r.pick(TRAINING_KINDS);
    return TrainingRecordSchema.parse({
      id: id('ОН', i + 1),
      mentorId: id('НК', r.int(1, size.mentors)),
      kind,
      title: 'Педагогический дуэт',
      date: r.chance(0.1) ? undefined : r.date('2025-03-01', '2026-12-31'),
      hours:
        kind === 'курсы повышения квалификации (КПК)' && r.chance(0.8) ? r.pick([16, 36, 72]) : undefined,
      result: kind === 'конкурс' && r.chance(0.8) ? r.pick(CONTEST_RESULTS) : undefined,
    });
  });

  const questionnaires: QuestionnaireResult[] = Array.from({ length: size.answers }, () => {
    const role = r.chance(0.4) ? 'mentor' : 'mentee';
    const kind = r.pick(['entry', 'exit', 'satisfaction'] as const);
    const questions =
      kind === 'satisfaction'
        ? ['Комфорт общения', 'Польза встреч', 'Ожидания оправдались']
        : ['Мотивация', 'Профессиональные компетенции', 'Желание остаться в профессии'];
    const indices = Object.fromEntries(
      questions.filter(() => r.chance(0.85)).map((q) => [q, r.chance(0.03) ? 0 : r.int(1, 10)]),
    );
    return {
      role,
      kind,
      respondentId: role === 'mentor' ? id('НК', r.int(1, size.mentors)) : id('НЯ', r.int(1, size.mentees)),
      answeredOn: r.date('2025-01-01', '2026-12-31'),
      indices,
      wantsToContinue: kind === 'satisfaction' && r.chance(0.9) ? r.chance(0.8) : undefined,
    };
  });

  return {
    year: YEAR,
    today,
    mentors,
    mentees,
    mentorships,
    programmes,
    planEvents,
    orders,
    roadmap,
    practices,
    training,
    questionnaires,
  };
}
