import { DIRECTIONS, TIME_RESOURCES } from '../../vocabulary';
import type { TableSpec } from '../table-spec';
import { BANK_TAIL_COLUMNS, PERSON_COLUMNS, idColumn } from './person-columns';

/** «Наставники»: the mentor bank (methodology, "Banks"). */
export const MENTORS_TABLE: TableSpec = {
  key: 'mentors',
  sheetName: 'Наставники',
  idPrefix: 'НК',
  columns: [
    idColumn('НК-0001'),
    ...PERSON_COLUMNS,
    {
      key: 'competencies',
      header: 'Компетенции (направления)',
      type: 'multi-list',
      options: DIRECTIONS,
      width: 220,
      note: 'В чём наставник силён: одно или несколько направлений через «; »',
    },
    { key: 'competenciesText', header: 'Компетенции (подробно)', type: 'long-text', width: 220 },
    {
      key: 'achievements',
      header: 'Достижения',
      type: 'long-text',
      width: 200,
      note: 'Значимые для наставничества: конкурсы, публикации, проекты',
    },
    { key: 'interests', header: 'Интересы', type: 'long-text', width: 160 },
    {
      key: 'desiredMentees',
      header: 'Кого готов наставлять',
      type: 'long-text',
      width: 180,
      note: 'Например: молодых воспитателей групп раннего возраста',
    },
    {
      key: 'timeResource',
      header: 'Время на наставничество',
      type: 'list',
      options: TIME_RESOURCES,
      width: 150,
    },
    {
      key: 'capacity',
      header: 'Наставляемых одновременно (не более)',
      type: 'integer',
      width: 110,
      note: 'Сколько наставляемых наставник может вести сразу, обычно от 1 до 3. Если пусто, считается 3',
    },
    {
      key: 'menteeId',
      header: 'Также наставляемый (ID)',
      type: 'ref',
      refTable: 'mentees',
      width: 110,
      note: 'Если этот же человек есть на листе «Наставляемые» (реверсивное наставничество или бывший наставляемый), укажите его ID там, например НЯ-0003',
    },
    ...BANK_TAIL_COLUMNS,
  ],
};
