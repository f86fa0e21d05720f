/**
 * Intake questionnaires (seed 000, stages 2–3; seed 001, items 4–6): a candidate tells who they are and what they
 * offer or need. Question keys are the bank's column keys, so an accepted answer becomes a bank row field by field.
 */
import { DIRECTIONS, MENTEE_CATEGORIES, QUALIFICATION_CATEGORIES, TIME_RESOURCES } from '../../vocabulary';
import type { KindDefinition, Question } from '../model';
import { choice, multiple, paragraph, text, yesNo } from './questions';

/** Who the candidate is: the fields both banks share. */
const PERSON: readonly Question[] = [
  text('surname', 'Фамилия', true),
  text('firstName', 'Имя', true),
  text('patronymic', 'Отчество', false, 'Если отчества нет, оставьте поле пустым'),
  text('position', 'Должность', true, 'Например: воспитатель, музыкальный руководитель, учитель-логопед'),
  text(
    'specialisation',
    'Специализация, предмет или возрастная группа',
    false,
    'Например: ранний возраст, логопедия, ИЗО',
  ),
  text(
    'experienceYears',
    'Педагогический стаж, полных лет',
    true,
    'Числом, например 12. Если меньше года, напишите 0',
  ),
  choice('qualification', 'Квалификационная категория', QUALIFICATION_CATEGORIES),
  text('email', 'Адрес электронной почты', false, 'На него придут ссылки на следующие анкеты программы'),
];

/** Consent to personal-data processing, asked last, with what it covers and why it is needed. */
function consent(bank: string): Question {
  return yesNo(
    'consent',
    'Согласны ли Вы на обработку Ваших персональных данных (ФИО, должность, стаж, ответы этой анкеты) ' +
      'для организации наставничества в нашей образовательной организации?',
    true,
    'Согласие даётся по Федеральному закону от 27.07.2006 № 152-ФЗ «О персональных данных» и может быть ' +
      `отозвано в любой момент. Без него мы не сможем включить Вас в ${bank}.`,
  );
}

/** «Анкета кандидата в наставники»: competencies by direction, achievements, interests, capacity, time. */
export const MENTOR_INTAKE: KindDefinition = {
  kind: 'mentor-intake',
  title: 'Анкета кандидата в наставники',
  respondents: 'кандидат в наставники',
  purpose:
    'Анкета для педагогов, которые хотят стать наставниками коллег. По ответам куратор формирует банк ' +
    'наставников и подбирает наставнические пары и группы.',
  questions: [
    ...PERSON,
    multiple(
      'competencies',
      'В каких направлениях Вы готовы помогать коллегам?',
      DIRECTIONS,
      true,
      'Отметьте одно или несколько',
    ),
    paragraph('competenciesText', 'Расскажите подробнее, в чём Ваш опыт особенно силён'),
    paragraph(
      'achievements',
      'Ваши профессиональные достижения',
      'Конкурсы, публикации, методические разработки, проекты',
    ),
    paragraph('interests', 'Профессиональные интересы и увлечения, которыми Вы готовы делиться'),
    text(
      'desiredMentees',
      'Кого Вы хотели бы сопровождать?',
      false,
      'Например: молодых воспитателей групп раннего возраста',
    ),
    choice('capacity', 'Скольких коллег Вы готовы сопровождать одновременно?', ['1', '2', '3']),
    choice('timeResource', 'Сколько времени в неделю Вы готовы уделять наставничеству?', TIME_RESOURCES),
    consent('банк наставников'),
  ],
  indices: [],
};

/** «Анкета кандидата в наставляемые»: requests by direction, category, difficulties. */
export const MENTEE_INTAKE: KindDefinition = {
  kind: 'mentee-intake',
  title: 'Анкета кандидата в наставляемые',
  respondents: 'кандидат в наставляемые',
  purpose:
    'Анкета для педагогов, которым нужна поддержка опытного коллеги: молодых специалистов, новых ' +
    'сотрудников, тех, кто сменил должность или испытывает затруднения. По ответам куратор формирует банк ' +
    'наставляемых и подбирает наставника.',
  questions: [
    ...PERSON,
    choice('menteeCategory', 'Что ближе всего к Вашей ситуации?', MENTEE_CATEGORIES),
    multiple(
      'requests',
      'В каких направлениях Вам нужна поддержка наставника?',
      DIRECTIONS,
      true,
      'Отметьте одно или несколько',
    ),
    paragraph(
      'difficulties',
      'Какие профессиональные затруднения Вы испытываете сейчас?',
      'Например: планирование занятий, общение с родителями, оформление документации',
    ),
    paragraph('expectations', 'Чего Вы ждёте от работы с наставником?'),
    consent('банк наставляемых'),
  ],
  indices: [],
};
