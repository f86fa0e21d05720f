import { UserError } from '../user-error';

/** Where something stands in a template, in the words a curator finds it by, and the text around it. */
export interface Place {
  /** «абзац 12» or «таблица 2, строка 3, ячейка 1». */
  readonly where: string;
  /** Up to 30 characters either side: «…закрепить {{Наставник.Фио}} за…». */
  readonly around: string;
}

/** A mistake in a template, found before any document is made. */
export interface TemplateProblem extends Place {
  /** Russian, saying what to fix. */
  readonly message: string;
}

const AROUND = 30;

/** The text around `start..end` of a paragraph, with «…» where it was cut. */
export function textAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - AROUND);
  const to = Math.min(text.length, end + AROUND);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

/** One line per problem: «Таблица 1, строка 2, ячейка 3 («…{{Наставник.Фио}}…»): неизвестное поле…». */
export function problemLine(problem: TemplateProblem): string {
  const where = problem.where.charAt(0).toUpperCase() + problem.where.slice(1);
  return `${where} («${problem.around}»): ${problem.message}`;
}

/** The refusal for a template that cannot be used: every problem, each with where it is, in one message. */
export function templateError(templateName: string, problems: readonly TemplateProblem[]): UserError {
  return new UserError(
    `В шаблоне «${templateName}» есть ошибки, документ не создан. Исправьте шаблон:\n` +
      problems.map((p) => `— ${problemLine(p)}`).join('\n'),
  );
}
