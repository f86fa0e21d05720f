/** What the checks found wrong in a sheet: where, and what to do about it, in Russian. */
export interface Problem {
  /** The sheet's name as the user sees it. */
  readonly sheet: string;
  /** The 1-based row number in the sheet (1 is the header row). */
  readonly row: number;
  /** The column's header as the user sees it. */
  readonly column: string;
  /** The full sentence to show: «Лист "Наставники", строка 14, столбец "Стаж (лет)": ожидается число…». */
  readonly message: string;
}

/** Builds a problem whose message starts with its location. */
export function problemAt(sheet: string, row: number, column: string, what: string): Problem {
  return { sheet, row, column, message: `Лист "${sheet}", строка ${row}, столбец "${column}": ${what}` };
}
