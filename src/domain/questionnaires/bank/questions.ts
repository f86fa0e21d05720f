/** Short builders of the bank's questions, so each questionnaire reads as its list of questions. */
import type { IndexRule, Question } from '../model';

/** A 1–10 scale («1 — самый низкий балл, 10 — самый высокий»). */
export function scale(key: string, title: string, help?: string): Question {
  return { key, title, type: 'scale', required: true, ...(help ? { help } : {}) };
}

/** A yes/no question; required unless said otherwise. */
export function yesNo(key: string, title: string, required = true, help?: string): Question {
  return { key, title, type: 'yes-no', required, ...(help ? { help } : {}) };
}

/** One choice of a closed list. */
export function choice(key: string, title: string, choices: readonly string[], help?: string): Question {
  return { key, title, type: 'choice', required: true, choices, ...(help ? { help } : {}) };
}

/** Several choices of a closed list (the eight directions, mostly). */
export function multiple(
  key: string,
  title: string,
  choices: readonly string[],
  required: boolean,
  help?: string,
): Question {
  return { key, title, type: 'multiple', required, choices, ...(help ? { help } : {}) };
}

/** A short text. */
export function text(key: string, title: string, required: boolean, help?: string): Question {
  return { key, title, type: 'text', required, ...(help ? { help } : {}) };
}

/** A long text; always optional, so nobody has to invent an answer. */
export function paragraph(key: string, title: string, help?: string): Question {
  return { key, title, type: 'paragraph', required: false, ...(help ? { help } : {}) };
}

/** A calendar date; optional. */
export function date(key: string, title: string, help?: string): Question {
  return { key, title, type: 'date', required: false, ...(help ? { help } : {}) };
}

/** The mean of the scale questions of a list: the index a kind's 1–10 items feed. */
export function meanOf(key: string, title: string, questions: readonly Question[]): IndexRule {
  return { key, title, how: 'mean', of: questions.filter((q) => q.type === 'scale').map((q) => q.key) };
}
