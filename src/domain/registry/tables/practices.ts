import type { TableSpec } from '../table-spec';
import { idColumn } from './person-columns';

/** «Лучшие практики»: the bank of successful cases (seed 000, stage 6.4). */
export const PRACTICES_TABLE: TableSpec = {
  key: 'practices',
  sheetName: 'Лучшие практики',
  idPrefix: 'ЛП',
  columns: [
    idColumn('ЛП-0001'),
    { key: 'title', header: 'Название практики', type: 'text', required: true, width: 240 },
    { key: 'mentorshipId', header: 'Пара/группа (ID)', type: 'ref', refTable: 'mentorships', width: 110 },
    { key: 'programmeId', header: 'Программа (ID)', type: 'ref', refTable: 'programmes', width: 110 },
    { key: 'description', header: 'Описание', type: 'long-text', width: 300 },
    { key: 'results', header: 'Результаты', type: 'long-text', width: 220 },
    { key: 'date', header: 'Дата', type: 'date', width: 100 },
    { key: 'link', header: 'Материалы', type: 'text', width: 180, note: 'Ссылка на материалы практики' },
    { key: 'published', header: 'Опубликовано на сайте', type: 'boolean', width: 100 },
  ],
};
