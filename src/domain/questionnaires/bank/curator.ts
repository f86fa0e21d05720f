/**
 * The curator's questionnaire (methodology, «Monitoring», stage 1: the quality of joint work of pairs and groups):
 * one link per pair or group, so each answer is the curator's assessment of that pair.
 */
import type { KindDefinition, Question } from '../model';
import { date, meanOf, paragraph, scale, yesNo } from './questions';

const QUESTIONS: readonly Question[] = [
  scale('planDone', 'В какой мере выполнен план мероприятий персонализированной программы?'),
  scale('regularity', 'Насколько регулярно проходили встречи наставника и наставляемого (наставляемых)?'),
  scale('menteeGrowth', 'Насколько заметен профессиональный рост наставляемого (наставляемых)?'),
  scale('mentorEngagement', 'Насколько активно и заинтересованно работал наставник?'),
  scale('cooperation', 'Насколько слаженным и доброжелательным было взаимодействие в паре (группе)?'),
  scale(
    'materials',
    'Насколько полно оформлены материалы работы пары (группы)?',
    'Планы, отчёты, методические разработки, портфолио наставляемого',
  ),
  date('lastMeeting', 'Дата последней встречи пары (группы)'),
  yesNo('bestPractice', 'Стоит ли включить опыт этой пары (группы) в копилку лучших практик?'),
  yesNo('continue', 'Рекомендуете ли Вы продолжить работу пары (группы)?'),
  paragraph('strengths', 'Сильные стороны работы пары (группы)'),
  paragraph('obstacles', 'Что не удалось и что этому помешало?'),
];

/** «Качество работы наставнической пары (группы): анкета куратора». */
export const CURATOR: KindDefinition = {
  kind: 'curator',
  title: 'Качество работы наставнической пары (группы): анкета куратора',
  respondents: 'personal',
  purpose:
    'Оценка куратором того, как пара (группа) выполняет персонализированную программу наставничества. ' +
    'Ссылка на анкету своя для каждой пары (группы). Оценивайте по шкале от 1 до 10, где 1 — самый низкий ' +
    'балл, а 10 — самый высокий.',
  questions: QUESTIONS,
  indices: [
    meanOf('quality', 'Индекс качества', QUESTIONS),
    { key: 'recommendContinue', title: 'Рекомендация продолжить', how: 'yes', of: ['continue'] },
  ],
};
