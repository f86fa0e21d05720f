import { KIND_NAMES } from '../kind-names';
import type { OrderContexts, RoadmapEntry } from '../contexts';
import { type Fields, repeat, textField } from '../fields';
import type { KindDefinition } from '../kind-definition';
import {
  annexStart,
  cell,
  centredTitle,
  dash,
  FEDERAL_BASIS,
  point,
  REGULATION_REF,
  strong,
} from '../layout';
import type { DocTable } from '../model';
import { acquaintedRepeat, headerFields } from '../order-fields';
import { orderDocument } from './order';

type Regulation = OrderContexts['approve-regulation'];
type Curator = OrderContexts['appoint-curator'];

/** The roadmap's items under their stages, in the order the sheet lists them. */
function stages(roadmap: readonly RoadmapEntry[]): { stage: string; items: RoadmapEntry[] }[] {
  const out: { stage: string; items: RoadmapEntry[] }[] = [];
  for (const item of roadmap) {
    const last = out[out.length - 1];
    if (last && last.stage === item.stage) last.items.push(item);
    else out.push({ stage: item.stage, items: [item] });
  }
  return out;
}

const ROADMAP_ITEM: Fields<RoadmapEntry> = {
  fields: [
    textField('Пункт', 'номер пункта дорожной карты («2.1»)', (i) => i.number, { optional: true }),
    textField('Содержание', 'содержание деятельности', (i) => i.content),
    textField('Сроки', 'сроки («сентябрь»)', (i) => i.months, { optional: true }),
    textField('Ответственный', 'ответственный', (i) => i.responsible, { optional: true }),
    textField('Ожидаемый результат', 'ожидаемый результат', (i) => i.expectedResult, { optional: true }),
  ],
  repeats: [],
};

const REGULATION_FIELDS: Fields<Regulation> = {
  fields: headerFields<Regulation>(),
  repeats: [
    repeat<Regulation, { stage: string; items: RoadmapEntry[] }>(
      'Этапы',
      'этапы дорожной карты',
      (c) => stages(c.roadmap),
      {
        // The sheet writes «1. Подготовка условий…»; the table numbers the stage in a column of its own.
        fields: [textField('Этап', 'наименование этапа', (s) => s.stage.replace(/^\s*\d+\.\s*/, ''))],
        repeats: [repeat('Пункты', 'пункты этапа', (s: { items: RoadmapEntry[] }) => s.items, ROADMAP_ITEM)],
      },
    ),
    acquaintedRepeat<Regulation>((c) => [c.curator]),
  ],
};

function roadmapTable(): DocTable {
  const widths = [14, 66, 26, 28, 36];
  const header = ['№', 'Содержание деятельности', 'Сроки', 'Ответственный', 'Ожидаемый результат'].map((h) =>
    cell([strong(h)], { align: 'center' }),
  );
  const stageRow = [cell('{{#Этапы}}{{Номер}}.'), cell([strong('{{Этап}}')]), cell(''), cell(''), cell('')];
  const itemRow = [
    cell('{{#Пункты}}{{Пункт}}'),
    cell('{{Содержание}}'),
    cell('{{Сроки}}'),
    cell('{{Ответственный}}'),
    cell('{{Ожидаемый результат}}{{/Пункты}}{{/Этапы}}'),
  ];
  return {
    type: 'table',
    borders: true,
    columnWidthsMm: widths,
    rows: [header, stageRow, itemRow].map((cells) => ({ cells })),
  };
}

const REGULATION_TITLE =
  'Об утверждении Положения о системе (целевой модели) наставничества педагогических работников и дорожной карты по его реализации';

/** Об утверждении Положения и дорожной карты: the roadmap of the year as annex 2 (the Положение is annex 1). */
export const APPROVE_REGULATION: KindDefinition<Regulation> = {
  name: KIND_NAMES['approve-regulation'],
  orderKind: 'об утверждении Положения и дорожной карты',
  title: REGULATION_TITLE,
  fields: REGULATION_FIELDS,
  template: () =>
    orderDocument(
      REGULATION_TITLE,
      `${FEDERAL_BASIS}, в целях создания условий для профессионального роста педагогических работников, их адаптации и закрепления в профессии`,
      [
        point(
          'Утвердить Положение о системе (целевой модели) наставничества педагогических работников (приложение 1).',
        ),
        point(
          'Утвердить дорожную карту (план мероприятий) по реализации Положения о системе (целевой модели) наставничества педагогических работников на {{Учебный год}} учебный год (приложение 2).',
        ),
        point(
          'Поручить {{Куратор.Должность.дательный}} {{Куратор.ФИО.дательный}} ознакомить педагогических работников с Положением и дорожной картой под подпись и в течение десяти рабочих дней со дня подписания настоящего приказа разместить их на официальном сайте в разделе «Наставничество».',
        ),
      ],
      [
        ...annexStart('2'),
        centredTitle(
          'Дорожная карта (план мероприятий) по реализации Положения о системе (целевой модели) наставничества педагогических работников на {{Учебный год}} учебный год',
        ),
        roadmapTable(),
      ],
    ),
};

const CURATOR_TITLE =
  'О назначении куратора реализации персонализированных программ наставничества педагогических работников';

/** О назначении куратора: who, for which year, and what the curator answers for (seed 002 §3.3). */
export const APPOINT_CURATOR: KindDefinition<Curator> = {
  name: KIND_NAMES['appoint-curator'],
  orderKind: 'о назначении куратора',
  title: CURATOR_TITLE,
  fields: { fields: headerFields<Curator>(), repeats: [acquaintedRepeat<Curator>((c) => [c.curator])] },
  template: () =>
    orderDocument(
      CURATOR_TITLE,
      `${FEDERAL_BASIS}, ${REGULATION_REF}, в целях организационно-методического сопровождения системы (целевой модели) наставничества педагогических работников`,
      [
        point(
          'Назначить {{Куратор.Должность.винительный}} {{Куратор.ФИО.винительный}} куратором реализации персонализированных программ наставничества педагогических работников на {{Учебный год}} учебный год.',
        ),
        point(
          'Куратору реализации персонализированных программ наставничества {{Куратор.Фамилия и инициалы.дательный}} обеспечить:',
        ),
        dash('ведение банков (персонифицированного учёта) наставников и наставляемых;'),
        dash('формирование наставнических пар (групп) и подготовку проектов приказов об их закреплении;'),
        dash(
          'методическое сопровождение разработки и реализации персонализированных программ наставничества;',
        ),
        dash(
          'мониторинг реализации персонализированных программ наставничества и подготовку итогового аналитического отчёта о реализации системы (целевой модели) наставничества.',
        ),
      ],
    ),
};
