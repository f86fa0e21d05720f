import { PROGRAMME_MODES } from '../../vocabulary';
import type { TableSpec } from '../table-spec';
import { idColumn, namesColumn } from './person-columns';

/** «Программы»: personalised programmes (seed 002, programme template: the explanatory note). */
export const PROGRAMMES_TABLE: TableSpec = {
  key: 'programmes',
  sheetName: 'Программы',
  idPrefix: 'ПР',
  columns: [
    idColumn('ПР-0001'),
    {
      key: 'mentorshipId',
      header: 'Пара/группа (ID)',
      type: 'ref',
      refTable: 'mentorships',
      required: true,
      width: 110,
      note: 'ID с листа «Пары и группы», например ПГ-0001',
    },
    namesColumn('participants', 'Пара/группа (ФИО)', 'столбцу «Пара/группа (ID)»', 260),
    { key: 'title', header: 'Название', type: 'text', width: 220 },
    { key: 'problem', header: 'Описание проблемы', type: 'long-text', width: 240 },
    { key: 'goals', header: 'Цели', type: 'long-text', width: 200 },
    { key: 'tasks', header: 'Задачи', type: 'long-text', width: 200 },
    { key: 'content', header: 'Содержание деятельности', type: 'long-text', width: 240 },
    { key: 'mode', header: 'Режим работы', type: 'list', options: PROGRAMME_MODES, width: 110 },
    {
      key: 'schedule',
      header: 'Расписание встреч',
      type: 'long-text',
      width: 180,
      note: 'Например: по вторникам, 15:00',
    },
    { key: 'intermediateResults', header: 'Промежуточные результаты', type: 'long-text', width: 200 },
    { key: 'plannedResults', header: 'Планируемые результаты', type: 'long-text', width: 200 },
    { key: 'conditions', header: 'Условия', type: 'long-text', width: 160 },
    {
      key: 'startDate',
      header: 'Начало',
      type: 'date',
      required: true,
      width: 100,
      note: 'Программа длится от 3 месяцев до 1 года. Например: 01.09.2025',
    },
    {
      key: 'endDate',
      header: 'Окончание',
      type: 'date',
      required: true,
      width: 100,
      note: 'Например: 31.05.2026',
    },
    {
      key: 'extendedUntil',
      header: 'Продлена до',
      type: 'date',
      width: 100,
      note: 'Если программа продлена по обоюдному согласию: новая дата окончания',
    },
    { key: 'orderId', header: 'Приказ об утверждении (ID)', type: 'ref', refTable: 'orders', width: 110 },
    {
      key: 'documentUrl',
      header: 'Документ',
      type: 'text',
      width: 160,
      note: 'Ссылка на документ программы',
    },
    {
      key: 'agreementUrl',
      header: 'Соглашение',
      type: 'text',
      width: 160,
      note: 'Ссылка на соглашение участников программы (наставника, наставляемых и организации)',
    },
  ],
};
