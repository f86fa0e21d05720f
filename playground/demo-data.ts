/**
 * The demo kindergarten's people and plans: fictional names, a realistic year. Shaped as the add-on's sidebar
 * endpoints take them (fields of «Наставники», «Наставляемые», «Пары и группы», «Программы», «План мероприятий»).
 */

/** What the curator types into «Настройки» (column «Значение»), by the row's key. */
export const DEMO_SETTINGS: Record<string, string> = {
  orgFullName: 'Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 7 «Солнышко»',
  orgShortName: 'МБДОУ «Детский сад № 7»',
  city: 'г. Светлогорск',
  headName: 'Тимофеева Елена Викторовна',
  headPosition: 'заведующий',
  curatorName: 'Петрова Анна Сергеевна',
  curatorPosition: 'заместитель заведующего по ВМР',
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

/** What every demo programme says, filled with its pair's dates. */
export const DEMO_PROGRAMME = {
  problem: 'Недостаток опыта планирования и проведения образовательной деятельности',
  goals:
    'Профессиональное становление педагога, развитие методической и психолого-педагогической компетентности',
  tasks: 'Освоить планирование; провести открытые занятия; выстроить взаимодействие с семьями воспитанников',
};

/** The plan of the first programme (saveProgrammePlan). */
export const DEMO_PLAN = [
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
];
