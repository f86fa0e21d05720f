/**
 * The demo kindergarten's people and plans: fictional names, a realistic year. Shaped as the add-on's sidebar
 * endpoints take them (fields of «Наставники», «Наставляемые», «Пары и группы», «Программы», «План мероприятий»).
 */

/** What the curator types into «Настройки», column «Значение», by the parameter the row shows. */
export const DEMO_SETTINGS: Record<string, string> = {
  'Полное наименование организации':
    'Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 7 «Солнышко»',
  'Краткое наименование организации': 'МБДОУ «Детский сад № 7»',
  'Место издания приказов': 'г. Светлогорск',
  'Руководитель: ФИО': 'Тимофеева Елена Викторовна',
  'Руководитель: должность': 'заведующий',
  'Куратор: ФИО': 'Петрова Анна Сергеевна',
  'Куратор: должность': 'заместитель заведующего по ВМР',
};

const CONSENT = { active: true, consent: true, consentDate: '2025-09-01' };

/** Mentors of the bank (addMentor). */
export const DEMO_MENTORS = [
  {
    surname: 'Соколова',
    firstName: 'Ирина',
    patronymic: 'Викторовна',
    position: 'воспитатель',
    experienceYears: 18,
    qualification: 'высшая',
    competencies: ['методические', 'психолого-педагогические'],
    achievements: 'Победитель муниципального конкурса «Воспитатель года — 2023»',
    timeResource: '1–2 часа в неделю',
    capacity: 2,
    email: 'sokolova@solnyshko.example',
    ...CONSENT,
  },
  {
    surname: 'Ким',
    firstName: 'Татьяна',
    patronymic: 'Олеговна',
    position: 'старший воспитатель',
    experienceYears: 22,
    qualification: 'педагог-наставник',
    competencies: ['нормативные правовые', 'методические', 'научно-теоретические'],
    timeResource: 'более 2 часов в неделю',
    capacity: 3,
    email: 'kim@solnyshko.example',
    ...CONSENT,
  },
  {
    surname: 'Гарипова',
    firstName: 'Алсу',
    patronymic: 'Ринатовна',
    position: 'педагог-психолог',
    experienceYears: 11,
    qualification: 'первая',
    competencies: ['психолого-педагогические', 'здоровьесбережение'],
    timeResource: '1–2 часа в неделю',
    capacity: 1,
    ...CONSENT,
  },
  {
    surname: 'Белов',
    firstName: 'Андрей',
    patronymic: 'Сергеевич',
    position: 'инструктор по физической культуре',
    experienceYears: 9,
    qualification: 'первая',
    competencies: ['здоровьесбережение', 'ИКТ-компетенции, цифровизация'],
    timeResource: 'до 1 часа в неделю',
    capacity: 1,
    ...CONSENT,
  },
];

/** Mentees of the bank (addMentee). */
export const DEMO_MENTEES = [
  {
    surname: 'Лебедева',
    firstName: 'Ольга',
    patronymic: 'Андреевна',
    position: 'воспитатель',
    experienceYears: 0,
    menteeCategory: 'молодой специалист',
    requests: ['методические', 'психолого-педагогические'],
    difficulties: 'Планирование образовательной деятельности, общение с родителями',
    ...CONSENT,
  },
  {
    surname: 'Захарова',
    firstName: 'Дарья',
    patronymic: 'Игоревна',
    position: 'воспитатель',
    experienceYears: 1,
    menteeCategory: 'молодой специалист',
    requests: ['методические'],
    ...CONSENT,
  },
  {
    surname: 'Нуриев',
    firstName: 'Тимур',
    patronymic: 'Маратович',
    position: 'воспитатель',
    experienceYears: 0,
    menteeCategory: 'молодой специалист',
    requests: ['нормативные правовые', 'методические'],
    ...CONSENT,
  },
  {
    surname: 'Орлова',
    firstName: 'Любовь',
    patronymic: 'Петровна',
    position: 'музыкальный руководитель',
    experienceYears: 6,
    menteeCategory: 'новый сотрудник',
    requests: ['нормативные правовые'],
    ...CONSENT,
  },
  {
    surname: 'Смирнова',
    firstName: 'Екатерина',
    patronymic: 'Алексеевна',
    position: 'воспитатель',
    experienceYears: 4,
    menteeCategory: 'педагог с затруднениями',
    requests: ['психолого-педагогические'],
    difficulties: 'Дети с особыми образовательными потребностями в группе',
    ...CONSENT,
  },
];

/** Hired in November and not paired yet: «Подобрать наставника» has someone to find a mentor for. */
export const DEMO_NEWCOMER = {
  surname: 'Новикова',
  firstName: 'Мария',
  patronymic: 'Сергеевна',
  position: 'воспитатель',
  experienceYears: 2,
  menteeCategory: 'новый сотрудник',
  requests: ['здоровьесбережение', 'ИКТ-компетенции, цифровизация'],
  ...CONSENT,
  enteredOn: '2025-11-17',
  consentDate: '2025-11-17',
};

/** Pairs and groups (createMentorship), by index into the lists above. */
export const DEMO_MENTORSHIPS = [
  { mentor: 0, mentees: [0], kinds: ['традиционное (один на один)'], start: '2025-09-15', end: '2026-05-29' },
  { mentor: 1, mentees: [1, 2], kinds: ['в группе'], start: '2025-09-15', end: '2026-05-29' },
  {
    mentor: 1,
    mentees: [3],
    kinds: ['краткосрочное (целеполагающее)'],
    start: '2025-10-01',
    end: '2026-01-30',
  },
  {
    mentor: 2,
    mentees: [4],
    kinds: ['традиционное (один на один)', 'ситуационное'],
    start: '2025-09-22',
    end: '2026-03-31',
  },
];

