import { CONTEST_RESULTS, EVENT_LEVELS, TRAINING_KINDS } from '../entities/training';
import type { TableSpec } from '../table-spec';
import { idColumn } from './person-columns';

/**
 * «Обучение и награды наставников»: one row per course (КПК), установочная сессия, intensive, certificate,
 * contest or award of a mentor (seed 003 items 1.2, 3.2–3.5; seed 004 item 2.7). An order «о вынесении
 * благодарности» adds its rows when signed; the annual report counts the rows of its year.
 */
export const TRAINING_TABLE: TableSpec = {
  key: 'training',
  sheetName: 'Обучение и награды наставников',
  idPrefix: 'ОН',
  columns: [
    idColumn('ОН-0001'),
    {
      key: 'mentorId',
      header: 'Наставник (ID)',
      type: 'ref',
      refTable: 'mentors',
      required: true,
      width: 110,
      note: 'ID с листа «Наставники», например НК-0001',
    },
    {
      key: 'kind',
      header: 'Вид',
      type: 'list',
      options: TRAINING_KINDS,
      required: true,
      width: 220,
      note: 'Курсы, установочная сессия, интенсив, сертификат, конкурс или поощрение',
    },
    {
      key: 'title',
      header: 'Название',
      type: 'long-text',
      width: 260,
      note: 'Например: «Методологические аспекты наставничества» или «Педагогический дуэт»',
    },
    { key: 'organiser', header: 'Кто провёл / наградил', type: 'text', width: 180 },
    { key: 'level', header: 'Уровень', type: 'list', options: EVENT_LEVELS, width: 160 },
    {
      key: 'date',
      header: 'Дата',
      type: 'date',
      width: 100,
      note: 'Когда окончены курсы, подведены итоги конкурса, вручена награда, например 15.03.2026',
    },
    { key: 'hours', header: 'Часов', type: 'number', width: 70, note: 'Объём курсов: 16, 36, 72' },
    {
      key: 'result',
      header: 'Результат конкурса',
      type: 'list',
      options: CONTEST_RESULTS,
      width: 130,
      note: 'Только для конкурса; пусто — участие',
    },
    {
      key: 'document',
      header: 'Документ',
      type: 'text',
      width: 180,
      note: 'Например: удостоверение № 7723…, диплом, сертификат',
    },
    {
      key: 'orderId',
      header: 'Приказ (ID)',
      type: 'ref',
      refTable: 'orders',
      width: 100,
      note: 'ID с листа «Приказы», например ПК-0007: приказ о поощрении',
    },
    { key: 'link', header: 'Ссылка', type: 'text', width: 160, note: 'Ссылка на документ или материалы' },
    { key: 'note', header: 'Примечание', type: 'long-text', width: 180 },
  ],
};
