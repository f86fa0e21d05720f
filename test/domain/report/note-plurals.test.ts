import { documentText } from '../../../src/domain/documents/document-text';
import {
  MenteeSchema,
  MentorSchema,
  MentorshipSchema,
  OrderSchema,
  PlanEventSchema,
  PracticeCaseSchema,
  ProgrammeSchema,
  RoadmapItemSchema,
} from '../../../src/domain/registry';
import { analyticalNote } from '../../../src/domain/report/analytical-note';
import { buildAnnualReport } from '../../../src/domain/report/annual-report';
import type { ReportInput } from '../../../src/domain/report/report-input';
import { TrainingRecordSchema } from '../../../src/domain/report/training';
import { SETTINGS } from './kindergarten';

const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(4, '0')}`;
const upTo = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i + 1));

/**
 * A year of `n` of everything: n mentors each with a pair of a young specialist, their programmes with one event done
 * on time, n orders, n roadmap items done, n practices published, n courses, n satisfied mentors and mentees, and n
 * more mentees waiting since 1 January.
 */
function yearOf(n: number): ReportInput {
  const person = (prefix: string, i: number) => ({
    id: id(prefix, i),
    surname: 'Иванова',
    firstName: 'Анна',
    active: true,
    consent: true,
  });
  return {
    year: { start: '2025-09-01', end: '2026-08-31' },
    today: '2026-06-15',
    mentors: upTo(n, (i) =>
      MentorSchema.parse({ ...person('НК', i), competencies: [], enteredOn: '2024-05-01' }),
    ),
    mentees: [
      ...upTo(n, (i) =>
        MenteeSchema.parse({ ...person('НЯ', i), requests: [], experienceYears: 1, enteredOn: '2025-05-01' }),
      ),
      ...upTo(n, (i) =>
        MenteeSchema.parse({
          ...person('НЯ', n + i),
          requests: [],
          experienceYears: 10,
          enteredOn: '2026-01-01',
        }),
      ),
    ],
    mentorships: upTo(n, (i) =>
      MentorshipSchema.parse({
        id: id('ПГ', i),
        mentorId: id('НК', i),
        menteeIds: [id('НЯ', i)],
        form: 'педагог – педагог',
        kinds: ['традиционное (один на один)'],
        startDate: '2025-09-15',
        endDate: '2026-09-14',
        status: 'идёт',
      }),
    ),
    programmes: upTo(n, (i) =>
      ProgrammeSchema.parse({ id: id('ПР', i), mentorshipId: id('ПГ', i), startDate: '2025-09-15' }),
    ),
    planEvents: upTo(n, (i) =>
      PlanEventSchema.parse({
        id: id('МП', i),
        programmeId: id('ПР', i),
        deadline: '2025-12-01',
        done: true,
        doneDate: '2025-11-30',
      }),
    ),
    orders: upTo(n, (i) =>
      OrderSchema.parse({
        id: id('ПК', i),
        number: String(i),
        date: '2025-09-10',
        kind: 'о закреплении наставнических пар/групп',
        title: 'О закреплении',
        mentorshipIds: [],
        status: 'подписан',
      }),
    ),
    roadmap: upTo(n, (i) =>
      RoadmapItemSchema.parse({
        id: id('ДК', i),
        stage: '1. Подготовка',
        content: 'Пункт',
        deadline: '2025-09-30',
        status: 'выполнено',
      }),
    ),
    practices: upTo(n, (i) =>
      PracticeCaseSchema.parse({ id: id('ЛП', i), title: 'Практика', date: '2026-05-20', published: true }),
    ),
    training: upTo(n, (i) =>
      TrainingRecordSchema.parse({
        id: id('ОН', i),
        mentorId: id('НК', i),
        kind: 'установочная сессия',
        date: '2025-09-05',
      }),
    ),
    questionnaires: upTo(2 * n, (i) => ({
      role: i <= n ? 'mentor' : 'mentee',
      kind: 'satisfaction',
      respondentId: i <= n ? id('НК', i) : id('НЯ', i - n),
      answeredOn: '2026-05-30',
      indices: { 'Польза встреч': 9 },
      wantsToContinue: true,
    })),
  };
}

/** The forms a Russian reader expects after each number, typed by hand; `one` is whether the verb is singular. */
const FORMS = {
  few: {
    mentor: 'наставника',
    mentee: 'наставляемых',
    pair: 'пары',
    programme: 'персонализированные программы наставничества',
    event: 'мероприятия',
    order: 'приказа',
    item: 'пункта',
    practice: 'практики',
    young: 'молодых специалиста',
    one: false,
  },
  one: {
    mentor: 'наставник',
    mentee: 'наставляемый',
    pair: 'пару',
    programme: 'персонализированная программа наставничества',
    event: 'мероприятие',
    order: 'приказ',
    item: 'пункт',
    practice: 'практика',
    young: 'молодой специалист',
    one: true,
  },
  many: {
    mentor: 'наставников',
    mentee: 'наставляемых',
    pair: 'пар',
    programme: 'персонализированных программ наставничества',
    event: 'мероприятий',
    order: 'приказов',
    item: 'пунктов',
    practice: 'практик',
    young: 'молодых специалистов',
    one: false,
  },
};
const CASES = [
  [1, FORMS.one],
  [2, FORMS.few],
  [5, FORMS.many],
  [11, FORMS.many],
  [12, FORMS.many],
  [14, FORMS.many],
  [21, FORMS.one],
  [22, FORMS.few],
  [25, FORMS.many],
  [101, FORMS.one],
  [111, FORMS.many],
] as const;

const P = '\u00a0%';
const lines = (input: ReportInput) =>
  documentText(analyticalNote(buildAnnualReport(input), SETTINGS)).split('\n');

describe('the note says every count with its noun in the right form', () => {
  it.each(CASES)('%i', (n, f) => {
    const said = lines(yearOf(n));
    const verb = (one: string, many: string) => (f.one ? one : many);
    const young =
      n === 1
        ? 'Среди наставляемых 1 молодой специалист (стаж работы до 3 лет); наставничеством охвачен.'
        : `Среди наставляемых ${n} ${f.young} (стаж работы до 3 лет); наставничеством охвачены все (100${P}).`;
    expect(said).toEqual(
      expect.arrayContaining([
        `В 2025/2026 учебном году в реализации персонализированных программ наставничества участвовали ${n} ${f.mentor} и ${n} ${f.mentee}, объединённые в ${n} ${f.pair}.`,
        young,
        `На 15.06.2026 ${verb('ожидает', 'ожидают')} наставника ${n} ${f.mentee}; наибольший срок ожидания — 165 дней.`,
        `В 2025/2026 учебном году ${verb('реализовывалась', 'реализовывались')} ${n} ${f.programme}: начаты в году — ${n}, завершены в полном объёме — 0, продолжаются после окончания года — ${n}.`,
        `Планы персонализированных программ на год включали ${n} ${f.event}; выполнено ${n} (100${P}), в том числе в срок — ${n}; просроченных мероприятий нет.`,
        `В 2025/2026 учебном году ${verb('издан', 'издано')} ${n} ${f.order} по системе наставничества (о закреплении наставнических пар/групп — ${n}).`,
        `Обучение по вопросам наставничества (курсы повышения квалификации, установочные сессии, образовательные интенсивы) ${verb('прошёл', 'прошли')} ${n} ${f.mentor} (100${P} наставников банка).`,
        `В анкетировании удовлетворённости приняли участие ${n} ${f.mentor} и ${n} ${f.mentee}. Средняя оценка удовлетворённости наставников — 9 баллов из 10 (высокую оценку, от 8 баллов, дали 100${P}); наставляемых — 9 баллов из 10 (высокую оценку, от 8 баллов, дали 100${P}).`,
        `Дорожная карта на 2025/2026 учебный год включает ${n} ${f.item}; выполнено ${n} (100${P}).`,
        `В банк лучших практик в 2025/2026 учебном году ${verb('включена', 'включены')} ${n} ${f.practice}; на сайте образовательной организации ${verb('опубликована', 'опубликованы')} ${n} из ${n}:`,
      ]),
    );
  });

  it('0: says there was nothing instead of «0 наставников участвовали»', () => {
    const said = lines(yearOf(0));
    expect(said).toEqual(
      expect.arrayContaining([
        'В 2025/2026 учебном году наставнические пары и группы не работали.',
        'Банки наставников и наставляемых на 15.06.2026 пусты.',
        'Молодых специалистов (стаж работы до 3 лет) среди наставляемых нет.',
        'Наставляемых, ожидающих наставника, на 15.06.2026 нет.',
        'Персонализированные программы наставничества в 2025/2026 учебном году не реализовывались.',
        'Мероприятия планов персонализированных программ на год в реестре не запланированы.',
        'Приказы по системе наставничества в 2025/2026 учебном году не издавались.',
        'Сведений об обучении наставников в 2025/2026 учебном году в реестре нет.',
        'Ответов участников на анкеты в 2025/2026 учебном году нет (нет данных).',
        'Пункты дорожной карты на 2025/2026 учебный год в реестре не заполнены.',
        'Практики в банк лучших практик в 2025/2026 учебном году не включались.',
      ]),
    );
    expect(said.join('\n')).not.toMatch(/\b0 (наставник|пар|программ|мероприят|приказ|практик)/);
  });
});
