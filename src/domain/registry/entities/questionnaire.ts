import { RESPONDENT_ROLES } from '../../questionnaires/model';
import { QUESTION_TYPE_OPTIONS } from '../tables/own-questions';
import { QUESTIONNAIRE_KIND_OPTIONS, QUESTIONNAIRE_STATUSES, TOKEN_STATES } from '../tables/questionnaires';
import { IsoDateSchema, IsoDateTimeSchema, TextSchema, idOf, oneOf } from './common';
import * as z from './zod';

/** A row of «Анкеты»: one Google Form the add-on made. */
export const QuestionnaireSchema = z.object({
  id: idOf('АН'),
  kind: z.enum(QUESTIONNAIRE_KIND_OPTIONS as [string, ...string[]]),
  title: TextSchema,
  period: TextSchema.optional(),
  formUrl: TextSchema.optional(),
  publishedUrl: TextSchema.optional(),
  created: IsoDateSchema.optional(),
  links: z.number().int().optional(),
  answers: z.number().int().optional(),
  resultSheet: TextSchema.optional(),
  status: oneOf(QUESTIONNAIRE_STATUSES),
});
export type QuestionnaireRow = z.infer<typeof QuestionnaireSchema>;

/** A row of «Коды анкет»: a personal link's code and whom it names. */
export const QuestionnaireTokenSchema = z.object({
  id: idOf('КА'),
  questionnaireId: idOf('АН'),
  token: TextSchema.optional(),
  personId: TextSchema.optional(),
  role: oneOf(RESPONDENT_ROLES).optional(),
  pairId: TextSchema.optional(),
  state: oneOf(TOKEN_STATES),
  usedBy: TextSchema.optional(),
  usedAt: IsoDateTimeSchema.optional(),
  sentAt: IsoDateTimeSchema.optional(),
});
export type QuestionnaireTokenRow = z.infer<typeof QuestionnaireTokenSchema>;

/** A row of «Свои вопросы». */
export const OwnQuestionRowSchema = z.object({
  id: idOf('СВ'),
  kinds: z.array(z.enum(QUESTIONNAIRE_KIND_OPTIONS as [string, ...string[]])),
  title: TextSchema,
  help: TextSchema.optional(),
  type: z.enum(QUESTION_TYPE_OPTIONS as [string, ...string[]]),
  required: z.boolean(),
  choices: TextSchema.optional(),
});
export type OwnQuestionRow = z.infer<typeof OwnQuestionRowSchema>;
