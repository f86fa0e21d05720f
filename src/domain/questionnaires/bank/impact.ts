/**
 * Impact monitoring (methodology, «Monitoring», stage 2; seed 001, item 9.2): the same indicators asked at entry
 * and at exit, compared per person — satisfaction, motivation, competence and difficulties, the wish to stay in the
 * profession and the organisation, activity in professional communities and contests.
 */
import { DIRECTIONS } from '../../vocabulary';
import type { IndexRule, KindDefinition, Question } from '../model';
import { meanOf, multiple, scale, yesNo } from './questions';

const QUESTIONS: readonly Question[] = [
  scale('jobSatisfaction', 'Насколько Вы удовлетворены своей работой?'),
  scale('motivation', 'Насколько Вам интересна Ваша работа, насколько Вы в неё вовлечены?'),
  scale(
    'confidence',
    'Насколько уверенно Вы чувствуете себя в профессии?',
    'В работе с детьми, с родителями, с документацией',
  ),
  scale('difficultiesOvercome', 'Насколько успешно Вы справляетесь с профессиональными затруднениями?'),
  scale('stayInProfession', 'Насколько Вы уверены, что хотите и дальше работать педагогом?'),
  scale('stayInOrganisation', 'Насколько Вы хотите и дальше работать в нашем коллективе?'),
  yesNo(
    'communities',
    'Участвуете ли Вы в работе профессиональных сообществ (методических объединений, творческих групп, ' +
      'сетевых сообществ педагогов)?',
  ),
  yesNo(
    'contests',
    'Участвовали ли Вы за последний год в профессиональных конкурсах, конференциях или открытых мероприятиях?',
  ),
  multiple(
    'difficultyDirections',
    'В каких направлениях Вы сейчас испытываете затруднения?',
    DIRECTIONS,
    false,
    'Отметьте все подходящие или ничего, если затруднений нет',
  ),
];

const INDICES: readonly IndexRule[] = [
  meanOf('selfAssessment', 'Индекс самооценки', QUESTIONS),
  {
    key: 'difficultyAreas',
    title: 'Направлений с затруднениями',
    how: 'count',
    of: ['difficultyDirections'],
  },
];

/**
 * What entry and exit are compared on, in order: every scale and yes/no question (yes counts 1, no 0) and the
 * indices.
 */
export const IMPACT_INDICATORS: readonly string[] = [
  ...QUESTIONS.filter((q) => q.type === 'scale' || q.type === 'yes-no').map((q) => q.key),
  ...INDICES.map((i) => i.key),
];

const SCALE_NOTE = 'Оценивайте по шкале от 1 до 10, где 1 — самый низкий балл, а 10 — самый высокий.';

/** «Мониторинг влияния программы наставничества: входная анкета». */
export const IMPACT_ENTRY: KindDefinition = {
  kind: 'impact-entry',
  title: 'Мониторинг влияния программы наставничества: входная анкета',
  respondents: 'personal',
  purpose:
    'Анкета заполняется в начале программы наставничества. В конце программы те же вопросы зададут ещё раз, ' +
    `чтобы увидеть, что изменилось. ${SCALE_NOTE}`,
  questions: QUESTIONS,
  indices: INDICES,
};

/** «Мониторинг влияния программы наставничества: итоговая анкета»: the entry questions again. */
export const IMPACT_EXIT: KindDefinition = {
  kind: 'impact-exit',
  title: 'Мониторинг влияния программы наставничества: итоговая анкета',
  respondents: 'personal',
  purpose:
    'Анкета заполняется по завершении программы наставничества. Вопросы те же, что и в начале программы: ' +
    `так видно, что изменилось. ${SCALE_NOTE}`,
  questions: QUESTIONS,
  indices: INDICES,
};
