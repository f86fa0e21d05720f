/**
 * The words of the methodology (seed 002 §2–7) as closed lists. Sheets use them for dropdowns, the domain for
 * validation, the sidebars for checkboxes: one spelling everywhere.
 */

/** The eight directions of a personalised programme's plan of events (seed 002, programme template). */
export const DIRECTIONS = [
  'научно-теоретические',
  'нормативные правовые',
  'предметно-профессиональные',
  'психолого-педагогические',
  'методические',
  'ИКТ-компетенции, цифровизация',
  'внеурочная и воспитательная деятельность',
  'здоровьесбережение',
] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Forms of mentoring: who mentors whom (seed 002 §2.3); a free value is allowed besides these. */
export const MENTORING_FORMS = [
  'педагог – педагог',
  'руководитель – педагог',
  'работодатель – студент',
  'педагог вуза/колледжа – молодой педагог',
] as const;

/** Kinds of mentoring: how (seed 002 §2.4); a pair or group may combine several. */
export const MENTORING_KINDS = [
  'традиционное (один на один)',
  'в группе',
  'виртуальное (дистанционное)',
  'краткосрочное (целеполагающее)',
  'реверсивное',
  'ситуационное',
  'скоростное',
] as const;
export type MentoringKind = (typeof MENTORING_KINDS)[number];

/** The kind of mentoring that means «one mentor, two or more mentees» (seed 002 §2.4). */
export const GROUP_KIND: MentoringKind = 'в группе';

/** Lifecycle of a pair or group (docs/architecture.md, key flows). */
export const MENTORSHIP_STATUSES = [
  'проект',
  'утверждена',
  'идёт',
  'завершена',
  'прекращена досрочно',
  'продлена',
] as const;
export type MentorshipStatus = (typeof MENTORSHIP_STATUSES)[number];

/** Why a programme ended early (seed 002 §7.1). */
export const EARLY_END_REASONS = [
  'по инициативе наставника (уважительные обстоятельства)',
  'по инициативе наставляемого (уважительные обстоятельства)',
  'по обоюдному решению (уважительные обстоятельства)',
  'по инициативе куратора (недолжное исполнение программы)',
  'по инициативе куратора (форс-мажор)',
] as const;

/** Qualification categories of a teacher, including the 2023 ones. */
export const QUALIFICATION_CATEGORIES = [
  'без категории',
  'соответствие занимаемой должности',
  'первая',
  'высшая',
  'педагог-методист',
  'педагог-наставник',
] as const;
export type QualificationCategory = (typeof QUALIFICATION_CATEGORIES)[number];

/** Who is mentored (methodology, "typical target group"). */
export const MENTEE_CATEGORIES = [
  'молодой специалист',
  'новый сотрудник',
  'переведён на новую должность',
  'педагог с затруднениями',
  'другое',
] as const;

/** Mode of a programme's work (seed 002, programme template). */
export const PROGRAMME_MODES = ['очный', 'онлайн', 'смешанный'] as const;

/** How much time a mentor can give. */
export const TIME_RESOURCES = ['до 1 часа в неделю', '1–2 часа в неделю', 'более 2 часов в неделю'] as const;

/** Kinds of orders the roadmaps name (methodology, "Orders"); a free value is allowed besides these. */
export const ORDER_KINDS = [
  'об утверждении Положения и дорожной карты',
  'о назначении куратора',
  'о закреплении наставнических пар/групп',
  'об утверждении персонализированных программ',
  'о продлении, изменении, досрочном завершении',
  'о проведении итогового мероприятия',
  'о вынесении благодарности',
] as const;

/** Where an order is in its life: drafted by the add-on, signed by the head, or cancelled. */
export const ORDER_STATUSES = ['проект', 'подписан', 'отменён'] as const;

/** Where a roadmap item is. */
export const ROADMAP_STATUSES = ['запланировано', 'в работе', 'выполнено', 'отменено'] as const;
