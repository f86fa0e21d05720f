/**
 * Answers as result-sheet cells: a scale as a number, yes/no as «да»/«нет», several choices joined with «; »
 * (the banks' multi-list spelling), dates as 'YYYY-MM-DD'; and the indices computed from those cells.
 */
import { SCALE, type IndexRule, type Question } from './model';

/** An answer as the form gives it back: a text, or the choices ticked. */
export type AnswerValue = string | readonly string[];

/** A result-sheet cell: '' when there is no answer. */
export type Cell = string | number;

export const YES = 'да';
export const NO = 'нет';
/** How several choices share one cell, as in the banks' multi-list columns. */
export const CHOICE_SEPARATOR = '; ';

/** The cell of one answer; text a form would not give (a scale of «много») is kept as text, never dropped. */
export function answerCell(question: Question, value: AnswerValue | undefined): Cell {
  const text = typeof value === 'string' ? value : (value ?? []).join(CHOICE_SEPARATOR);
  if (text.trim() === '') return '';
  switch (question.type) {
    case 'scale': {
      const n = Number(text.trim());
      return Number.isInteger(n) && n >= SCALE.low && n <= SCALE.high ? n : text;
    }
    case 'yes-no': {
      const word = text.trim().toLowerCase();
      return word === YES || word === NO ? word : text;
    }
    default:
      return text;
  }
}

/** The value of each index from a row's cells: '' where nothing feeds it. */
export function indexCells(
  rules: readonly IndexRule[],
  cells: Readonly<Record<string, Cell>>,
): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const rule of rules) out[rule.key] = indexCell(rule, cells);
  return out;
}

function indexCell(rule: IndexRule, cells: Readonly<Record<string, Cell>>): Cell {
  if (rule.how === 'mean') {
    const numbers = rule.of.map((k) => cells[k]).filter((c): c is number => typeof c === 'number');
    if (numbers.length === 0) return '';
    return Math.round((numbers.reduce((a, b) => a + b, 0) / numbers.length) * 10) / 10;
  }
  const cell = cells[rule.of[0]] ?? '';
  if (rule.how === 'yes') return cell === YES || cell === NO ? cell : '';
  return String(cell)
    .split(CHOICE_SEPARATOR)
    .filter((c) => c.trim() !== '').length;
}

/** A cell as a number for comparison: scales and counts as they are, «да» 1, «нет» 0, anything else null. */
export function cellNumber(cell: Cell | undefined): number | null {
  if (typeof cell === 'number') return cell;
  if (cell === YES) return 1;
  if (cell === NO) return 0;
  return null;
}
