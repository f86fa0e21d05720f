/**
 * A small kindergarten's 2025/2026 year, typed row by row so a person can count every figure of its note by hand:
 * four mentors, seven mentees, three pairs and a group of the year (and one pair of the year before), their
 * programmes and plans, orders, a roadmap, two practices, training and awards, and the answers of the
 * questionnaires. Each row goes through its entity's schema.
 */
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
import type { NoteSettings } from '../../../src/domain/report/analytical-note';
import type { QuestionnaireResult } from '../../../src/domain/report/questionnaire-results';
import type { ReportInput } from '../../../src/domain/report/report-input';
import { TrainingRecordSchema } from '../../../src/domain/report/training';

export const SETTINGS: NoteSettings = {
  orgFullName:
    'Государственное бюджетное дошкольное образовательное учреждение детский сад № 64 комбинированного вида Невского района Санкт-Петербурга',
  orgShortName: 'ГБДОУ детский сад № 64',
  headName: 'Тимофеева Елена Викторовна',
  headPosition: 'заведующий',
  curatorName: 'Смирнова Ольга Николаевна',
  curatorPosition: 'старший воспитатель',
};

const person = (id: string, name: string, position: string, extra: Record<string, unknown>) => {
  const [surname, firstName, patronymic] = name.split(' ');
  return { id, surname, firstName, patronymic, position, active: true, consent: true, ...extra };
};

const mentors = [
  person('НК-0001', 'Иванова Мария Петровна', 'воспитатель', {
    experienceYears: 18,
    qualification: 'высшая',
    enteredOn: '2024-08-20',
  }),
  person('НК-0002', 'Соколов Андрей Викторович', 'музыкальный руководитель', {
    experienceYears: 12,
    qualification: 'педагог-наставник',
    enteredOn: '2025-08-25',
  }),
  person('НК-0003', 'Морозова Дарья Игоревна', 'учитель-логопед', {
    experienceYears: 9,
    qualification: 'первая',
    enteredOn: '2025-09-10',
  }),
  person('НК-0004', 'Волкова Екатерина Андреевна', 'инструктор по физической культуре', {
    experienceYears: 3,
    enteredOn: '2025-09-15',
    menteeId: 'НЯ-0005',
  }),
  person('НК-0005', 'Лебедева Ирина Олеговна', 'воспитатель', { active: false, enteredOn: '2023-09-01' }),
].map((m) => MentorSchema.parse({ competencies: [], ...m }));

const mentees = [
  person('НЯ-0001', 'Кузнецова Анна Сергеевна', 'воспитатель', {
    experienceYears: 1,
    menteeCategory: 'молодой специалист',
    enteredOn: '2025-08-28',
  }),
  person('НЯ-0002', 'Попова Ольга Игоревна', 'воспитатель', {
    experienceYears: 0,
    menteeCategory: 'молодой специалист',
    enteredOn: '2025-09-02',
  }),
  person('НЯ-0003', 'Козлова Елена Андреевна', 'воспитатель', {
    experienceYears: 2,
    menteeCategory: 'молодой специалист',
    enteredOn: '2025-09-02',
  }),
  person('НЯ-0004', 'Смирнова Наталья Петровна', 'воспитатель', {
    experienceYears: 7,
    menteeCategory: 'новый сотрудник',
    enteredOn: '2025-09-02',
  }),
  person('НЯ-0005', 'Волкова Екатерина Андреевна', 'инструктор по физической культуре', {
    experienceYears: 3,
    menteeCategory: 'молодой специалист',
    enteredOn: '2024-08-20',
    active: false,
  }),
  person('НЯ-0006', 'Лебедева Дарья Сергеевна', 'воспитатель', {
    menteeCategory: 'молодой специалист',
    enteredOn: '2026-03-02',
  }),
  person('НЯ-0007', 'Петрова Мария Ивановна', 'педагог-психолог', {
    experienceYears: 4,
    menteeCategory: 'педагог с затруднениями',
    enteredOn: '2026-05-15',
    consent: false,
  }),
].map((m) => MenteeSchema.parse({ requests: [], ...m }));

