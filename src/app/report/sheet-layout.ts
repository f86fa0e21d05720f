/**
 * The sheet «Отчёт 2025/2026» as data: every cell of the report in one grid (so the adapter writes values and
 * formats in one call each, however many rows the year has), and the charts with the cells they draw. Pure: the
 * adapter (src/gas/report/report-sheet.ts) only puts it on the sheet.
 */
import type { AnnualReport } from '../../domain/report/annual-report';
import {
  NO_DATA,
  type ChartSpec,
  type ColumnFormat,
  type ReportTable,
  type ReportValue,
} from '../../domain/report/report-table';

/** One cell: a text, a number or an ISO date, with how it reads. */
export interface LayoutCell {
  readonly value: string | number;
  /** A date cell holds an ISO date the adapter turns into the sheet's date. */
  readonly date?: boolean;
  readonly format: string;
  readonly bold?: boolean;
  /** «нет данных» and notes are grey. */
  readonly grey?: boolean;
  readonly background?: string;
}

/** A chart: its type and title, the rows and columns it draws (1-based, header row included), where it stands. */
export interface LayoutChart {
  readonly type: ChartSpec['type'];
  readonly title: string;
  /** The first row: the table's header, whose texts name the series. */
  readonly headerRow: number;
  readonly lastRow: number;
  readonly labelColumn: number;
  readonly seriesColumns: readonly number[];
  readonly anchorRow: number;
  readonly anchorColumn: number;
}

/** The whole sheet. */
export interface SheetLayout {
  readonly sheetName: string;
  /** Rows × `width` cells; a cell left empty is `EMPTY`. */
  readonly cells: readonly (readonly LayoutCell[])[];
  readonly width: number;
  readonly charts: readonly LayoutChart[];
  /** Widths of the label column and of the value columns, in pixels. */
  readonly columnWidths: readonly number[];
  /** The row whose first cell gets the analytical note's link once the note is made. */
  readonly noteRow: number;
}

/** Number formats by column format (a share is a fraction, shown as a percent). */
const FORMATS: Readonly<Record<ColumnFormat, string>> = {
  text: '@',
  count: '0',
  share: '0%',
  score: '0.0',
  date: 'dd.mm.yyyy',
  days: '0',
};

const TEXT = '@';
const HEADER_BACKGROUND = '#e8eef7';
const EMPTY: LayoutCell = { value: '', format: TEXT };
/** A chart is about 20 rows high: a table with a chart takes at least that many rows, so charts never overlap. */
const CHART_ROWS = 20;
const LABEL_WIDTH = 360;
const VALUE_WIDTH = 120;

/** Lays out the report: the title, the period, the note's row, then each table with its chart to the right. */
export function sheetLayout(report: AnnualReport): SheetLayout {
  const width = 1 + Math.max(1, ...report.tables.map((t) => t.columns.length));
  const rows: LayoutCell[][] = [];
  const line = (...cells: LayoutCell[]) => {
    rows.push([...cells, ...Array.from({ length: width - cells.length }, () => EMPTY)]);
    return rows.length;
  };
  line({ value: report.title, format: TEXT, bold: true });
  line({ value: report.subtitle, format: TEXT, grey: true });
  const noteRow = line({ value: 'Аналитическая справка: создаётся…', format: TEXT, grey: true });
  line();
  const charts: LayoutChart[] = [];
  for (const table of report.tables) {
    const top = rows.length + 1;
    const chart = placeTable(table, line);
    if (chart) charts.push({ ...chart, anchorRow: top, anchorColumn: width + 2 });
    const used = rows.length + 1 - top;
    const padding = chart ? Math.max(1, CHART_ROWS - used) : 1;
    for (let i = 0; i < padding; i++) line();
  }
  return {
    sheetName: report.sheetName,
    cells: rows,
    width,
    charts,
    columnWidths: [LABEL_WIDTH, ...Array.from({ length: width - 1 }, () => VALUE_WIDTH)],
    noteRow,
  };
}

type Line = (...cells: LayoutCell[]) => number;

/** The table's title, note, header and rows; answers its chart's cells, if it has a chart. */
function placeTable(table: ReportTable, line: Line): Omit<LayoutChart, 'anchorRow' | 'anchorColumn'> | null {
  line({ value: table.title, format: TEXT, bold: true });
  if (table.note) line({ value: table.note, format: TEXT, grey: true });
  const headerRow = line(
    ...[table.labelHeader, ...table.columns.map((c) => c.header)].map((header): LayoutCell => ({
      value: header,
      format: TEXT,
      bold: true,
      background: HEADER_BACKGROUND,
    })),
  );
  for (const row of table.rows) {
    const label = row.level === 1 ? `    ${row.label}` : row.label;
    line(
      { value: label, format: TEXT },
      ...row.values.map((value, i) => valueCell(value, row.format ?? table.columns[i]?.format ?? 'text')),
    );
  }
  const chart = table.chart;
  if (!chart) return null;
  return {
    type: chart.type,
    title: chart.title,
    headerRow,
    lastRow: headerRow + Math.min(chart.rows, table.rows.length),
    labelColumn: 1,
    seriesColumns: chart.series.map((i) => i + 2),
  };
}

/** A value as its cell: a number in its format, a date, a text; «нет данных» grey and plain. */
function valueCell(value: ReportValue, format: ColumnFormat): LayoutCell {
  if (value === NO_DATA) return { value, format: TEXT, grey: true };
  if (typeof value === 'number') return { value, format: FORMATS[format] };
  if (format === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return { value, date: true, format: FORMATS.date };
  return { value, format: TEXT };
}