/** Each pair's programme (saveProgrammePlan), in the order of DEMO_MENTORSHIPS; the dates are the pair's. */
export const DEMO_PROGRAMMES = [
  {
    title: 'Первые шаги в профессии: планирование и общение с семьями',
    problem:
      'Недостаток опыта планирования образовательной деятельности и общения с родителями воспитанников',
    goals: 'Профессиональное становление молодого воспитателя в первый год работы',
    tasks:
      'Освоить планирование недели в группе; провести открытое занятие; подготовить и провести родительское собрание',
    mode: 'очный',
    schedule: 'по вторникам, 15:00',
    plannedResults: 'Воспитатель самостоятельно планирует неделю и ведёт родительские собрания',
  },
  {
    title: 'Школа молодого воспитателя: ФОП ДО и планирование',
    problem:
      'Молодые воспитатели плохо знают ФОП ДО и локальные акты и с трудом составляют рабочую программу группы',
    goals: 'Освоение нормативной основы и методики планирования двумя молодыми воспитателями',
    tasks:
      'Изучить ФОП ДО и локальные акты; составить рабочие программы групп; обменяться опытом на общих встречах',
    mode: 'смешанный',
    schedule: 'по четвергам, 14:00, раз в месяц онлайн',
    plannedResults: 'Рабочие программы групп составлены и утверждены, молодые воспитатели ведут их сами',
  },
  {
    title: 'Адаптация музыкального руководителя на новом месте',
    problem: 'Новый сотрудник не знаком с локальными актами и документацией детского сада',
    goals: 'Быстрая адаптация музыкального руководителя к требованиям детского сада',
    tasks: 'Изучить локальные акты и документацию; подготовить план праздников на полугодие',
    mode: 'очный',
    schedule: 'по понедельникам, 13:30',
    plannedResults: 'Документация ведётся без замечаний, план праздников утверждён',
  },
  {
    title: 'Инклюзивная практика в группе: дети с особыми образовательными потребностями',
    problem:
      'Воспитателю трудно организовать занятия в группе, где есть дети с особыми образовательными потребностями',
    goals: 'Развитие психолого-педагогической компетентности воспитателя в инклюзивной группе',
    tasks:
      'Разобрать индивидуальные маршруты детей; освоить приёмы включения детей с ООП в занятия; провести открытое занятие',
    mode: 'очный',
    schedule: 'по средам, 16:00',
    plannedResults: 'Воспитатель ведёт занятия с учётом индивидуальных маршрутов детей с ООП',
  },
];

/** Each programme's plan (saveProgrammePlan), in the same order. */
export const DEMO_PLANS = [
  [
    {
      direction: 'нормативные правовые',
      event: 'Изучение ФОП ДО и локальных актов детского сада',
      deadline: '2025-10-10',
    },
    { direction: 'методические', event: 'Совместное планирование недели в группе', deadline: '2025-10-31' },
    {
      direction: 'психолого-педагогические',
      event: 'Консультация «Адаптация детей раннего возраста»',
      deadline: '2025-11-14',
    },
    { direction: 'методические', event: 'Открытое занятие наставляемого с разбором', deadline: '2026-02-20' },
    {
      direction: 'методические',
      event: 'Итоговое выступление на педагогическом совете',
      deadline: '2026-05-22',
    },
  ],
  [
    {
      direction: 'нормативные правовые',
      event: 'Семинар «ФОП ДО: что изменилось в планировании»',
      deadline: '2025-10-17',
    },
    { direction: 'методические', event: 'Составление рабочих программ групп', deadline: '2025-12-19' },
    { direction: 'методические', event: 'Взаимопосещение занятий с разбором', deadline: '2026-03-13' },
  ],
  [
    {
      direction: 'нормативные правовые',
      event: 'Изучение локальных актов и документации музыкального руководителя',
      deadline: '2025-10-24',
    },
    {
      direction: 'предметно-профессиональные',
      event: 'План праздников и развлечений на второе полугодие',
      deadline: '2026-01-23',
    },
  ],
  [
    {
      direction: 'психолого-педагогические',
      event: 'Разбор индивидуальных образовательных маршрутов детей группы',
      deadline: '2025-10-15',
    },
    {
      direction: 'психолого-педагогические',
      event: 'Совместное занятие: включение детей с ООП в общую деятельность',
      deadline: '2025-12-10',
    },
    {
      direction: 'здоровьесбережение',
      event: 'Консультация «Сенсорная разгрузка в группе»',
      deadline: '2026-02-11',
    },
  ],
];

/**
 * What the curator records by hand in «Дорожная карта» by 20 November, by the item's «№»: the September items
 * are done, except the order on the pairs (1.2), which nobody has registered yet — the add-on marks it overdue.
 */
export const DEMO_ROADMAP: Record<string, { status: string; doneDate?: string }> = {
  '1.1': { status: 'выполнено', doneDate: '01.09.2025' },
  '1.3': { status: 'выполнено', doneDate: '19.09.2025' },
  '5.1': { status: 'в работе' },
  '5.2': { status: 'в работе' },
};
