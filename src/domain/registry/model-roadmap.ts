/**
 * The model roadmap of seed 002 («Примерная дорожная карта»), with the months of seed 000, as data: setup
 * fills «Дорожная карта» from it for the current academic year (`roadmapForYear`), and the curator edits freely.
 */

/** When an item is due: calendar months (7 = July) or throughout the year. */
export type RoadmapTiming = { readonly months: readonly number[] } | { readonly throughoutYear: true };

/** One item of the model roadmap. */
export interface ModelRoadmapItem {
  /** «2.1»: stage 2, item 1. */
  readonly number: string;
  readonly content: string;
  readonly timing: RoadmapTiming;
  readonly responsible: string;
  readonly expectedResult: string;
}

/** One stage of the model roadmap. */
export interface ModelRoadmapStage {
  readonly number: number;
  readonly title: string;
  readonly items: readonly ModelRoadmapItem[];
}

const CURATOR = 'куратор';
const HEAD_AND_CURATOR = 'руководитель, куратор';
const YEAR: RoadmapTiming = { throughoutYear: true };
const month = (...months: number[]): RoadmapTiming => ({ months });

/** The seven stages of seed 002's roadmap; item 6.4 comes from seed 000 (long-term base of mentors and cases). */
export const MODEL_ROADMAP: readonly ModelRoadmapStage[] = [
  {
    number: 1,
    title: 'Подготовка условий для реализации системы (целевой модели) наставничества',
    items: [
      {
        number: '1.1',
        content:
          'Приказ «Об утверждении положения о системе (целевой модели) наставничества педагогических работников в образовательной организации» (Приложение 1 – Положение, Приложение 2 – Дорожная карта)',
        timing: month(9),
        responsible: HEAD_AND_CURATOR,
        expectedResult: 'Положение и дорожная карта утверждены приказом',
      },
      {
        number: '1.2',
        content: 'Приказ(ы) о закреплении наставнических пар/групп',
        timing: month(9),
        responsible: HEAD_AND_CURATOR,
        expectedResult: 'Пары и группы закреплены приказом',
      },
      {
        number: '1.3',
        content: 'Подготовка шаблона персонализированной программы наставничества',
        timing: month(9),
        responsible: CURATOR,
        expectedResult: 'Шаблон программы готов',
      },
    ],
  },
  {
    number: 2,
    title: 'Формирование банка наставляемых',
    items: [
      {
        number: '2.1',
        content: 'Сбор информации о профессиональных запросах педагогов',
        timing: month(7),
        responsible: CURATOR,
        expectedResult: 'Запросы педагогов собраны',
      },
      {
        number: '2.2',
        content:
          'Формирование банка данных наставляемых, обеспечение согласий на сбор и обработку персональных данных',
        timing: month(7),
        responsible: CURATOR,
        expectedResult: 'Банк наставляемых сформирован, согласия получены',
      },
    ],
  },
  {
    number: 3,
    title: 'Формирование банка наставников',
    items: [
      {
        number: '3.1',
        content:
          'Проведение анкетирования среди потенциальных наставников, желающих принять участие в персонализированных программах наставничества',
        timing: month(7),
        responsible: CURATOR,
        expectedResult: 'Анкеты потенциальных наставников собраны',
      },
      {
        number: '3.2',
        content:
          'Формирование банка данных наставников, обеспечение согласий на сбор и обработку персональных данных',
        timing: month(7),
        responsible: CURATOR,
        expectedResult: 'Банк наставников сформирован, согласия получены',
      },
    ],
  },
  {
    number: 4,
    title: 'Отбор и обучение',
    items: [
      {
        number: '4.1',
        content: 'Анализ банка и выбор подходящих наставников для педагога/группы педагогов',
        timing: month(8),
        responsible: CURATOR,
        expectedResult: 'Наставники подобраны',
      },
      {
        number: '4.2',
        content:
          'Обучение наставников для работы с наставляемыми: подготовка методических материалов для сопровождения наставнической деятельности; консультации, обмен опытом среди наставников – «установочные сессии»',
        timing: month(8),
        responsible: CURATOR,
        expectedResult: 'Установочные сессии проведены, методические материалы подготовлены',
      },
    ],
  },
  {
    number: 5,
    title: 'Организация и осуществление работы наставнических пар/групп',
    items: [
      {
        number: '5.1',
        content: 'Формирование наставнических пар/групп',
        timing: YEAR,
        responsible: CURATOR,
        expectedResult: 'Пары и группы сформированы',
      },
      {
        number: '5.2',
        content: 'Разработка персонализированных программ наставничества для каждой пары/группы',
        timing: YEAR,
        responsible: CURATOR,
        expectedResult: 'У каждой пары и группы есть программа',
      },
      {
        number: '5.3',
        content:
          'Организация психолого-педагогической поддержки сопровождения наставляемых, не сформировавших пару или группу (при необходимости), продолжение поиска наставника/наставников',
        timing: YEAR,
        responsible: CURATOR,
        expectedResult: 'Наставляемые без пары получают поддержку',
      },
    ],
  },
  {
    number: 6,
    title: 'Завершение персонализированных программ наставничества',
    items: [
      {
        number: '6.1',
        content:
          'Проведение мониторинга качества реализации персонализированных программ наставничества (анкетирование)',
        timing: YEAR,
        responsible: CURATOR,
        expectedResult: 'Результаты мониторинга собраны и проанализированы',
      },
      {
        number: '6.2',
        content:
          'Приказ «О проведении итогового мероприятия в рамках реализации системы (целевой модели) наставничества педагогических работников»',
        timing: month(5),
        responsible: HEAD_AND_CURATOR,
        expectedResult: 'Приказ подписан',
      },
      {
        number: '6.3',
        content:
          'Проведение итогового мероприятия по выявлению лучших практик наставничества; пополнение методической копилки педагогических практик наставничества',
        timing: month(5),
        responsible: CURATOR,
        expectedResult: 'Итоговое мероприятие проведено, лучшие практики отобраны',
      },
      {
        number: '6.4',
        content:
          'Формирование базы успешных практик (кейсов); формирование долгосрочной базы наставников, в том числе из успешно завершивших программу наставляемых, желающих попробовать себя в новой роли',
        timing: month(5),
        responsible: CURATOR,
        expectedResult: 'База кейсов и долгосрочная база наставников пополнены',
      },
    ],
  },
  {
    number: 7,
    title: 'Информационная поддержка системы (целевой модели) наставничества',
    items: [
      {
        number: '7.1',
        content:
          'Информирование на всех этапах на сайте образовательной организации и в социальных сетях, по возможности на муниципальном и региональном уровнях',
        timing: YEAR,
        responsible: CURATOR,
        expectedResult: 'Информация о наставничестве размещена на сайте',
      },
    ],
  },
];
