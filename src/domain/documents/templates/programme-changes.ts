import { KIND_NAMES } from '../kind-names';
import type {
  ChangedEntry,
  EndedEntry,
  ExtendedEntry,
  MentorshipEntry,
  OrderContexts,
  OrderHeader,
} from '../contexts';
import { dateField, type Field, type Fields, repeat, textField } from '../fields';
import type { KindDefinition } from '../kind-definition';
import { annexStart, centredTitle, point, REGULATION_REF, table } from '../layout';
import type { DocBlock } from '../model';
import { acquaintedRepeat, headerFields, mentorshipFields, participants } from '../order-fields';
import { orderDocument } from './order';

type Extend = OrderContexts['extend-programmes'];
type Change = OrderContexts['change-programmes'];
type EndEarly = OrderContexts['end-early'];

const COLUMNS = ['№ п/п', 'Наставник', 'Наставляемый (наставляемые)', 'Программа'];
const CELLS = [
  '{{#Пары}}{{Номер}}',
  '{{Наставник.ФИО}}, {{Наставник.Должность}}',
  '{{Наставляемые.ФИО и должность}}',
  '{{Программа}}',
];

/** The fields of an order on some pairs' programmes: the header, and `Пары` with what this kind adds per pair. */
function changeFields<C extends OrderHeader & { mentorships: readonly E[] }, E extends MentorshipEntry>(
  what: string,
  extra: Field<E>[],
): Fields<C> {
  return {
    fields: headerFields<C>(),
    repeats: [
      repeat<C, E>('Пары', what, (c) => c.mentorships, {
        fields: [...mentorshipFields<E>(), ...extra],
        repeats: [],
      }),
      acquaintedRepeat<C>((c) => [c.curator, ...participants(c.mentorships)]),
    ],
  };
}

/** The annex: a row per pair, the common columns and this kind's own. */
function annex(title: string, columns: string[], cells: string[], widths: number[]): DocBlock[] {
  const last = cells.length - 1;
  const row = [...CELLS, ...cells.map((c, i) => (i === last ? `${c}{{/Пары}}` : c))];
  return [...annexStart(), centredTitle(title), table([...COLUMNS, ...columns], [row], widths)];
}

const EXTEND_TITLE = 'О продлении сроков реализации персонализированных программ наставничества';

/** О продлении: by mutual consent (seed 002 §7.2), the new end per pair. */
export const EXTEND_PROGRAMMES: KindDefinition<Extend> = {
  name: KIND_NAMES['extend-programmes'],
  orderKind: 'о продлении, изменении, досрочном завершении',
  title: EXTEND_TITLE,
  fields: changeFields<Extend, ExtendedEntry>('пары и группы, чьи программы продлеваются', [
    dateField('Продлена до', 'новая дата окончания программы', (e) => e.extendedUntil, 'digits'),
  ]),
  template: () =>
    orderDocument(
      EXTEND_TITLE,
      `В соответствии с ${REGULATION_REF}, по обоюдному согласию наставников и наставляемых`,
      [
        point(
          'Продлить сроки реализации персонализированных программ наставничества педагогических работников согласно приложению к настоящему приказу.',
        ),
        point(
          'Наставникам совместно с наставляемыми дополнить планы мероприятий персонализированных программ наставничества на период продления.',
        ),
        point(
          'Куратору реализации персонализированных программ наставничества {{Куратор.Фамилия и инициалы.дательный}} внести сведения о продлении программ в банк наставников и наставляемых.',
        ),
      ],
      annex(
        'Персонализированные программы наставничества, сроки реализации которых продлеваются',
        ['Срок реализации', 'Продлить до'],
        ['{{Срок}}', '{{Продлена до}}'],
        [12, 34, 38, 34, 30, 22],
      ),
    ),
};

const CHANGE_TITLE = 'О внесении изменений в персонализированные программы наставничества';

/** Об изменении: the plan, the form or the kind changes by mutual consent (seed 002 §7.2). */
export const CHANGE_PROGRAMMES: KindDefinition<Change> = {
  name: KIND_NAMES['change-programmes'],
  orderKind: 'о продлении, изменении, досрочном завершении',
  title: CHANGE_TITLE,
  fields: changeFields<Change, ChangedEntry>('пары и группы, чьи программы изменяются', [
    textField('Изменения', 'содержание изменений', (e) => e.change),
  ]),
  template: () =>
    orderDocument(
      CHANGE_TITLE,
      `В соответствии с ${REGULATION_REF}, по обоюдному согласию наставников и наставляемых`,
      [
        point(
          'Внести изменения в персонализированные программы наставничества педагогических работников согласно приложению к настоящему приказу.',
        ),
        point('Наставникам и наставляемым организовать дальнейшую работу с учётом внесённых изменений.'),
        point(
          'Куратору реализации персонализированных программ наставничества {{Куратор.Фамилия и инициалы.дательный}} внести сведения об изменениях в банк наставников и наставляемых.',
        ),
      ],
      annex(
        'Изменения, вносимые в персонализированные программы наставничества',
        ['Содержание изменений'],
        ['{{Изменения}}'],
        [12, 34, 38, 34, 52],
      ),
    ),
};

const END_TITLE = 'О досрочном завершении персонализированных программ наставничества';

/** О досрочном завершении: when and why per pair (seed 002 §7.1); the mentees get support and a new search. */
export const END_EARLY: KindDefinition<EndEarly> = {
  name: KIND_NAMES['end-early'],
  orderKind: 'о продлении, изменении, досрочном завершении',
  title: END_TITLE,
  fields: changeFields<EndEarly, EndedEntry>('пары и группы, чьи программы завершаются досрочно', [
    dateField('Дата завершения', 'дата досрочного завершения', (e) => e.endedOn, 'digits'),
    textField('Причина', 'причина досрочного завершения', (e) => e.reason),
  ]),
  template: () =>
    orderDocument(
      END_TITLE,
      `В соответствии с ${REGULATION_REF}, по основаниям, предусмотренным его разделом «Завершение персонализированной программы наставничества»`,
      [
        point(
          'Завершить досрочно реализацию персонализированных программ наставничества педагогических работников согласно приложению к настоящему приказу.',
        ),
        point(
          'Куратору реализации персонализированных программ наставничества {{Куратор.Фамилия и инициалы.дательный}} внести сведения о досрочном завершении программ в банк наставников и наставляемых, при необходимости организовать психолого-педагогическую поддержку наставляемых и подбор им наставников.',
        ),
      ],
      annex(
        'Персонализированные программы наставничества, завершаемые досрочно',
        ['Дата завершения', 'Причина'],
        ['{{Дата завершения}}', '{{Причина}}'],
        [12, 32, 34, 30, 24, 38],
      ),
    ),
};
