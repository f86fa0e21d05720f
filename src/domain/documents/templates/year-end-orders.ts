import { KIND_NAMES } from '../kind-names';
import type { OrderContexts, ThankedEntry } from '../contexts';
import { dateField, type Fields, repeat, textField } from '../fields';
import { personFields } from '../person-fields';
import type { KindDefinition } from '../kind-definition';
import { cell, grid, point, REGULATION_REF, TEXT_WIDTH_MM } from '../layout';
import { acquaintedRepeat, headerFields, participants } from '../order-fields';
import { orderDocument } from './order';

type FinalEvent = OrderContexts['final-event'];
type Thanks = OrderContexts['thanks'];

const EVENT_TITLE =
  'О проведении итогового мероприятия по реализации системы (целевой модели) наставничества педагогических работников';

const EVENT_FIELDS: Fields<FinalEvent> = {
  fields: [
    ...headerFields<FinalEvent>(),
    textField(
      'Мероприятие.Название',
      'итоговое мероприятие: круглый стол «Лучшие практики наставничества»',
      (c) => c.event.title,
    ),
    dateField('Мероприятие.Дата', 'дата мероприятия словами: 20 мая 2026 г.', (c) => c.event.date, 'words'),
    textField('Мероприятие.Место', 'место проведения, если указано', (c) => c.event.venue, {
      optional: true,
    }),
    ...personFields<FinalEvent>(
      'Ответственный',
      'ответственный за подготовку и проведение',
      (c) => c.responsible,
    ),
  ],
  repeats: [acquaintedRepeat<FinalEvent>((c) => [c.responsible, c.curator, ...participants(c.mentorships)])],
};

/** О проведении итогового мероприятия: when and what, who answers for it, what pairs bring (seed 001 9.3). */
export const FINAL_EVENT: KindDefinition<FinalEvent> = {
  name: KIND_NAMES['final-event'],
  orderKind: 'о проведении итогового мероприятия',
  title: EVENT_TITLE,
  fields: EVENT_FIELDS,
  template: () =>
    orderDocument(
      EVENT_TITLE,
      `В соответствии с ${REGULATION_REF}, дорожной картой по его реализации на {{Учебный год}} учебный год, в целях подведения итогов реализации персонализированных программ наставничества, выявления и распространения лучших практик наставничества`,
      [
        point(
          'Провести {{Мероприятие.Дата}} итоговое мероприятие по реализации системы (целевой модели) наставничества педагогических работников — {{Мероприятие.Название}}{{#если Мероприятие.Место}} ({{Мероприятие.Место}}){{/если}}.',
        ),
        point(
          'Назначить ответственным за подготовку и проведение итогового мероприятия {{Ответственный.Должность.винительный}} {{Ответственный.ФИО.винительный}}.',
        ),
        point(
          'Ответственному за проведение итогового мероприятия {{Ответственный.Фамилия и инициалы.дательный}} подготовить его программу, организовать представление наставническими парами (группами) результатов реализации персонализированных программ наставничества, по итогам мероприятия пополнить банк лучших практик наставничества.',
        ),
        point(
          'Наставникам и наставляемым подготовить к {{Мероприятие.Дата}} материалы о результатах реализации персонализированных программ наставничества (выступления, презентации, описания кейсов).',
        ),
      ],
    ),
};

const THANKS_TITLE =
  'Об объявлении благодарности участникам системы (целевой модели) наставничества педагогических работников';

const THANKS_FIELDS: Fields<Thanks> = {
  fields: headerFields<Thanks>(),
  repeats: [
    repeat<Thanks, ThankedEntry>('Награждаемые', 'кому объявляется благодарность', (c) => c.people, {
      fields: [
        ...personFields<ThankedEntry>('Работник', 'награждаемый', (e) => e.person),
        textField('Заслуги', 'за что, если указано', (e) => e.merit, { optional: true }),
      ],
      repeats: [],
    }),
    acquaintedRepeat<Thanks>((c) => [c.curator, ...c.people.map((p) => p.person)]),
  ],
};

/** О вынесении благодарности: the people in the dative, each on a line of their own (seed 001 9.4). */
export const THANKS: KindDefinition<Thanks> = {
  name: KIND_NAMES['thanks'],
  orderKind: 'о вынесении благодарности',
  title: THANKS_TITLE,
  fields: THANKS_FIELDS,
  template: () =>
    orderDocument(
      THANKS_TITLE,
      'По итогам реализации персонализированных программ наставничества педагогических работников в {{Учебный год}} учебном году, за высокие результаты наставнической деятельности и профессионального развития',
      [
        point('Объявить благодарность:'),
        grid(
          [
            [
              cell(
                '{{#Награждаемые}}– {{Работник.ФИО.дательный}}, {{Работник.Должность.дательный}}{{#если Заслуги}}, {{Заслуги}}{{/если}}{{Знак конца строки}}{{/Награждаемые}}',
                { align: 'justify' },
              ),
            ],
          ],
          [TEXT_WIDTH_MM],
        ),
        point(
          'Куратору реализации персонализированных программ наставничества {{Куратор.Фамилия и инициалы.дательный}} внести сведения о поощрении в банк наставников и наставляемых и разместить информацию о лучших практиках наставничества на официальном сайте в разделе «Наставничество».',
        ),
      ],
    ),
};
