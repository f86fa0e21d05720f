import { ORDER_STATUSES, ROADMAP_STATUSES } from '../../vocabulary';
import { IsoDateSchema, IsoDateTimeSchema, TextSchema, idOf, oneOf } from './common';
import * as z from './zod';

/** A row of «Приказы»: the order journal. `kind` is one of ORDER_KINDS or the curator's own wording. */
export const OrderSchema = z.object({
  id: idOf('ПК'),
  number: TextSchema,
  date: IsoDateSchema,
  kind: TextSchema.optional(),
  title: TextSchema,
  mentorshipIds: z.array(idOf('ПГ')),
  documentUrl: TextSchema.optional(),
  status: oneOf(ORDER_STATUSES),
});
/** An order of the head. */
export type Order = z.infer<typeof OrderSchema>;

/** A row of «Дорожная карта». */
export const RoadmapItemSchema = z.object({
  id: idOf('ДК'),
  number: TextSchema.optional(),
  stage: TextSchema,
  content: TextSchema,
  months: TextSchema.optional(),
  deadline: IsoDateSchema.optional(),
  responsible: TextSchema.optional(),
  expectedResult: TextSchema.optional(),
  status: oneOf(ROADMAP_STATUSES),
  doneDate: IsoDateSchema.optional(),
  note: TextSchema.optional(),
});
/** An item of the year's roadmap. */
export type RoadmapItem = z.infer<typeof RoadmapItemSchema>;

/** A row of «Лучшие практики»: a successful case for the methodical bank. */
export const PracticeCaseSchema = z.object({
  id: idOf('ЛП'),
  title: TextSchema,
  mentorshipId: idOf('ПГ').optional(),
  programmeId: idOf('ПР').optional(),
  description: TextSchema.optional(),
  results: TextSchema.optional(),
  date: IsoDateSchema.optional(),
  link: TextSchema.optional(),
  published: z.boolean(),
});
/** A best-practice case. */
export type PracticeCase = z.infer<typeof PracticeCaseSchema>;

/** A row of «Журнал»: who did what, when, to which IDs. */
export const JournalEntrySchema = z.object({
  id: idOf('ЖР'),
  at: IsoDateTimeSchema,
  who: TextSchema.optional(),
  action: TextSchema,
  ids: TextSchema.optional(),
  details: TextSchema.optional(),
});
/** An audit record. */
export type JournalEntry = z.infer<typeof JournalEntrySchema>;