const mentorships = [
  {
    id: 'ПГ-0001',
    mentorId: 'НК-0001',
    menteeIds: ['НЯ-0005'],
    form: 'педагог – педагог',
    kinds: ['традиционное (один на один)'],
    startDate: '2024-09-01',
    endDate: '2025-05-31',
    status: 'завершена',
    actualEndDate: '2025-05-30',
  },
  {
    id: 'ПГ-0002',
    mentorId: 'НК-0001',
    menteeIds: ['НЯ-0001'],
    form: 'педагог – педагог',
    kinds: ['традиционное (один на один)'],
    startDate: '2025-09-15',
    endDate: '2026-05-31',
    status: 'завершена',
    actualEndDate: '2026-05-29',
    orderId: 'ПК-0002',
    programmeId: 'ПР-0002',
  },
  {
    id: 'ПГ-0003',
    mentorId: 'НК-0002',
    menteeIds: ['НЯ-0002'],
    form: 'педагог – педагог',
    kinds: ['традиционное (один на один)', 'виртуальное (дистанционное)'],
    startDate: '2025-10-01',
    endDate: '2026-03-31',
    status: 'прекращена досрочно',
    endReason: 'по обоюдному решению (уважительные обстоятельства)',
    actualEndDate: '2026-01-20',
    orderId: 'ПК-0002',
    programmeId: 'ПР-0003',
  },
  {
    id: 'ПГ-0004',
    mentorId: 'НК-0003',
    menteeIds: ['НЯ-0003', 'НЯ-0004'],
    form: 'педагог – педагог',
    kinds: ['в группе', 'краткосрочное (целеполагающее)'],
    startDate: '2025-11-01',
    endDate: '2026-10-31',
    status: 'идёт',
    orderId: 'ПК-0002',
    programmeId: 'ПР-0004',
  },
  {
    id: 'ПГ-0005',
    mentorId: 'НК-0001',
    menteeIds: ['НЯ-0002'],
    form: 'руководитель – педагог',
    kinds: ['ситуационное'],
    startDate: '2026-02-01',
    endDate: '2026-09-30',
    status: 'продлена',
    orderId: 'ПК-0004',
    programmeId: 'ПР-0005',
  },
].map((m) => MentorshipSchema.parse(m));

const programmes = [
  {
    id: 'ПР-0002',
    mentorshipId: 'ПГ-0002',
    title: 'Адаптация молодого воспитателя',
    startDate: '2025-09-15',
    endDate: '2026-05-31',
  },
  { id: 'ПР-0003', mentorshipId: 'ПГ-0003', startDate: '2025-10-01', endDate: '2026-03-31' },
  { id: 'ПР-0004', mentorshipId: 'ПГ-0004', startDate: '2025-11-01', endDate: '2026-10-31' },
  {
    id: 'ПР-0005',
    mentorshipId: 'ПГ-0005',
    startDate: '2026-02-01',
    endDate: '2026-07-31',
    extendedUntil: '2026-09-30',
  },
].map((p) => ProgrammeSchema.parse(p));

let eventNo = 0;
const event = (programmeId: string, direction: string, deadline: string | undefined, doneDate?: string) =>
  PlanEventSchema.parse({
    id: `МП-${String(++eventNo).padStart(4, '0')}`,
    programmeId,
    direction,
    event: 'Мероприятие плана',
    deadline,
    done: doneDate !== undefined,
    doneDate,
  });

