import { DIRECTIONS } from '../../vocabulary';
import type { TableSpec } from '../table-spec';
import { idColumn, namesColumn, SHORT_TEXT_LIMIT } from './person-columns';

/** «План мероприятий»: the events of each programme, grouped by direction (seed 002, programme template). */
export const PLAN_EVENTS_TABLE: TableSpec = {
  key: 'plan-events',
  sheetName: 'План мероприятий',
  idPrefix: 'МП',
  columns: [
    idColumn('МП-0001'),
    {
      key: 'programmeId',
      header: 'Программа (ID)',
      type: 'ref',
      refTable: 'programmes',
      required: true,
      width: 100,
      note: 'ID с листа «Программы», например ПР-0001',
    },
    namesColumn('participants', 'Пара/группа (ФИО)', 'программе из столбца «Программа (ID)»', 260),
    {
      key: 'position',
      header: '№ п/п',
      type: 'integer',
      width: 60,
      note: 'Порядок мероприятия в плане: 1, 2, 3…',
    },
    {
      key: 'direction',
      header: 'Направление',
      type: 'list',
      options: DIRECTIONS,
      required: true,
      width: 200,
    },
    { key: 'event', header: 'Мероприятие', type: 'long-text', required: true, width: 260 },
    {
      key: 'form',
      header: 'Форма проведения',
      type: 'text',
      maxLength: SHORT_TEXT_LIMIT,
      width: 150,
      note: 'Например: консультация, открытый показ, семинар',
    },
    { key: 'deadline', header: 'Срок', type: 'date', width: 100, note: 'Например: 15.10.2025' },
    { key: 'expectedResult', header: 'Ожидаемый результат', type: 'long-text', width: 200 },
    {
      key: 'reportingForm',
      header: 'Форма отчётности',
      type: 'text',
      maxLength: SHORT_TEXT_LIMIT,
      width: 150,
      note: 'Например: конспект, анализ занятия',
    },
    { key: 'done', header: 'Выполнено', type: 'boolean', width: 90 },
    { key: 'doneDate', header: 'Дата выполнения', type: 'date', width: 100 },
  ],
};
