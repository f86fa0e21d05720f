import type { TableSpec } from '../table-spec';
import { idColumn } from './person-columns';

/** «Журнал»: who did what, when, through the add-on; append-only (only anonymisation edits old rows). */
export const JOURNAL_TABLE: TableSpec = {
  key: 'journal',
  sheetName: 'Журнал',
  idPrefix: 'ЖР',
  columns: [
    idColumn('ЖР-0001'),
    { key: 'at', header: 'Когда', type: 'datetime', required: true, width: 140 },
    {
      key: 'who',
      header: 'Кто',
      type: 'text',
      width: 180,
      note: 'Эл. почта пользователя; пусто, если Google её не сообщил',
    },
    { key: 'action', header: 'Действие', type: 'text', required: true, width: 220 },
    // IDs of several tables at once (ПГ-0001; НК-0002), so text rather than `refs` of one table.
    { key: 'ids', header: 'Затронутые ID', type: 'text', width: 160 },
    { key: 'details', header: 'Подробности', type: 'long-text', width: 300 },
  ],
};
