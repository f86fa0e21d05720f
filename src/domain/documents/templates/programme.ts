import { KIND_NAMES } from '../kind-names';
import { DIRECTIONS } from '../../vocabulary';
import type { PlanEntry, ProgrammeContext } from '../contexts';
import { dateField, type Fields, repeat, textField } from '../fields';
import { peopleFields, type PersonRef, personFields } from '../person-fields';
import type { KindDefinition } from '../kind-definition';
import { organisationFields } from '../order-fields';
import {
  approvalStamp,
  cell,
  centredTitle,
  paragraph,
  PAGE,
  strong,
  table,
  text,
  TEXT_WIDTH_MM,
  signatures,
} from '../layout';
import { digitsDate } from '../language';
import type { DocBlock, DocTable } from '../model';

type Programme = ProgrammeContext;

interface DirectionGroup {
  readonly direction: string;
  readonly events: readonly PlanEntry[];
}

/** The plan's events under their directions, in the order of the methodology's eight, then any other. */
function byDirection(events: readonly PlanEntry[]): DirectionGroup[] {
  const order = (d: string) => {
    const i = (DIRECTIONS as readonly string[]).indexOf(d);
    return i < 0 ? DIRECTIONS.length : i;
  };
  const names = [...new Set(events.map((e) => e.direction))].sort((a, b) => order(a) - order(b));
  return names.map((direction) => ({ direction, events: events.filter((e) => e.direction === direction) }));
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function doneMark(event: PlanEntry): string | undefined {
  if (!event.done) return undefined;
  return event.doneDate ? `выполнено ${digitsDate(event.doneDate)}` : 'выполнено';
}

const EVENT_FIELDS: Fields<PlanEntry> = {
  fields: [
    textField('Мероприятие', 'мероприятие', (e) => e.event),
    textField('Форма проведения', 'форма проведения', (e) => e.form, { optional: true }),
    dateField('Срок', 'срок цифрами', (e) => e.deadline, 'digits', { optional: true }),
    textField('Ожидаемый результат', 'ожидаемый результат', (e) => e.expectedResult, { optional: true }),
    textField('Форма отчётности', 'форма отчётности', (e) => e.reportingForm, { optional: true }),
    textField('Отметка о выполнении', '«выполнено 12.10.2025», если выполнено', doneMark, { optional: true }),
  ],
  repeats: [],
};

const note = (name: string, what: string, get: (p: Programme['programme']) => string | undefined) =>
  textField<Programme>(name, what, (c) => get(c.programme));

const PROGRAMME_FIELDS: Fields<Programme> = {
  fields: [
    ...organisationFields(),
    dateField(
      'Приказ об утверждении.Дата',
      'дата приказа, которым программа утверждена',
      (c) => c.approvalOrder?.date,
      'digits',
      {
        optional: true,
      },
    ),
    textField('Приказ об утверждении.Номер', 'номер этого приказа', (c) => c.approvalOrder?.number, {
      optional: true,
    }),
    ...personFields<Programme>('Куратор', 'куратор', (c) => c.curator),
    ...personFields<Programme>('Наставник', 'наставник', (c) => c.mentorship.mentor),
    ...peopleFields<Programme>('Наставляемые', 'наставляемые', (c) => c.mentorship.mentees),
    textField('Форма', 'форма наставничества', (c) => c.mentorship.form),
    textField('Виды', 'виды наставничества через запятую', (c) => c.mentorship.kinds.join(', ') || undefined),
    textField('Программа.Название', 'название программы, если есть', (c) => c.programme.title, {
      optional: true,
    }),
    note('Описание проблемы', 'описание проблемы (профессиональных затруднений)', (p) => p.problem),
    note('Цели', 'цели наставничества', (p) => p.goals),
    note('Задачи', 'задачи наставничества', (p) => p.tasks),
    note('Содержание деятельности', 'содержание деятельности наставника и наставляемого', (p) => p.content),
    note('Режим работы', 'режим работы: очный, онлайн, смешанный', (p) => p.mode),
    note('Расписание встреч', 'расписание встреч', (p) => p.schedule),
    note('Промежуточные результаты', 'промежуточные результаты', (p) => p.intermediateResults),
    note('Планируемые результаты', 'планируемые результаты', (p) => p.plannedResults),
    note('Условия', 'условия реализации программы', (p) => p.conditions),
    dateField('Начало', 'начало программы словами', (c) => c.programme.start, 'words'),
    dateField('Окончание', 'окончание программы словами', (c) => c.programme.end, 'words'),
    dateField(
      'Продлена до',
      'дата, до которой программа продлена',
      (c) => c.programme.extendedUntil,
      'words',
      {
        optional: true,
      },
    ),
  ],
  repeats: [
    repeat<Programme, DirectionGroup>(
      'Направления',
      'направления плана мероприятий',
      (c) => byDirection(c.events),
      {
        fields: [textField('Направление', 'направление', (g) => capitalised(g.direction))],
        repeats: [
          repeat('Мероприятия', 'мероприятия направления', (g: DirectionGroup) => g.events, EVENT_FIELDS),
        ],
      },
    ),
    repeat<Programme, PersonRef>('Наставляемые', 'подписи наставляемых', (c) => c.mentorship.mentees, {
      fields: personFields<PersonRef>('Наставляемый', 'наставляемый', (p) => p),
      repeats: [],
    }),
  ],
};

function section(title: string, body: string[]): DocBlock[] {
  return [paragraph([strong(title)], { align: 'justify', spaceBeforePt: 6 }), ...body.map((b) => text(b))];
}

/** The programme's card: a bordered two-column table, the name of each parameter in bold. */
function parameters(rows: readonly [string, string][]): DocTable {
  return {
    type: 'table',
    borders: true,
    columnWidthsMm: [60, TEXT_WIDTH_MM - 60],
    rows: rows.map(([name, value]) => ({ cells: [cell([strong(name)]), cell(value)] })),
  };
}

function planTable(): DocTable {
  const headers = [
    '№',
    'Мероприятие',
    'Форма проведения',
    'Срок',
    'Ожидаемый результат',
    'Форма отчётности',
    'Отметка о выполнении',
  ];
  const plan = table(headers, [], [12, 40, 24, 22, 30, 22, 20]);
  const direction = [
    cell('{{#Направления}}{{Номер}}.'),
    cell([strong('{{Направление}}')]),
    ...Array(5).fill(cell('')),
  ];
  const event = [
    '{{#Мероприятия}}{{Номер}}',
    '{{Мероприятие}}',
    '{{Форма проведения}}',
    '{{Срок}}',
    '{{Ожидаемый результат}}',
    '{{Форма отчётности}}',
    '{{Отметка о выполнении}}{{/Мероприятия}}{{/Направления}}',
  ].map((c) => cell(c));
  return { ...plan, rows: [...plan.rows, { cells: direction }, { cells: event }] };
}

const TERM = 'с {{Начало}} по {{Окончание}}{{#если Продлена до}}, продлена до {{Продлена до}}{{/если}}';

/** The personalised programme as seed 002's template has it: the explanatory note's sections, the plan by direction. */
export const PROGRAMME: KindDefinition<Programme> = {
  name: KIND_NAMES['programme'],
  title: 'Персонализированная программа наставничества педагогических работников',
  fields: PROGRAMME_FIELDS,
  template: () => ({
    page: PAGE,
    blocks: [
      ...approvalStamp('УТВЕРЖДЕНА', 'Приказ об утверждении.Дата', 'Приказ об утверждении.Номер'),
      paragraph('{{Организация.Полное наименование}}', { align: 'center', spaceAfterPt: 12 }),
      centredTitle('ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА ПЕДАГОГИЧЕСКИХ РАБОТНИКОВ'),
      paragraph('{{#если Программа.Название}}«{{Программа.Название}}»{{/если}}', {
        align: 'center',
        spaceAfterPt: 12,
      }),
      parameters([
        ['Наставник', '{{Наставник.ФИО}}, {{Наставник.Должность}}'],
        ['Наставляемый (наставляемые)', '{{Наставляемые.ФИО и должность}}'],
        ['Форма наставничества', '{{Форма}}'],
        ['Вид наставничества', '{{Виды}}'],
        ['Срок реализации', TERM],
        ['Режим работы', '{{Режим работы}}'],
      ]),
      paragraph([strong('1. Пояснительная записка')], { align: 'center', spaceBeforePt: 12 }),
      ...section('1.1. Описание проблемы', ['{{Описание проблемы}}']),
      ...section('1.2. Цели и задачи наставничества', ['Цели:', '{{Цели}}', 'Задачи:', '{{Задачи}}']),
      ...section('1.3. Содержание деятельности наставника и наставляемого', ['{{Содержание деятельности}}']),
      ...section('1.4. Сроки реализации программы', [`Программа реализуется ${TERM}.`]),
      ...section('1.5. Промежуточные и планируемые результаты', [
        'Промежуточные результаты:',
        '{{Промежуточные результаты}}',
        'Планируемые результаты:',
        '{{Планируемые результаты}}',
      ]),
      ...section('1.6. Расписание встреч и режим работы', [
        '{{Расписание встреч}}',
        'Режим работы: {{Режим работы}}.',
      ]),
      ...section('1.7. Условия реализации программы', ['{{Условия}}']),
      paragraph([strong('2. План мероприятий')], { align: 'center', spaceBeforePt: 12, spaceAfterPt: 6 }),
      planTable(),
      paragraph('', { spaceBeforePt: 12 }),
      signatures([
        ['Наставник', '{{Наставник.Инициалы и фамилия}}'],
        ['{{#Наставляемые}}Наставляемый', '{{Наставляемый.Инициалы и фамилия}}{{/Наставляемые}}'],
        ['Куратор', '{{Куратор.Инициалы и фамилия}}'],
      ]),
    ],
  }),
};
