/**
 * A KPI table of the annual report as the sheet «Отчёт 2025/2026» will hold it: a title, a header of columns and
 * rows of a label and values. Values are plain numbers (a share is a fraction 0…1 the adapter formats as «67 %»)
 * or text; where nothing was measured a cell says «нет данных», never a 0 that reads as a measurement.
 */

/** What a cell holds when there is nothing to count from: no answers yet, a share of nothing. */
export const NO_DATA = 'нет данных';

/** How the adapter writes a column's numbers: a count, a share «0 %», a mean score «0,0», a date, days. */
export type ColumnFormat = 'text' | 'count' | 'share' | 'score' | 'date' | 'days';

/** A column after the label column. */
export interface ReportColumn {
  readonly header: string;
  readonly format: ColumnFormat;
}

/** A number, a text (a name, an ISO date for a 'date' column), NO_DATA, or '' where nothing applies. */
export type ReportValue = number | string;

/**
 * A row: its label and one value per column; `level` 1 is a «в том числе» row under the one before it. `format`
 * overrides the columns' formats for this row (a table of mentors and mentees side by side has a row of counts,
 * a row of shares, a row of mean scores). An empty string is a cell with nothing to show (the share of a total).
 */
export interface ReportRow {
  readonly label: string;
  readonly values: readonly ReportValue[];
  readonly level?: 1;
  readonly format?: ColumnFormat;
}

/**
 * A chart where a person would rather look than read: the labels are the first column, each series a column of
 * values (indices into `columns`). Bars for comparing many rows or two series, a pie for the parts of a whole.
 */
export interface ChartSpec {
  readonly type: 'bar' | 'column' | 'pie';
  readonly title: string;
  readonly series: readonly number[];
  /** The chart draws the table's first `rows` rows: a total below them stays out. */
  readonly rows: number;
}

/** One titled table of the report. */
export interface ReportTable {
  /** Stable key (the adapter may keep it in developer metadata to find the table again). */
  readonly key: string;
  readonly title: string;
  /** The header of the label column. */
  readonly labelHeader: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly ReportRow[];
  /** What a reader needs to know to read the figures right: what is counted, why there is no data. */
  readonly note?: string;
  readonly chart?: ChartSpec;
}

/** A count column. */
export const COUNT: ReportColumn = { header: 'Количество', format: 'count' };
/** A share column: the row's count of the table's whole. */
export const SHARE: ReportColumn = { header: 'Доля', format: 'share' };

/** `part` of `whole`, or NO_DATA when the whole is nothing. */
export function share(part: number, whole: number): ReportValue {
  return whole > 0 ? part / whole : NO_DATA;
}

/** A row of a count and its share of `whole`. */
export function countRow(label: string, count: number, whole: number, level?: 1): ReportRow {
  return { label, values: [count, share(count, whole)], level };
}

/** A row whose every value is NO_DATA (a table of answers before any questionnaire). */
export function noDataRow(label: string, columns: number): ReportRow {
  return { label, values: Array.from({ length: columns }, () => NO_DATA) };
}

/**
 * The chart of `rows` (the table's first rows), if they have something to draw: a series with a number above 0
 * (a pie needs two parts). An empty year or a table of «нет данных» gets no chart: no empty chart on the sheet.
 */
export function chartIfData(
  rows: readonly ReportRow[],
  chart: Omit<ChartSpec, 'rows'>,
): ChartSpec | undefined {
  const drawn = rows.filter((row) =>
    chart.series.some((i) => typeof row.values[i] === 'number' && row.values[i] > 0),
  );
  return drawn.length >= (chart.type === 'pie' ? 2 : 1) ? { ...chart, rows: rows.length } : undefined;
}
