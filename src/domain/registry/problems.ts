/** What the checks found wrong in a sheet: where, and what to do about it, in Russian. */
export interface Problem {
  /** The sheet's name as the user sees it. */
  readonly sheet: string;
  /** The 1-based row number in the sheet (1 is the header row). */
  readonly row: number;
  /** The column's header as the user sees it. */
  readonly column: string;
  /** The full sentence to show: «Лист «Наставники», строка 14, столбец «Стаж (лет)»: ожидается число…». */
  readonly message: string;
}

/** Builds a problem whose message starts with its location. */
export function problemAt(sheet: string, row: number, column: string, what: string): Problem {
  return { sheet, row, column, message: `Лист «${sheet}», строка ${row}, столбец «${column}»: ${what}` };
}

/** What is wrong, without the location the message starts with: «ожидается число, а не «много»». */
export function problemText(problem: Problem): string {
  const { sheet, row, column, message } = problem;
  const where = [
    `Лист «${sheet}», строка ${row}, столбец «${column}»: `,
    `Лист «${sheet}», столбец «${column}»: `,
  ];
  const prefix = where.find((w) => message.startsWith(w));
  return prefix ? message.slice(prefix.length) : message;
}

/** ««Стаж (лет)»: ожидается число…»: a problem as a form shows it, beside the field with that label. */
export function fieldProblem(problem: Problem): string {
  return `«${problem.column}»: ${problemText(problem)}`;
}
