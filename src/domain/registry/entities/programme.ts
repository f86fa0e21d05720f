import { DIRECTIONS, PROGRAMME_MODES } from '../../vocabulary';
import { IsoDateSchema, TextSchema, idOf, oneOf } from './common';
import * as z from './zod';

/**
 * A row of «Программы»: a personalised programme's explanatory note (seed 002, programme template). Its pair is what
 * it cannot be used without; its term, though required (rules/required.ts), is only reported when missing, so the
 * pair keeps its programme while the dates are fixed.
 */
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
  startDate: IsoDateSchema.optional(),
  endDate: IsoDateSchema.optional(),
  extendedUntil: IsoDateSchema.optional(),
  orderId: idOf('ПК').optional(),
  documentUrl: TextSchema.optional(),
  agreementUrl: TextSchema.optional(),
});
/** A personalised programme. */
export type Programme = z.infer<typeof ProgrammeSchema>;

/** A row of «План мероприятий»: one event of a programme's plan, under a direction (both asked for, not key). */
export const PlanEventSchema = z.object({
  id: idOf('МП'),
  programmeId: idOf('ПР'),
  position: z.number().int().optional(),
  direction: oneOf(DIRECTIONS).optional(),
  event: TextSchema.optional(),
  form: TextSchema.optional(),
  deadline: IsoDateSchema.optional(),
  expectedResult: TextSchema.optional(),
  reportingForm: TextSchema.optional(),
  done: z.boolean(),
  doneDate: IsoDateSchema.optional(),
});
/** An event of a programme's plan. */
export type PlanEvent = z.infer<typeof PlanEventSchema>;
