import type { IsoDate } from '../registry/dates';

/** Who answered: a mentor or a mentee. */
export type AnswerRole = 'mentor' | 'mentee';

/**
 * Which questionnaire: the entry and the exit measurement of the impact monitoring (the same indicators before and
 * after a programme, compared per person), or the satisfaction questionnaire at the end of a programme.
 */
export type AnswerKind = 'entry' | 'exit' | 'satisfaction';

/**
 * One person's answers to one questionnaire, as the report needs them and no more: the use case maps the
 * questionnaires' result sheets onto it. `indices` are the scale questions by their indicator or question,
 * each a number on the questionnaire's 1–10 scale («где 1 – самый низкий балл, а 10 – самый высокий»); questions
 * that are not on the scale (how often the pair met) stay out.
 */
export interface QuestionnaireResult {
  readonly role: AnswerRole;
  readonly kind: AnswerKind;
  /** The respondent's row (НК-… or НЯ-…): entry and exit are compared per person. */
  readonly respondentId: string;
  readonly mentorshipId?: string;
  /** The day of the answer: what puts it in a year. */
  readonly answeredOn: IsoDate;
  readonly indices: Readonly<Record<string, number>>;
  /** «Хотели бы Вы продолжить работу в программе наставничества?» where it was asked. */
  readonly wantsToContinue?: boolean;
}

/** The top of the scale. */
export const SCALE_MAX = 10;

/** The scale values of a result that are real answers: numbers from 1 to 10 (a blank or a typo stays out). */
export function scaleValues(result: QuestionnaireResult): Array<[string, number]> {
  return Object.entries(result.indices).filter(([, v]) => Number.isFinite(v) && v >= 1 && v <= SCALE_MAX);
}
