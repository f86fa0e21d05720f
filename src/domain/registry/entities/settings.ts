import { IsoDateSchema, TextSchema } from './common';
import * as z from './zod';

/** «Настройки» as one object: organisation, head, curator, academic year, order numbering, documents. */
export const SettingsSchema = z.object({
  orgFullName: TextSchema,
  orgShortName: TextSchema,
  city: TextSchema.optional(),
  headName: TextSchema,
  headPosition: TextSchema,
  curatorName: TextSchema,
  curatorPosition: TextSchema.optional(),
  academicYearStart: IsoDateSchema,
  academicYearEnd: IsoDateSchema,
  orderNumberPrefix: TextSchema.optional(),
  orderNextNumber: z.number().int().positive().optional(),
  orderYearlyReset: z.boolean().optional(),
  documentsFolderId: TextSchema.optional(),
  orderTemplateId: TextSchema.optional(),
  programmeTemplateId: TextSchema.optional(),
});
/** The workbook's settings. */
export type Settings = z.infer<typeof SettingsSchema>;
