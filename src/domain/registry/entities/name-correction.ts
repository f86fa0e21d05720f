import { CASE_OPTIONS, GENDER_OPTIONS } from '../tables/name-corrections';
import { TextSchema, idOf } from './common';
import * as z from './zod';

/**
 * A row of «Склонение ФИО»: a person's whole name in one case as documents must write it, and/or the gender the
 * name declines by. Whether the person exists and the row says something is for the rules
 * (rules/name-corrections.ts), so a wrong cell never hides the row.
 */
export const NameCorrectionSchema = z.object({
  id: idOf('СФ'),
  personId: TextSchema,
  case: z.enum(CASE_OPTIONS as [string, ...string[]]).optional(),
  form: TextSchema.optional(),
  gender: z.enum(GENDER_OPTIONS).optional(),
});
/** A correction of a person's name. */
export type NameCorrection = z.infer<typeof NameCorrectionSchema>;
