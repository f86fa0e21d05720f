import { QUALIFICATION_CATEGORIES } from '../../vocabulary';
import type { ColumnSpec } from '../table-spec';

/**
 * The longest part of a name: real Russian surnames, double-barrelled ones included, stay well under it; more is a
 * paste of something else (the whole name, a note).
 */
export const NAME_PART_LIMIT = 60;

/** The longest short text of a single line: a position, a subject, a form of mentoring or of an event. */
export const SHORT_TEXT_LIMIT = 200;

/** Columns both banks share: who the person is, how to reach them, where and how long they work. */
export const PERSON_COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'surname',
    header: 'Фамилия',
    type: 'text',
    required: true,
    maxLength: NAME_PART_LIMIT,
    width: 140,
    note: 'Например: Иванова',
  },
  {
    key: 'firstName',
    header: 'Имя',
    type: 'text',
    required: true,
    maxLength: NAME_PART_LIMIT,
    width: 120,
    note: 'Например: Мария',
  },
  {
    key: 'patronymic',
    header: 'Отчество',
    type: 'text',
    maxLength: NAME_PART_LIMIT,
    width: 140,
    note: 'Например: Петровна. Оставьте пустым, если отчества нет',
  },
  {
    key: 'email',
    header: 'Эл. почта',
    type: 'email',
    maxLength: 254, // the longest address mail delivers (RFC 5321)
    width: 180,
    note: 'Например: ivanova@example.ru',
  },
  { key: 'phone', header: 'Телефон', type: 'phone', width: 140, note: 'Например: +7 900 123-45-67' },
  {
    key: 'position',
    header: 'Должность',
    type: 'text',
    required: true,
    maxLength: SHORT_TEXT_LIMIT,
    width: 160,
    note: 'Например: воспитатель, музыкальный руководитель, учитель-логопед',
  },
  {
    key: 'specialisation',
    header: 'Предмет / специализация',
    type: 'text',
    maxLength: SHORT_TEXT_LIMIT,
    width: 160,
    note: 'Например: ранний возраст, логопедия, ИЗО',
  },
  {
    key: 'workplace',
    header: 'Место работы',
    type: 'text',
    maxLength: 300, // an organisation's full name, as in its charter

    width: 160,
    note: 'Если не в нашей организации: название организации',
  },
  {
    key: 'experienceYears',
    header: 'Стаж (лет)',
    type: 'number',
    width: 90,
    note: 'Педагогический стаж в годах, например 12 или 0,5',
  },
  {
    key: 'qualification',
    header: 'Квалификационная категория',
    type: 'list',
    options: QUALIFICATION_CATEGORIES,
    width: 170,
    note: 'Выберите из списка',
  },
];

/** Columns that close every bank: since when, whether active, consent to personal-data processing (152-ФЗ). */
export const BANK_TAIL_COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'enteredOn',
    header: 'Дата включения в банк',
    type: 'date',
    width: 110,
    note: 'Например: 01.09.2025',
  },
  {
    key: 'active',
    header: 'Активен в банке',
    type: 'boolean',
    width: 90,
    note: 'Отметьте, пока человек участвует в наставничестве; снимите, если выбыл (запись сохраняется). Без отметки человек не предлагается при подборе пар',
  },
  {
    key: 'consent',
    header: 'Согласие на обработку ПДн',
    type: 'boolean',
    width: 110,
    note: 'Отметьте, когда получено письменное согласие на обработку персональных данных. Без него человека нельзя включить в пару или документ',
  },
  {
    key: 'consentDate',
    header: 'Дата согласия',
    type: 'date',
    width: 110,
    note: 'Дата подписи согласия, например 01.09.2025',
  },
  { key: 'note', header: 'Примечание', type: 'long-text', width: 200 },
];

/** The ID column every table with IDs starts with; the add-on fills it, a person never types it. */
export function idColumn(example: string): ColumnSpec {
  return {
    key: 'id',
    header: 'ID',
    type: 'id',
    width: 80,
    note: `Заполняется автоматически (например ${example}). Не меняйте и не копируйте: по нему строку находят другие листы`,
  };
}

/**
 * A column of names the add-on derives from the banks and keeps current (issue 11): shown beside the IDs so a
 * curator sees who is who; `source` says from which IDs.
 */
export function namesColumn(key: string, header: string, source: string, width: number): ColumnSpec {
  return {
    key,
    header,
    type: 'text',
    derived: true,
    width,
    note:
      `Заполняется автоматически по ${source} и листам банков: дополнение пишет ФИО при сохранении и обновляет ` +
      'при «Проверить данные». Правка здесь не сохраняется — ФИО меняют на листах «Наставники» и «Наставляемые»',
  };
}
