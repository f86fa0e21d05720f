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
  /**
   * The form's responses, answers keyed by item ID: every one, or those submitted at or after `since` (the
   * trigger's fast path, so its cost does not grow with the answers already taken). A UserError when the form
   * cannot be opened.
   */
  readResponses(formId: string, since?: Date): FormResponseRecord[];
  /** A pre-filled link per token, in order: the form opens with its code item filled in. */
  personalLinks(formId: string, tokens: readonly string[]): string[];
}

/** Random bytes for tokens, from the platform's UUIDs (never `Math.random`). */
export interface TokenRandomness {
  /** `count` bytes, 0–255 each. */
  bytes(count: number): number[];
}

/** The one spreadsheet form-submit trigger that dispatches every form's answers (an add-on may have one, §2.4). */
export interface FormSubmitTrigger {
  /** Installs the trigger of `handler` unless one is there already; answers whether it installed it. */
  ensure(handler: string): boolean;
}

/** Letters with personal links (MailApp), within the day's quota. */
export interface Mailer {
  /** How many more recipients the account may write to today. */
  remainingDailyQuota(): number;
  /** Sends a plain-text letter to one address. */
  send(letter: { readonly to: string; readonly subject: string; readonly body: string }): void;
}

/** Everything the questionnaires' use cases reach beyond the workbook. */
export interface QuestionnaireServices {
  /** The workbook the forms answer into. */
  readonly spreadsheetId: () => string;
  readonly forms: QuestionnaireForms;
  readonly random: TokenRandomness;
  readonly trigger: FormSubmitTrigger;
  readonly mail: Mailer;
}
