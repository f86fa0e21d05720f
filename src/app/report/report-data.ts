/**
 * What the annual report is computed from, read once per build: «Настройки» and every sheet the report counts,
 * each read once as entities (rows with a problem the entity cannot carry stay out, as «Проверить данные» shows
 * them), and the questionnaires' answers through their port.
 */
import { isoDateInZone } from '../../domain/registry/dates';
import { MentorshipSchema } from '../../domain/registry/entities/mentorship';
import { MenteeSchema, MentorSchema } from '../../domain/registry/entities/people';
import { PlanEventSchema, ProgrammeSchema } from '../../domain/registry/entities/programme';
import { OrderSchema, PracticeCaseSchema, RoadmapItemSchema } from '../../domain/registry/entities/records';
import type { Settings } from '../../domain/registry/entities/settings';
import { TrainingRecordSchema } from '../../domain/registry/entities/training';
import { parseSettings } from '../../domain/registry/parse-settings';
import {
  MENTEES_TABLE,
  MENTORSHIPS_TABLE,
  MENTORS_TABLE,
  ORDERS_TABLE,
  PLAN_EVENTS_TABLE,
  PRACTICES_TABLE,
  PROGRAMMES_TABLE,
  ROADMAP_TABLE,
  SETTINGS_TABLE,
  TRAINING_TABLE,
} from '../../domain/registry/tables';
import type { ReportInput } from '../../domain/report/report-input';
import type { ReportYear } from '../../domain/report/report-year';
import { UserError } from '../../domain/user-error';
import { loadEntities, withoutRow } from '../registry/entity-table';
import type { Services } from '../services';
import type { AnswerSource } from './answers';

/** The settings the report and its note need. */
export type ReportSettings = Pick<
  Settings,
  | 'orgFullName'
  | 'orgShortName'
  | 'headName'
  | 'headPosition'
  | 'curatorName'
  | 'curatorPosition'
  | 'academicYearStart'
  | 'academicYearEnd'
>;

const NEEDED = [
  'orgFullName',
  'orgShortName',
  'headName',
  'headPosition',
  'curatorName',
  'academicYearStart',
  'academicYearEnd',
] as const;

/** «Настройки» read once; a UserError naming what to fill in when the note could not be signed or dated. */
export function reportSettings(s: Services): ReportSettings {
  const parsed = parseSettings(s.tables.read(SETTINGS_TABLE).rows, s.tables.timeZone());
  const wrong = parsed.problems.filter((p) => p.row > 1).map((p) => p.message);
  const empty = NEEDED.filter((key) => parsed.settings[key] === undefined);
  if (wrong.length > 0 || empty.length > 0) {
    throw new UserError(
      `Заполните лист «Настройки»: ${wrong.length > 0 ? wrong.join('; ') : 'не все обязательные значения указаны'}. ` +
        'Отчёт берёт из них учебный год, а справка — организацию, руководителя и куратора.',
    );
  }
  return parsed.settings as ReportSettings;
}

/** Every sheet the report counts, each read once, as of today in the spreadsheet's time zone. */
export function readReportInput(s: Services, answers: AnswerSource, year: ReportYear): ReportInput {
  const entities = <T>(
    table: Parameters<typeof loadEntities<T>>[1],
    schema: Parameters<typeof loadEntities<T>>[2],
  ) => loadEntities(s, table, schema).entities.map((e) => withoutRow(e));
  return {
    year,
    today: isoDateInZone(s.clock.now(), s.tables.timeZone()),
    mentors: entities(MENTORS_TABLE, MentorSchema),
    mentees: entities(MENTEES_TABLE, MenteeSchema),
    mentorships: entities(MENTORSHIPS_TABLE, MentorshipSchema),
    programmes: entities(PROGRAMMES_TABLE, ProgrammeSchema),
    planEvents: entities(PLAN_EVENTS_TABLE, PlanEventSchema),
    orders: entities(ORDERS_TABLE, OrderSchema),
    roadmap: entities(ROADMAP_TABLE, RoadmapItemSchema),
    practices: entities(PRACTICES_TABLE, PracticeCaseSchema),
    training: entities(TRAINING_TABLE, TrainingRecordSchema),
    questionnaires: answers.results(),
  };
}
