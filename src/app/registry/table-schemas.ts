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
  journal: JournalEntrySchema,
  templates: TemplateRowSchema,
  'name-corrections': NameCorrectionSchema,
};
