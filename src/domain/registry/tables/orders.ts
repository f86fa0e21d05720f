import { ORDER_KINDS, ORDER_STATUSES } from '../../vocabulary';
import type { TableSpec } from '../table-spec';
import { idColumn } from './person-columns';

/** «Приказы»: the order journal (number, date, kind, title, pairs concerned, document, status). */
export const ORDERS_TABLE: TableSpec = {
  key: 'orders',
  sheetName: 'Приказы',
  idPrefix: 'ПК',
  columns: [
    idColumn('ПК-0001'),
    {
      key: 'number',
      header: 'Номер',
      type: 'text',
      plainText: true,
      required: true,
      width: 80,
      note: 'Номер приказа, например 94/1 или 12-о',
    },
    { key: 'date', header: 'Дата', type: 'date', required: true, width: 100, note: 'Например: 31.08.2025' },
    { key: 'kind', header: 'Вид приказа', type: 'list', options: ORDER_KINDS, allowOther: true, width: 220 },
    {
      key: 'title',
      header: 'Заголовок',
      type: 'long-text',
      required: true,
      width: 280,
      note: 'Например: О закреплении наставнических пар',
    },
    {
      key: 'mentorshipIds',
      header: 'Пары и группы (ID)',
      type: 'refs',
      refTable: 'mentorships',
      width: 160,
      note: 'Каких пар и групп касается, через «; », например ПГ-0001; ПГ-0002',
    },
    { key: 'documentUrl', header: 'Документ', type: 'text', width: 160, note: 'Ссылка на документ приказа' },
    { key: 'status', header: 'Статус', type: 'list', options: ORDER_STATUSES, required: true, width: 100 },
  ],
};
