/** What the questionnaires read of the registry: the banks, the pairs, the settings, «Анкеты», own questions. */
import {
  QUESTIONNAIRE_KINDS,
  QUESTION_TYPES,
  type QuestionnaireKind,
} from '../../domain/questionnaires/model';
import type { OwnQuestion } from '../../domain/questionnaires/own-questions';
import { MentorshipSchema, type Mentorship } from '../../domain/registry/entities/mentorship';
import { MenteeSchema, MentorSchema, type Mentee, type Mentor } from '../../domain/registry/entities/people';
import {
  OwnQuestionRowSchema,
  QuestionnaireSchema,
  type QuestionnaireRow,
} from '../../domain/registry/entities/questionnaire';
import * as z from '../../domain/registry/entities/zod';
import { parseSettings } from '../../domain/registry/parse-settings';
import { parseInput } from '../registry/input';
import {
  MENTEES_TABLE,
  MENTORSHIPS_TABLE,
  MENTORS_TABLE,
  OWN_QUESTIONS_TABLE,
  QUESTIONNAIRES_TABLE,
  SETTINGS_TABLE,
} from '../../domain/registry/tables';
import { QUESTION_TYPE_OPTIONS } from '../../domain/registry/tables/own-questions';
import { QUESTIONNAIRE_KIND_LABELS } from '../../domain/registry/tables/questionnaires';
import { loadEntities, type EntityTable } from '../registry/entity-table';
import type { Services } from '../services';

export interface People {
  readonly mentors: Mentor[];
  readonly mentees: Mentee[];
  readonly mentorships: Mentorship[];
}

export function loadPeople(s: Services): People {
  return {
    mentors: loadEntities(s, MENTORS_TABLE, MentorSchema).entities,
    mentees: loadEntities(s, MENTEES_TABLE, MenteeSchema).entities,
    mentorships: loadEntities(s, MENTORSHIPS_TABLE, MentorshipSchema).entities,
  };
}

export type QuestionnaireTable = EntityTable<QuestionnaireRow>;

export function loadQuestionnaires(s: Services): QuestionnaireTable {
  return loadEntities(s, QUESTIONNAIRES_TABLE, QuestionnaireSchema);
}

/** A questionnaire's ID as a sidebar sends it («ан-0001» reads as АН-0001); '' when blank. */
export function parseQuestionnaireId(input: unknown): string {
  return parseInput(z.string().trim().toUpperCase().max(20), input, { whole: 'Анкета' });
}

/** The kind of a row of «Анкеты», by its label. */
export function kindOfLabel(label: string): QuestionnaireKind | undefined {
  return QUESTIONNAIRE_KINDS.find((k) => QUESTIONNAIRE_KIND_LABELS[k] === label);
}

/**
 * «Свои вопросы» as the domain takes them (the domain reports the rows it cannot use), and the rows typed without
 * an ID, which cannot be used until «Проверить данные» gives them one (the ID is the question's column key).
 */
export function loadOwnQuestions(s: Services): { own: OwnQuestion[]; waiting: string[] } {
  const table = loadEntities(s, OWN_QUESTIONS_TABLE, OwnQuestionRowSchema);
  const waiting = table.rowsWithoutId.map(
    (row) =>
      `Лист «${table.data.sheetName}», строка ${row}: нет ID — выполните «Наставничество › Проверить данные», ` +
      'и вопрос войдёт в следующую анкету',
  );
  const own = table.entities.map((row) => ({
    id: row.id,
    row: row.rowNumber,
    kinds: row.kinds.flatMap((label) => kindOfLabel(label) ?? []),
    title: row.title,
    help: row.help,
    type: QUESTION_TYPES[QUESTION_TYPE_OPTIONS.indexOf(row.type)],
    required: row.required,
    choices: (row.choices ?? '')
      .split(';')
      .map((c) => c.trim())
      .filter(Boolean),
  }));
  return { own, waiting };
}

/** The organisation's short name and the academic year («2025/2026 учебный год») from «Настройки». */
export function loadSettings(s: Services): { organisation: string; period: string } {
  const { settings } = parseSettings(s.tables.read(SETTINGS_TABLE).rows, s.tables.timeZone());
  const start = settings.academicYearStart?.slice(0, 4);
  const end = settings.academicYearEnd?.slice(0, 4);
  return {
    organisation: settings.orgShortName ?? settings.orgFullName ?? '',
    period: start && end && start !== end ? `${start}/${end} учебный год` : '',
  };
}
