import type { Workspace } from '../emulator/workspace';

/** A chart anchored on a sheet, with the numbers it plots: enough for the page to draw simple bars. */
export interface ChartView {
  type: string;
  title: string;
  /** Where the chart is anchored and what it plots, in A1 notation. */
  anchor: string;
  /** The anchor cell, 1-based, and the offset from it in pixels. */
  position: { row: number; column: number; offsetX: number; offsetY: number };
  ranges: string[];
  /** The first column of the first range (without its header row). */
  categories: string[];
  /** Every other column: its header and its numbers. */
  series: Array<{ name: string; values: number[] }>;
}

/** The charts of a sheet, read from the emulator's model (the Apps Script API does not tell a chart's type). */
export function chartsOf(ws: Workspace, sheetName: string): ChartView[] {
  const model = ws.spreadsheet.model();
  const sheet = model.sheets.find((s) => s.name === sheetName);
  if (!sheet) return [];
  return sheet.charts.map((chart) => {
    const first = chart.ranges[0];
    const grid = first
      ? valuesOf(ws, sheetName, first.row, first.column, first.numRows, first.numColumns)
      : [];
    const header = grid.length > 1 && grid[0].slice(1).every((v) => Number.isNaN(Number(v)));
    const rows = header ? grid.slice(1) : grid;
    const names = header ? grid[0].slice(1) : [];
    const width = grid[0]?.length ?? 0;
    return {
      type: chart.type,
      title: typeof chart.options.title === 'string' ? chart.options.title : '',
      anchor: a1(chart.position.row, chart.position.column),
      position: { ...chart.position },
      ranges: chart.ranges.map(
        (r) => `${a1(r.row, r.column)}:${a1(r.row + r.numRows - 1, r.column + r.numColumns - 1)}`,
      ),
      categories: rows.map((r) => r[0] ?? ''),
      series: Array.from({ length: Math.max(0, width - 1) }, (_, i) => ({
        name: names[i] ?? `Ряд ${i + 1}`,
        values: rows.map(
          (r) =>
            Number(
              String(r[i + 1] ?? '')
                .replace(',', '.')
                .replace(/\s/g, ''),
            ) || 0,
        ),
      })),
    };
  });
}

function valuesOf(
  ws: Workspace,
  sheetName: string,
  row: number,
  column: number,
  rows: number,
  columns: number,
): string[][] {
  return ws.rt.internal(() => {
    const sheet = ws.spreadsheet.active.getSheetByName(sheetName);
    if (!sheet || rows < 1 || columns < 1) return [];
    return sheet.getRange(row, column, Math.min(rows, 200), Math.min(columns, 10)).getDisplayValues();
  });
}

function a1(row: number, column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}