const planEvents = [
  event('ПР-0002', 'нормативные правовые', '2025-10-15', '2025-10-14'),
  event('ПР-0002', 'методические', '2025-12-10', '2025-12-12'),
  event('ПР-0002', 'методические', '2026-02-20', '2026-02-20'),
  event('ПР-0002', 'психолого-педагогические', '2026-04-15', '2026-04-10'),
  event('ПР-0002', 'ИКТ-компетенции, цифровизация', '2026-05-20', '2026-05-25'),
  event('ПР-0003', 'методические', '2025-11-20', '2025-11-18'),
  event('ПР-0003', 'предметно-профессиональные', '2026-01-15'),
  event('ПР-0003', 'предметно-профессиональные', '2026-03-10'),
  event('ПР-0004', 'психолого-педагогические', '2025-12-05', '2025-12-05'),
  event('ПР-0004', 'методические', '2026-03-15', '2026-03-20'),
  event('ПР-0004', 'здоровьесбережение', '2026-06-01'),
  event('ПР-0004', 'методические', '2026-06-25'),
  event('ПР-0004', 'методические', '2026-09-20'),
  event('ПР-0005', 'научно-теоретические', '2026-04-10', '2026-04-08'),
  event('ПР-0005', 'методические', undefined),
];

const orders = [
  {
    id: 'ПК-0001',
    number: '41-о',
    date: '2025-08-29',
    kind: 'об утверждении Положения и дорожной карты',
    status: 'подписан',
  },
  {
    id: 'ПК-0002',
    number: '45-о',
    date: '2025-09-12',
    kind: 'о закреплении наставнических пар/групп',
    status: 'подписан',
  },
  {
    id: 'ПК-0003',
    number: '47-о',
    date: '2025-09-19',
    kind: 'об утверждении персонализированных программ',
    status: 'подписан',
  },
  {
    id: 'ПК-0004',
    number: '9-о',
    date: '2026-01-30',
    kind: 'о закреплении наставнических пар/групп',
    status: 'подписан',
  },
  {
    id: 'ПК-0005',
    number: '6-о',
    date: '2026-01-20',
    kind: 'о продлении, изменении, досрочном завершении',
    status: 'подписан',
  },
  { id: 'ПК-0006', number: '30-о', date: '2026-05-29', kind: 'о вынесении благодарности', status: 'проект' },
  { id: 'ПК-0007', number: '44-о', date: '2025-09-01', kind: 'о назначении куратора', status: 'отменён' },
].map((o) => OrderSchema.parse({ title: 'О наставничестве', mentorshipIds: [], ...o }));

const stage = (n: number) =>
  [
    '',
    '1. Подготовка условий для реализации системы (целевой модели) наставничества',
    '',
    '',
    '4. Отбор и обучение',
    '5. Организация и осуществление работы наставнических пар/групп',
    '6. Завершение персонализированных программ наставничества',
    '7. Информационная поддержка системы (целевой модели) наставничества',
  ][n];
const roadmap = [
  ['ДК-0001', '1.1', 1, '2025-09-30', 'выполнено'],
  ['ДК-0002', '1.2', 1, '2025-09-30', 'выполнено'],
  ['ДК-0003', '4.2', 4, '2025-08-31', 'выполнено'],
  ['ДК-0004', '5.3', 5, '2026-08-31', 'в работе'],
  ['ДК-0005', '6.1', 6, '2026-05-31', 'в работе'],
  ['ДК-0006', '6.3', 6, '2026-05-31', 'выполнено'],
  ['ДК-0007', '6.4', 6, '2026-05-31', 'запланировано'],
  ['ДК-0008', '7.1', 7, '2026-08-31', 'отменено'],
].map(([id, number, n, deadline, status]) =>
  RoadmapItemSchema.parse({
    id,
    number,
    stage: stage(n as number),
    content: 'Пункт дорожной карты',
    deadline,
    status,
  }),
);

const practices = [
  {
    id: 'ЛП-0001',
    title: 'Игровые технологии в адаптации молодого воспитателя',
    mentorshipId: 'ПГ-0002',
    date: '2026-05-20',
    published: true,
  },
  {
    id: 'ЛП-0002',
    title: 'Педагогическая мастерская в группе наставляемых',
    mentorshipId: 'ПГ-0004',
    published: false,
  },
  {
    id: 'ЛП-0003',
    title: 'Наставник и молодой инструктор',
    mentorshipId: 'ПГ-0001',
    date: '2025-05-20',
    published: true,
  },
].map((p) => PracticeCaseSchema.parse(p));

