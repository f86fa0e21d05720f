import { ROADMAP_STATUSES } from '../../vocabulary';
import type { TableSpec } from '../table-spec';
import { idColumn } from './person-columns';

/** «Дорожная карта»: the plan of the year, pre-filled from the model roadmap (seed 002, months from seed 000). */
export const ROADMAP_TABLE: TableSpec = {
  key: 'roadmap',
  sheetName: 'Дорожная карта',
  idPrefix: 'ДК',
  columns: [
    idColumn('ДК-0001'),
    {
      key: 'number',
      header: '№',
      type: 'text',
      plainText: true,
      width: 50,
      note: 'Например: 2.1 (этап 2, пункт 1)',
    },
    { key: 'stage', header: 'Этап', type: 'text', required: true, width: 200 },
    { key: 'content', header: 'Содержание деятельности', type: 'long-text', required: true, width: 320 },
    {
      key: 'months',
      header: 'Сроки',
      type: 'text',
      width: 110,
      note: 'Как в плане: «сентябрь», «в течение года»',
    },
    {
      key: 'deadline',
      header: 'Срок (дата)',
      type: 'date',
      width: 100,
      note: 'Последний день срока, например 30.09.2025',
    },
    { key: 'responsible', header: 'Ответственный', type: 'text', width: 150 },
    { key: 'expectedResult', header: 'Ожидаемый результат', type: 'long-text', width: 200 },
    { key: 'status', header: 'Статус', type: 'list', options: ROADMAP_STATUSES, required: true, width: 110 },
    { key: 'doneDate', header: 'Дата выполнения', type: 'date', width: 100 },
    { key: 'note', header: 'Примечание', type: 'long-text', width: 180 },
  ],
};
