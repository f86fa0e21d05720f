import { CRITERIA } from '../../matching/types';
import { CRITERION_LABELS, DEFAULT_MATCH_WEIGHTS, type MatchWeights } from '../../matching/weights';
import type { TableSpec } from '../table-spec';

/**
 * «Настройки»: a key–value sheet, one row per entry of `SETTINGS_ROWS`. A person reads the Russian «Параметр» and
 * fills «Значение»; the add-on finds a row by its key, in the first column, which setup writes and hides (a
 * workbook set up before it was hidden gets it hidden by the next setup).
 */
export const SETTINGS_TABLE: TableSpec = {
  key: 'settings',
  sheetName: 'Настройки',
  columns: [
    {
      key: 'key',
      header: 'Ключ',
      type: 'text',
      required: true,
      hidden: true,
      width: 160,
      note: 'Служебный столбец: по нему дополнение находит строку. Не меняйте и не удаляйте',
    },
    { key: 'parameter', header: 'Параметр', type: 'text', width: 260 },
    { key: 'value', header: 'Значение', type: 'text', width: 320, note: 'Заполните значения этого столбца' },
    { key: 'note', header: 'Пояснение', type: 'long-text', width: 320 },
  ],
};

/** The type of one setting's value; parsed with the same rules as a column of that type. */
export type SettingType = 'text' | 'date' | 'integer' | 'number' | 'boolean';

/** One fixed row of «Настройки». */
export interface SettingRow {
  readonly key: string;
  readonly parameter: string;
  readonly type: SettingType;
  readonly note: string;
  readonly required?: boolean;
  /** What setup writes into «Значение» when it adds the row; absent: left empty. */
  readonly defaultValue?: string;
}

/** The «Настройки» key of each matching weight (src/domain/matching/weights.ts); a blank value means the default. */
export const MATCH_WEIGHT_KEYS: Readonly<Record<keyof MatchWeights, string>> = {
  requests: 'matchWeightRequests',
  position: 'matchWeightPosition',
  subject: 'matchWeightSubject',
  experience: 'matchWeightExperience',
  category: 'matchWeightCategory',
  interests: 'matchWeightInterests',
  timeResource: 'matchWeightTime',
  capacity: 'matchWeightCapacity',
  experienceGapYears: 'matchExperienceGapYears',
};

/** Rows of the matching weights: how much each criterion counts when a mentor is suggested. */
const MATCH_WEIGHT_ROWS: readonly SettingRow[] = [
  ...CRITERIA.map((c): SettingRow => ({
    key: MATCH_WEIGHT_KEYS[c],
    parameter: `Подбор: вес «${CRITERION_LABELS[c]}»`,
    type: 'number',
    note: `Число от 0 до 100, по умолчанию ${DEFAULT_MATCH_WEIGHTS[c]}. Чем больше вес, тем важнее этот критерий при подборе наставника. Пусто — по умолчанию`,
    defaultValue: String(DEFAULT_MATCH_WEIGHTS[c]),
  })),
  {
    key: MATCH_WEIGHT_KEYS.experienceGapYears,
    parameter: 'Подбор: разница в стаже для полного балла (лет)',
    type: 'integer',
    note: `На сколько лет стаж наставника должен быть больше, чтобы получить весь балл за стаж: от 1 до 40, по умолчанию ${DEFAULT_MATCH_WEIGHTS.experienceGapYears}`,
    defaultValue: String(DEFAULT_MATCH_WEIGHTS.experienceGapYears),
  },
];

/**
 * The fixed list of settings, in sheet order; setup writes these rows, `parseSettings` reads them. Only what the
 * add-on or the curator's registry uses today: a feature that lands appends its rows, and setup adds them to
 * every workbook (rows it no longer lists stay as the curator's own, ignored).
 */
export const SETTINGS_ROWS: readonly SettingRow[] = [
  {
    key: 'orgFullName',
    parameter: 'Полное наименование организации',
    type: 'text',
    required: true,
    note: 'Полностью, как в уставе',
  },
  {
    key: 'orgShortName',
    parameter: 'Краткое наименование организации',
    type: 'text',
    required: true,
    note: 'Например: ГБДОУ детский сад № 64',
  },
  { key: 'city', parameter: 'Место издания приказов', type: 'text', note: 'Например: Санкт-Петербург' },
  {
    key: 'headName',
    parameter: 'Руководитель: ФИО',
    type: 'text',
    required: true,
    note: 'Полностью, например: Тимофеева Елена Викторовна',
  },
  {
    key: 'headPosition',
    parameter: 'Руководитель: должность',
    type: 'text',
    required: true,
    note: 'Например: заведующий',
  },
  {
    key: 'curatorName',
    parameter: 'Куратор: ФИО',
    type: 'text',
    required: true,
    note: 'Полностью, например: Петрова Анна Сергеевна',
  },
  {
    key: 'curatorPosition',
    parameter: 'Куратор: должность',
    type: 'text',
    note: 'Например: заместитель заведующего по ВМР',
  },
  {
    key: 'academicYearStart',
    parameter: 'Начало учебного года',
    type: 'date',
    required: true,
    note: 'Например: 01.09.2025',
  },
  {
    key: 'academicYearEnd',
    parameter: 'Окончание учебного года',
    type: 'date',
    required: true,
    note: 'Например: 31.08.2026',
  },
  {
    key: 'orderNumberPrefix',
    parameter: 'Приказы: приставка к номеру',
    type: 'text',
    note: 'Например: «НС-» даст номера НС-12. Можно оставить пустым',
  },
  {
    key: 'orderNextNumber',
    parameter: 'Приказы: следующий номер',
    type: 'integer',
    note: 'Номер, который получит следующий приказ, например 45. Увеличивается сам, когда дополнение создаёт приказ; номер, уже занятый на листе «Приказы», не повторится',
  },
  {
    key: 'orderYearlyReset',
    parameter: 'Приказы: нумерация с 1 каждый год',
    type: 'boolean',
    note: '«да» — первый приказ каждого календарного года получит номер 1; пусто или «нет» — нумерация сквозная',
  },
  ...MATCH_WEIGHT_ROWS,
];
