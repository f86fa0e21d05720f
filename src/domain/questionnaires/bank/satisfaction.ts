/**
 * Satisfaction questionnaires of the mentee and of the mentor (methodology, «Monitoring», stage 1; seed 001,
 * item 8): mostly 1–10 scales, the frequency of meetings, «Рады ли Вы…» and the wish to continue.
 */
import type { IndexRule, KindDefinition, Question } from '../model';
import { choice, meanOf, paragraph, scale, yesNo } from './questions';

/** How often a pair met (methodology, typical questionnaire). */
export const MEETING_FREQUENCIES = ['раз в неделю', 'два раза в месяц', 'раз в месяц', 'реже'] as const;

const PURPOSE =
  'Анкета помогает оценить, как прошла работа Вашей наставнической пары (группы), и сделать программу ' +
  'наставничества лучше. Оценивайте по шкале от 1 до 10, где 1 — самый низкий балл, а 10 — самый высокий.';

/** Questions that close both versions: frequency, «Рады ли Вы…», the wish to continue, a proposal. */
const CLOSING: readonly Question[] = [
  choice('frequency', 'Как часто проходили Ваши встречи?', MEETING_FREQUENCIES),
  yesNo('glad', 'Рады ли Вы, что участвовали в программе наставничества?'),
  yesNo('continue', 'Хотели бы Вы продолжить работу в программе наставничества?'),
];

const PROPOSALS = paragraph('proposals', 'Что бы Вы предложили изменить в работе пары (группы) и программы?');

/** The two indices of a satisfaction questionnaire: the mean of its scales and the wish to continue. */
function satisfactionIndices(questions: readonly Question[]): readonly IndexRule[] {
  return [
    meanOf('satisfaction', 'Индекс удовлетворённости', questions),
    { key: 'wishToContinue', title: 'Желание продолжить', how: 'yes', of: ['continue'] },
  ];
}

const MENTEE_QUESTIONS: readonly Question[] = [
  scale('comfort', 'Насколько комфортно Вам было общаться с наставником?'),
  scale('personalMeetings', 'Насколько полезными были для Вас личные встречи с наставником?'),
  scale(
    'groupMeetings',
    'Насколько полезными были для Вас групповые встречи и мероприятия программы?',
    'Открытые занятия, семинары, мастер-классы',
  ),
  scale('jointWork', 'Насколько Вы удовлетворены совместной работой с наставником?'),
  scale('expectations', 'В какой мере оправдались Ваши ожидания от участия в программе?'),
  scale('difficultiesResolved', 'Насколько работа с наставником помогла Вам справиться с затруднениями?'),
  ...CLOSING,
  yesNo('becomeMentor', 'Хотели бы Вы в будущем сами стать наставником?', false),
  PROPOSALS,
];

/** «Удовлетворённость программой наставничества: анкета наставляемого». */
export const MENTEE_SATISFACTION: KindDefinition = {
  kind: 'mentee-satisfaction',
  title: 'Удовлетворённость программой наставничества: анкета наставляемого',
  respondents: 'personal',
  purpose: PURPOSE,
  questions: MENTEE_QUESTIONS,
  indices: satisfactionIndices(MENTEE_QUESTIONS),
};

const MENTOR_QUESTIONS: readonly Question[] = [
  scale('comfort', 'Насколько комфортно Вам было общаться с наставляемым (наставляемыми)?'),
  scale('personalMeetings', 'Насколько полезными, на Ваш взгляд, были личные встречи с наставляемым?'),
  scale(
    'groupMeetings',
    'Насколько полезными были групповые встречи и мероприятия программы?',
    'Открытые занятия, семинары, мастер-классы',
  ),
  scale('jointWork', 'Насколько Вы удовлетворены совместной работой с наставляемым (наставляемыми)?'),
  scale('expectations', 'В какой мере оправдались Ваши ожидания от участия в программе?'),
  scale('menteeGrowth', 'Насколько, по Вашей оценке, вырос профессиональный уровень наставляемого?'),
  scale('curatorSupport', 'Насколько Вы удовлетворены поддержкой куратора программы?'),
  scale('ownGrowth', 'Насколько участие в программе помогло Вашему собственному профессиональному росту?'),
  ...CLOSING,
  PROPOSALS,
];

/** «Удовлетворённость программой наставничества: анкета наставника», with the curator's support. */
export const MENTOR_SATISFACTION: KindDefinition = {
  kind: 'mentor-satisfaction',
  title: 'Удовлетворённость программой наставничества: анкета наставника',
  respondents: 'personal',
  purpose: PURPOSE,
  questions: MENTOR_QUESTIONS,
  indices: satisfactionIndices(MENTOR_QUESTIONS),
};
