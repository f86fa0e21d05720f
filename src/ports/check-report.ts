/** Where «Проверить данные» shows what it found: the report and marks on the cells themselves. */
import type { TableData } from './table-store';

/** One problem at one cell (or a whole row when `key` is absent). */
export interface CellProblem {
  readonly row: number;
  readonly key?: string;
  readonly message: string;
}

/** One line of the report a person reads. */
export interface ReportLine {
  readonly sheet: string;
  /** Sheet row number, or '' for a problem of the whole sheet. */
  readonly row: number | '';
  /** Header of the column, or '' for a problem of the whole row or sheet. */
  readonly column: string;
  readonly message: string;
}

/** Shows the check's findings; both calls replace what the previous check showed. */
export interface CheckReport {
  /** Marks problem cells of one table and unmarks cells the previous check marked that are fine now. */
  mark(table: TableData, problems: readonly CellProblem[]): void;
  /** Rewrites the report with these lines (none: a report that says everything is in order). */
  publish(lines: readonly ReportLine[], checkedAt: Date): void;
}
