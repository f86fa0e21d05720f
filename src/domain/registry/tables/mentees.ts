import { DIRECTIONS, MENTEE_CATEGORIES } from '../../vocabulary';
import type { TableSpec } from '../table-spec';
import { BANK_TAIL_COLUMNS, PERSON_COLUMNS, idColumn } from './person-columns';

/** «Наставляемые»: the mentee bank (methodology, "Banks"). */
export const MENTEES_TABLE: TableSpec = {
  key: 'mentees',
  sheetName: 'Наставляемые',
  idPrefix: 'НЯ',
  columns: [
    idColumn('НЯ-0001'),
    ...PERSON_COLUMNS,
    {
      key: 'menteeCategory',
      header: 'Категория наставляемого',
      type: 'list',
      options: MENTEE_CATEGORIES,
      required: true,
      width: 170,
      note: 'Выберите из списка',
    },
    {
      key: 'requests',
      header: 'Запросы (направления)',
      type: 'multi-list',
      options: DIRECTIONS,
      width: 220,
      note: 'С чем нужна помощь: одно или несколько направлений через «; »',
    },
    {
      key: 'difficulties',
      header: 'Профессиональные затруднения',
      type: 'long-text',
      width: 240,
      note: 'Своими словами: что именно вызывает затруднения',
    },
    ...BANK_TAIL_COLUMNS,
  ],
};
