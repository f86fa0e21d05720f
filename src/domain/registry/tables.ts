import type { TableSpec } from './table-spec';
import { JOURNAL_TABLE } from './tables/journal';
import { MENTEES_TABLE } from './tables/mentees';
import { MENTORSHIPS_TABLE } from './tables/mentorships';
import { MENTORS_TABLE } from './tables/mentors';
import { NAME_CORRECTIONS_TABLE } from './tables/name-corrections';
import { ORDERS_TABLE } from './tables/orders';
import { OWN_QUESTIONS_TABLE } from './tables/own-questions';
import { PLAN_EVENTS_TABLE } from './tables/plan-events';
import { PRACTICES_TABLE } from './tables/practices';
import { PROGRAMMES_TABLE } from './tables/programmes';
import { QUESTIONNAIRES_TABLE, QUESTIONNAIRE_TOKENS_TABLE } from './tables/questionnaires';
import { ROADMAP_TABLE } from './tables/roadmap';
import { SETTINGS_TABLE } from './tables/settings';
import { TEMPLATES_TABLE } from './tables/templates';
import { TRAINING_TABLE } from './tables/training';

export { JOURNAL_TABLE, MENTEES_TABLE, MENTORSHIPS_TABLE, MENTORS_TABLE, ORDERS_TABLE };
export { PLAN_EVENTS_TABLE, PRACTICES_TABLE, PROGRAMMES_TABLE, ROADMAP_TABLE, SETTINGS_TABLE };
export { TEMPLATES_TABLE };
export { NAME_CORRECTIONS_TABLE };
export { OWN_QUESTIONS_TABLE, QUESTIONNAIRES_TABLE, QUESTIONNAIRE_TOKENS_TABLE };
export { TRAINING_TABLE };
export { SETTINGS_ROWS } from './tables/settings';
export type { SettingRow, SettingType } from './tables/settings';

/** Every registry sheet the add-on owns, in the order setup creates them. */
export const TABLES: readonly TableSpec[] = [
  SETTINGS_TABLE,
  MENTORS_TABLE,
  MENTEES_TABLE,
  MENTORSHIPS_TABLE,
  PROGRAMMES_TABLE,
  PLAN_EVENTS_TABLE,
  ORDERS_TABLE,
  ROADMAP_TABLE,
  PRACTICES_TABLE,
  TRAINING_TABLE,
  TEMPLATES_TABLE,
  NAME_CORRECTIONS_TABLE,
  QUESTIONNAIRES_TABLE,
  QUESTIONNAIRE_TOKENS_TABLE,
  OWN_QUESTIONS_TABLE,
  JOURNAL_TABLE,
];

/** The key of each registry table. */
export type TableKey =
  | 'settings'
  | 'mentors'
  | 'mentees'
  | 'mentorships'
  | 'programmes'
  | 'plan-events'
  | 'orders'
  | 'roadmap'
  | 'practices'
  | 'training'
  | 'templates'
  | 'name-corrections'
  | 'questionnaires'
  | 'questionnaire-tokens'
  | 'own-questions'
  | 'journal';

/** Finds a table by its stable key; `undefined` for an unknown key (e.g. a sheet of a newer version). */
export function tableByKey(key: string): TableSpec | undefined {
  return TABLES.find((table) => table.key === key);
}

/** Finds a table by key and fails loudly if it is missing: for code that names a table it knows exists. */
export function requireTable(key: TableKey): TableSpec {
  const table = tableByKey(key);
  if (!table) throw new Error(`No registry table with key "${key}"`);
  return table;
}
