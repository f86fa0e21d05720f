import { DIRECTIONS, PROGRAMME_MODES } from '../../vocabulary';
import { IsoDateSchema, TextSchema, idOf, oneOf } from './common';
import * as z from './zod';

/** A row of «Программы»: a personalised programme's explanatory note (seed 002, programme template). */
export const ProgrammeSchema = z.object({
  id: idOf('ПР'),
  mentorshipId: idOf('ПГ'),
  title: TextSchema.optional(),
  problem: TextSchema.optional(),
  goals: TextSchema.optional(),
  tasks: TextSchema.optional(),
  content: TextSchema.optional(),
  mode: oneOf(PROGRAMME_MODES).optional(),
  schedule: TextSchema.optional(),
  intermediateResults: TextSchema.optional(),
  plannedResults: TextSchema.optional(),
  conditions: TextSchema.optional(),
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
  extendedUntil: IsoDateSchema.optional(),
  orderId: idOf('ПК').optional(),
  documentUrl: TextSchema.optional(),
});
/** A personalised programme. */
export type Programme = z.infer<typeof ProgrammeSchema>;

/** A row of «План мероприятий»: one event of a programme's plan, under a direction. */
export const PlanEventSchema = z.object({
  id: idOf('МП'),
  programmeId: idOf('ПР'),
  position: z.number().int().optional(),
  direction: oneOf(DIRECTIONS),
  event: TextSchema,
  form: TextSchema.optional(),
  deadline: IsoDateSchema.optional(),
  expectedResult: TextSchema.optional(),
  reportingForm: TextSchema.optional(),
  done: z.boolean(),
  doneDate: IsoDateSchema.optional(),
});
/** An event of a programme's plan. */
export type PlanEvent = z.infer<typeof PlanEventSchema>;
