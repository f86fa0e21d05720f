import { KIND_NAMES } from '../kind-names';
import type { MentorshipEntry, OrderContexts } from '../contexts';
import { dateField, type Fields, repeat } from '../fields';
import type { KindDefinition } from '../kind-definition';
import { annexStart, centredTitle, point, REGULATION_REF, table } from '../layout';
import { acquaintedRepeat, headerFields, mentorshipFields, participants } from '../order-fields';
import { orderDocument } from './order';

type Assign = OrderContexts['assign-mentorships'];
type Approve = OrderContexts['approve-programmes'];

const MENTOR = '{{Наставник.ФИО}}, {{Наставник.Должность}}';
const MENTEES = '{{Наставляемые.ФИО и должность}}';

const ASSIGN_TITLE = 'О закреплении наставнических пар (групп) педагогических работников';

const ASSIGN_FIELDS: Fields<Assign> = {
  fields: [
    ...headerFields<Assign>(),
    dateField(
      'Срок представления программ',
      'до какого дня наставники представляют программы куратору',
      (c) => c.programmesDue,
      'words',
      { optional: true },
    ),
  ],
  repeats: [
    repeat<Assign, MentorshipEntry>('Пары', 'закрепляемые пары и группы', (c) => c.mentorships, {
      fields: mentorshipFields(),
      repeats: [],
    }),
    acquaintedRepeat<Assign>((c) => [c.curator, ...participants(c.mentorships)]),
  ],
};

/** О закреплении наставнических пар/групп: one order, an annex row per pair or group. */
export const ASSIGN_MENTORSHIPS: KindDefinition<Assign> = {
  name: KIND_NAMES['assign-mentorships'],
  orderKind: 'о закреплении наставнических пар/групп',
  title: ASSIGN_TITLE,
  fields: ASSIGN_FIELDS,
  template: () =>
    orderDocument(
      ASSIGN_TITLE,
      `В соответствии с ${REGULATION_REF}, на основании добровольного согласия наставников и наставляемых, в целях профессиональной и должностной адаптации педагогических работников и развития их профессиональных компетенций`,
      [
        point(
          'Закрепить наставников за наставляемыми педагогическими работниками и утвердить состав наставнических пар (групп) на {{Учебный год}} учебный год согласно приложению к настоящему приказу.',
        ),
        point(
          'Наставникам совместно с наставляемыми разработать персонализированные программы наставничества{{#если Срок представления программ}} и представить их куратору в срок до {{Срок представления программ}}{{/если}}.',
        ),
        point(
          'Куратору реализации персонализированных программ наставничества {{Куратор.Фамилия и инициалы.дательный}} внести сведения о наставнических парах (группах) в банк наставников и наставляемых и обеспечить методическое сопровождение их работы.',
        ),
      ],
      [
        ...annexStart(),
        centredTitle(
          'Состав наставнических пар (групп) педагогических работников на {{Учебный год}} учебный год',
        ),
        table(
          [
            '№ п/п',
            'Наставник (ФИО, должность)',
            'Наставляемый (наставляемые) (ФИО, должность)',
            'Форма наставничества',
            'Вид наставничества',
            'Срок реализации программы',
          ],
          [['{{#Пары}}{{Номер}}', MENTOR, MENTEES, '{{Форма}}', '{{Виды}}', '{{Срок}}{{/Пары}}']],
          [12, 36, 40, 26, 28, 28],
        ),
      ],
    ),
};

const APPROVE_TITLE = 'Об утверждении персонализированных программ наставничества педагогических работников';

const APPROVE_FIELDS: Fields<Approve> = {
  fields: headerFields<Approve>(),
  repeats: [
    repeat<Approve, MentorshipEntry>(
      'Программы',
      'утверждаемые программы (по парам и группам)',
      (c) => c.mentorships,
      {
        fields: mentorshipFields(true),
        repeats: [],
      },
    ),
    acquaintedRepeat<Approve>((c) => [c.curator, ...participants(c.mentorships)]),
  ],
};

/** Об утверждении персонализированных программ: the list of programmes as the annex. */
export const APPROVE_PROGRAMMES: KindDefinition<Approve> = {
  name: KIND_NAMES['approve-programmes'],
  orderKind: 'об утверждении персонализированных программ',
  title: APPROVE_TITLE,
  fields: APPROVE_FIELDS,
  template: () =>
    orderDocument(
      APPROVE_TITLE,
      `В соответствии с ${REGULATION_REF}, по представлению куратора реализации персонализированных программ наставничества`,
      [
        point(
          'Утвердить персонализированные программы наставничества педагогических работников согласно перечню (приложение).',
        ),
        point(
          'Наставникам и наставляемым обеспечить выполнение планов мероприятий персонализированных программ наставничества в установленные сроки.',
        ),
        point(
          'Куратору реализации персонализированных программ наставничества {{Куратор.Фамилия и инициалы.дательный}} осуществлять мониторинг реализации программ и вносить сведения о ходе их реализации в банк наставников и наставляемых.',
        ),
      ],
      [
        ...annexStart(),
        centredTitle('Перечень персонализированных программ наставничества педагогических работников'),
        table(
          [
            '№ п/п',
            'Персонализированная программа наставничества',
            'Наставник',
            'Наставляемый (наставляемые)',
            'Срок реализации',
          ],
          [['{{#Программы}}{{Номер}}', '{{Программа}}', MENTOR, MENTEES, '{{Срок}}{{/Программы}}']],
          [12, 46, 38, 44, 30],
        ),
      ],
    ),
};
