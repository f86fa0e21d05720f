/**
 * Questionnaires as data: the kinds the methodology asks for, their questions and indices, the form a kind is
 * built into. The adapter turns a `FormSpec` into a Google Form item by item; nothing here knows FormApp.
 */

/** Every questionnaire the add-on builds (methodology, «Monitoring»; seeds 000 stages 2–3, 001 items 4–9). */
export const QUESTIONNAIRE_KINDS = [
  'mentor-intake',
  'mentee-intake',
  'mentee-satisfaction',
  'mentor-satisfaction',
  'curator',
  'impact-entry',
  'impact-exit',
] as const;
export type QuestionnaireKind = (typeof QUESTIONNAIRE_KINDS)[number];

/** Who answers through a personal link: the token says which of these a respondent is. */
export const RESPONDENT_ROLES = ['наставник', 'наставляемый', 'куратор'] as const;
export type RespondentRole = (typeof RESPONDENT_ROLES)[number];

/** Who answers an intake questionnaire: a person not yet in a bank, known by the name they give. */
export const CANDIDATE_ROLES = ['кандидат в наставники', 'кандидат в наставляемые'] as const;
export type CandidateRole = (typeof CANDIDATE_ROLES)[number];

/**
 * What a question asks for: a 1–10 scale, yes or no, one choice, several choices (the directions are
 * `multiple` with `DIRECTIONS`), a short text, a paragraph, a date.
 */
export const QUESTION_TYPES = ['scale', 'yes-no', 'choice', 'multiple', 'text', 'paragraph', 'date'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** How a curator names each type (the own-questions sheet's dropdown, the README). */
export const QUESTION_TYPE_LABELS: { readonly [T in QuestionType]: string } = {
  scale: 'шкала 1–10',
  'yes-no': 'да / нет',
  choice: 'один вариант',
  multiple: 'несколько вариантов',
  text: 'краткий ответ',
  paragraph: 'развёрнутый ответ',
  date: 'дата',
};

/** One question: `key` is stable across forms, periods and wording changes; the result sheet's column is by key. */
export interface Question {
  readonly key: string;
  readonly title: string;
  readonly help?: string;
  readonly type: QuestionType;
  readonly required: boolean;
  /** The choices of `choice` and `multiple`. */
  readonly choices?: readonly string[];
}

/**
 * A number or a yes/no computed from a response: `mean` of the 1–10 items answered, `yes` the answer of one
 * yes/no item, `count` how many choices of one `multiple` item were ticked.
 */
export interface IndexRule {
  readonly key: string;
  readonly title: string;
  readonly how: 'mean' | 'yes' | 'count';
  readonly of: readonly string[];
}

/** A kind of questionnaire: its title, whom it asks, why, its questions in order and its indices. */
export interface KindDefinition {
  readonly kind: QuestionnaireKind;
  readonly title: string;
  /** Who answers: by personal link (tokens name the role) or, for intake, anyone with the link. */
  readonly respondents: 'personal' | CandidateRole;
  /** What the answers are for, as the form's description starts. */
  readonly purpose: string;
  readonly questions: readonly Question[];
  readonly indices: readonly IndexRule[];
}

/** The form item the token goes into: a short text the personal link fills in (Forms has no hidden fields). */
export const TOKEN_KEY = 'token';
export const TOKEN_TITLE = 'Код анкеты (не изменяйте)';

/** A built form: what the adapter creates, item for item, and what ingestion reads answers against. */
export interface FormSpec {
  readonly kind: QuestionnaireKind;
  readonly title: string;
  readonly description: string;
  readonly confirmation: string;
  /** The questions in order: the bank's, then the curator's own; the token item last on personal forms. */
  readonly items: readonly Question[];
  readonly indices: readonly IndexRule[];
  readonly respondents: KindDefinition['respondents'];
}

/** The two answers of a yes/no question, as the form offers them. */
export const YES_NO_CHOICES = ['Да', 'Нет'] as const;

/** The labels of a 1–10 scale (methodology: «где 1 – самый низкий балл, а 10 – самый высокий»). */
export const SCALE = { low: 1, high: 10, lowLabel: 'самый низкий балл', highLabel: 'самый высокий балл' };
