/** The entity schema each registry table's rows must satisfy (the settings sheet is read by parseSettings). */
import type { ZodType } from 'zod';
import { MentorshipSchema } from '../../domain/registry/entities/mentorship';
import { MenteeSchema, MentorSchema } from '../../domain/registry/entities/people';
import { PlanEventSchema, ProgrammeSchema } from '../../domain/registry/entities/programme';
import {
  JournalEntrySchema,
  OrderSchema,
  PracticeCaseSchema,
  RoadmapItemSchema,
} from '../../domain/registry/entities/records';
import { TemplateRowSchema } from '../../domain/registry/entities/template';
import { NameCorrectionSchema } from '../../domain/registry/entities/name-correction';
import { TrainingRecordSchema } from '../../domain/registry/entities/training';
import {
  OwnQuestionRowSchema,
  QuestionnaireSchema,
  QuestionnaireTokenSchema,
} from '../../domain/registry/entities/questionnaire';

/** Schemas by table key. */
export const TABLE_SCHEMAS: Readonly<Record<string, ZodType<unknown>>> = {
  mentors: MentorSchema,
  mentees: MenteeSchema,
  mentorships: MentorshipSchema,
  programmes: ProgrammeSchema,
  'plan-events': PlanEventSchema,
  orders: OrderSchema,
  roadmap: RoadmapItemSchema,
  practices: PracticeCaseSchema,
  training: TrainingRecordSchema,
  journal: JournalEntrySchema,
  templates: TemplateRowSchema,
  'name-corrections': NameCorrectionSchema,
  questionnaires: QuestionnaireSchema,
  'questionnaire-tokens': QuestionnaireTokenSchema,
  'own-questions': OwnQuestionRowSchema,
};
