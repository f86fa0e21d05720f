import { format } from 'date-fns';
import { ru } from 'date-fns/locale';
import type {
  AgreementContext,
  MentorshipEntry,
  OrderContexts,
  OrderHeader,
  ProgrammeContext,
} from '../../../src/domain/documents/contexts';
import type { PersonRef } from '../../../src/domain/documents/person-fields';
import {
  type DocumentLanguage,
  russianLanguage,
  splitFullName,
} from '../../../src/domain/documents/language';

/**
 * The Russian module's own declension (src/domain/russian/) and a long date through date-fns' `ru` locale, as
 * the use case will give them: the documents' tests read the text a head would sign, declined for real.
 */
export const LANGUAGE: DocumentLanguage = russianLanguage((iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return format(new Date(y, m - 1, d), "d MMMM yyyy 'г.'", { locale: ru });
});

function person(name: string, position: string): PersonRef {
  return { name: splitFullName(name), position };
}

export const HEAD = person('Тимофеева Елена Викторовна', 'Заведующий');
export const CURATOR = person('Смирнова Ольга Николаевна', 'старший воспитатель');
export const IVANOVA = person('Иванова Мария Петровна', 'воспитатель');
export const KUZNETSOVA = person('Кузнецова Анна Сергеевна', 'воспитатель');
export const SOKOLOV = person('Соколов Андрей Викторович', 'музыкальный руководитель');
export const MOROZOVA = person('Морозова Дарья Игоревна', 'музыкальный руководитель');
export const VOLKOVA = person('Волкова Екатерина Андреевна', 'инструктор по физической культуре');

export const HEADER: OrderHeader = {
  organisation: {
    fullName:
      'Государственное бюджетное дошкольное образовательное учреждение детский сад № 64 комбинированного вида Невского района Санкт-Петербурга',
    shortName: 'ГБДОУ детский сад № 64',
  },
  place: 'Санкт-Петербург',
  date: '2025-09-01',
  number: '45-о',
  head: HEAD,
  curator: CURATOR,
  academicYear: '2025/2026',
  regulationOrder: { date: '2025-08-29', number: '41-о' },
};

export const PAIR: MentorshipEntry = {
  mentor: IVANOVA,
  mentees: [KUZNETSOVA],
  form: 'педагог – педагог',
  kinds: ['традиционное (один на один)'],
  start: '2025-09-01',
  end: '2026-05-31',
  programmeTitle: 'Адаптация молодого воспитателя в группе раннего возраста',
};

export const GROUP: MentorshipEntry = {
  mentor: SOKOLOV,
  mentees: [MOROZOVA, VOLKOVA],
  form: 'педагог – педагог',
  kinds: ['в группе', 'ситуационное'],
  start: '2025-09-15',
  end: '2026-03-15',
  programmeTitle: 'Музыкально-ритмические игры на физкультурных и музыкальных занятиях',
};

/** One sample of each order kind's data. */
export const ORDERS: OrderContexts = {
  'approve-regulation': {
    ...HEADER,
    roadmap: [
      {
        number: '1.1',
        stage: 'Подготовка условий',
        content: 'Приказ об утверждении Положения',
        months: 'сентябрь',
        responsible: 'руководитель, куратор',
      },
      {
        number: '1.2',
        stage: 'Подготовка условий',
        content: 'Приказ о закреплении наставнических пар/групп',
        months: 'сентябрь',
      },
      {
        number: '2.1',
        stage: 'Формирование банка наставляемых',
        content: 'Сбор информации о профессиональных запросах педагогов',
        months: 'июль',
      },
    ],
  },
  'appoint-curator': HEADER,
  'assign-mentorships': { ...HEADER, mentorships: [PAIR, GROUP], programmesDue: '2025-09-15' },
  'approve-programmes': { ...HEADER, mentorships: [PAIR, GROUP] },
  'extend-programmes': {
    ...HEADER,
    mentorships: [{ ...GROUP, extendedUntil: '2026-05-31' }],
    basis: 'заявления наставника и наставляемых от 01.03.2026',
  },
  'change-programmes': {
    ...HEADER,
    mentorships: [
      { ...PAIR, change: 'в план мероприятий включено направление «ИКТ-компетенции, цифровизация»' },
    ],
  },
  'end-early': {
    ...HEADER,
    mentorships: [
      { ...PAIR, endedOn: '2026-01-20', reason: 'по инициативе наставляемого (уважительные обстоятельства)' },
    ],
  },
  'final-event': {
    ...HEADER,
    event: {
      title: 'круглый стол «Лучшие практики наставничества»',
      date: '2026-05-20',
      venue: 'музыкальный зал',
    },
    responsible: CURATOR,
    mentorships: [PAIR, GROUP],
  },
  thanks: {
    ...HEADER,
    people: [{ person: IVANOVA, merit: 'за успешную адаптацию молодого специалиста' }, { person: SOKOLOV }],
  },
};

export const PROGRAMME_DATA: ProgrammeContext = {
  organisation: HEADER.organisation,
  curator: CURATOR,
  mentorship: PAIR,
  approvalOrder: { date: '2025-09-20', number: '52-о' },
  programme: {
    title: PAIR.programmeTitle,
    problem: 'Затруднения в организации режимных моментов в группе раннего возраста',
    goals: 'Успешная адаптация молодого воспитателя',
    tasks: 'Освоить организацию режимных моментов\nОсвоить взаимодействие с родителями',
    content: 'Совместное планирование, взаимопосещения, разбор ситуаций',
    mode: 'очный',
    schedule: 'по вторникам, 14:00–15:00',
    intermediateResults: 'самостоятельно проводит режимные моменты',
    plannedResults: 'самостоятельно планирует образовательную деятельность',
    conditions: 'методический кабинет, материалы методической копилки',
    start: '2025-09-01',
    end: '2026-05-31',
  },
  events: [
    {
      direction: 'психолого-педагогические',
      event: 'Консультация «Общение с родителями»',
      deadline: '2025-10-10',
      done: true,
      doneDate: '2025-10-09',
    },
    {
      direction: 'методические',
      event: 'Взаимопосещение утренней гимнастики',
      form: 'практикум',
      deadline: '2025-09-30',
      done: false,
    },
    {
      direction: 'методические',
      event: 'Составление плана образовательной деятельности на неделю',
      done: false,
    },
  ],
};

export const AGREEMENT_DATA: AgreementContext = {
  organisation: HEADER.organisation,
  place: 'Санкт-Петербург',
  date: '2025-09-01',
  head: HEAD,
  curator: CURATOR,
  mentorship: GROUP,
};