const training = [
  {
    id: 'ОН-0001',
    mentorId: 'НК-0001',
    kind: 'курсы повышения квалификации (КПК)',
    title: 'Методологические аспекты наставничества',
    date: '2025-10-20',
    hours: 36,
  },
  { id: 'ОН-0002', mentorId: 'НК-0003', kind: 'установочная сессия', date: '2025-09-05' },
  {
    id: 'ОН-0003',
    mentorId: 'НК-0002',
    kind: 'курсы повышения квалификации (КПК)',
    date: '2025-06-10',
    hours: 72,
  },
  {
    id: 'ОН-0004',
    mentorId: 'НК-0001',
    kind: 'конкурс',
    title: 'Педагогический дуэт',
    date: '2026-04-15',
    result: 'победитель',
  },
  {
    id: 'ОН-0005',
    mentorId: 'НК-0003',
    kind: 'конкурс',
    title: 'Педагогический дуэт',
    date: '2026-04-15',
    result: 'участник',
  },
  { id: 'ОН-0006', mentorId: 'НК-0001', kind: 'благодарность', date: '2026-05-29', orderId: 'ПК-0006' },
  { id: 'ОН-0007', mentorId: 'НК-0002', kind: 'грамота', date: '2026-02-10' },
].map((t) => TrainingRecordSchema.parse(t));

const satisfaction = (
  role: 'mentor' | 'mentee',
  respondentId: string,
  answeredOn: string,
  [a, b, c]: number[],
  wantsToContinue: boolean,
): QuestionnaireResult => ({
  role,
  kind: 'satisfaction',
  respondentId,
  answeredOn,
  indices: { 'Комфорт общения': a, 'Польза встреч': b, 'Удовлетворённость совместной работой': c },
  wantsToContinue,
});
const impact = (
  kind: 'entry' | 'exit',
  respondentId: string,
  answeredOn: string,
  [a, b, c]: number[],
): QuestionnaireResult => ({
  role: 'mentee',
  kind,
  respondentId,
  answeredOn,
  indices: { Мотивация: a, 'Профессиональные компетенции': b, 'Желание остаться в профессии': c },
});

export const QUESTIONNAIRES: readonly QuestionnaireResult[] = [
  satisfaction('mentor', 'НК-0001', '2026-05-30', [9, 8, 10], true),
  satisfaction('mentor', 'НК-0002', '2026-01-25', [7, 6, 8], false),
  satisfaction('mentor', 'НК-0003', '2026-05-30', [9, 9, 9], true),
  satisfaction('mentee', 'НЯ-0001', '2026-05-29', [10, 9, 10], true),
  satisfaction('mentee', 'НЯ-0002', '2026-05-29', [8, 8, 8], true),
  satisfaction('mentee', 'НЯ-0003', '2026-05-29', [6, 7, 8], true),
  satisfaction('mentee', 'НЯ-0004', '2026-05-29', [9, 10, 9], false),
  impact('entry', 'НЯ-0001', '2025-09-20', [6, 4, 7]),
  impact('entry', 'НЯ-0002', '2025-10-05', [5, 5, 5]),
  impact('entry', 'НЯ-0003', '2025-11-05', [5, 5, 6]),
  impact('entry', 'НЯ-0004', '2025-11-05', [7, 6, 8]),
  impact('exit', 'НЯ-0001', '2026-05-28', [9, 8, 9]),
  impact('exit', 'НЯ-0003', '2026-05-28', [8, 7, 8]),
  impact('exit', 'НЯ-0004', '2026-05-28', [8, 8, 9]),
];

/** The kindergarten's year as the report reads it on 10 June 2026. */
export const KINDERGARTEN: ReportInput = {
  year: { start: '2025-09-01', end: '2026-08-31' },
  today: '2026-06-10',
  mentors,
  mentees,
  mentorships,
  programmes,
  planEvents,
  orders,
  roadmap,
  practices,
  training,
  questionnaires: QUESTIONNAIRES,
};
