/**
 * Google Forms of the questionnaires: a form made from a spec and linked to the workbook, its responses read back
 * as plain data keyed by `FormResponse.getId()`, and personal links that carry a token.
 */
import type { FormResponseRecord } from '../domain/questionnaires/ingest';
import type { FormSpec } from '../domain/questionnaires/model';

/** A form as the registry («Анкеты») keeps it. */
export interface CreatedForm {
  readonly formId: string;
  /** Where the curator edits it. */
  readonly editUrl: string;
  /** What respondents open. */
  readonly publishedUrl: string;
  /** Question key → the form's item ID (as text), so answers are matched even after a question is reworded. */
  readonly itemIds: Readonly<Record<string, string>>;
}

export interface QuestionnaireForms {
  /** Makes the form, item for item, and links it to the spreadsheet as its response destination. */
  create(spec: FormSpec, spreadsheetId: string): CreatedForm;
  /** Every response the form holds, answers keyed by item ID; a UserError when the form cannot be opened. */
  readResponses(formId: string): FormResponseRecord[];
  /** A pre-filled link per token, in order: the form opens with its code item filled in. */
  personalLinks(formId: string, tokens: readonly string[]): string[];
}

/** Random bytes for tokens, from the platform's UUIDs (never `Math.random`). */
export interface TokenRandomness {
  /** `count` bytes, 0–255 each. */
  bytes(count: number): number[];
}
