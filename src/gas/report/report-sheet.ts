/**
 * The report's sheet on SpreadsheetApp: a year's «Отчёт 2025/2026» replaced whole (deleted and made again at
 * its place, so no cell, note, format or chart of the last build stays), written in one call per kind of content
 * (values, number formats, weights, colours, backgrounds) whatever the number of rows, and its charts embedded.
 * No other sheet is read or written.
 */
import type { ReportSheets } from '../../app/report/build-report';
import type { LayoutChart, SheetLayout } from '../../app/report/sheet-layout';
import { dateAtMidnightInZone } from '../../domain/registry/dates';
import { UserError } from '../../domain/user-error';
import { literalText } from '../registry/cell-values';

/** The developer metadata that marks a sheet as a report the add-on made (its value: the sheet's name). */
const REPORT_METADATA_KEY = 'nastavnik.annualReport';
const GREY = '#777777';

const CHART_TYPES: Readonly<Record<LayoutChart['type'], () => GoogleAppsScript.Charts.ChartType>> = {
  bar: () => Charts.ChartType.BAR,
  column: () => Charts.ChartType.COLUMN,
  pie: () => Charts.ChartType.PIE,
};

/** The report sheets of the active spreadsheet. */
export class SheetReport implements ReportSheets {
  constructor(private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  replace(layout: SheetLayout): void {
    const sheet = this.fresh(layout.sheetName);
    const rows = layout.cells.length;
    if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
    const last = Math.max(layout.width, ...layout.charts.map((c) => c.anchorColumn));
    if (sheet.getMaxColumns() < last)
      sheet.insertColumnsAfter(sheet.getMaxColumns(), last - sheet.getMaxColumns());
    const zone = this.ss.getSpreadsheetTimeZone();
    const range = sheet.getRange(1, 1, rows, layout.width);
    // Formats first: a text cell is plain text before its value arrives, so «12.1» or «=…» stays the text.
    range.setNumberFormats(layout.cells.map((r) => r.map((c) => c.format)));
    range.setValues(
      layout.cells.map((r) =>
        r.map((c) =>
          c.date
            ? dateAtMidnightInZone(String(c.value), zone)
            : typeof c.value === 'string'
              ? literalText(c.value)
              : c.value,
        ),
      ),
    );
    range.setFontWeights(layout.cells.map((r) => r.map((c) => (c.bold ? 'bold' : 'normal'))));
    range.setFontColors(layout.cells.map((r) => r.map((c) => (c.grey ? GREY : null))));
    range.setBackgrounds(layout.cells.map((r) => r.map((c) => c.background ?? null)));
    sheet.setColumnWidth(1, layout.columnWidths[0]);
    if (layout.width > 1) sheet.setColumnWidths(2, layout.width - 1, layout.columnWidths[1]);
    for (const chart of layout.charts) sheet.insertChart(this.chart(sheet, chart));
  }

  link(sheetName: string, row: number, text: string, url: string): void {
    const sheet = this.ss.getSheetByName(sheetName);
    if (!sheet) return;
    const value = SpreadsheetApp.newRichTextValue().setText(text).setLinkUrl(url).build();
    sheet.getRange(row, 1).setRichTextValue(value);
  }

  /**
   * An empty sheet of that name where the last report of the year was (or at the end): the old one deleted. A
   * sheet of that name the add-on did not make is the curator's: refused, nothing deleted.
   */
  private fresh(name: string): GoogleAppsScript.Spreadsheet.Sheet {
    const old = this.ss.getSheetByName(name);
    let index = this.ss.getNumSheets();
    if (old) {
      const ours = old.getDeveloperMetadata().some((m) => m.getKey() === REPORT_METADATA_KEY);
      if (!ours) {
        throw new UserError(
          `Лист «${name}» уже есть, и его сделало не дополнение. Переименуйте его (например, «${name} (мой)») ` +
            'и постройте отчёт снова: дополнение не стирает чужие листы.',
        );
      }
      index = old.getIndex() - 1;
      this.ss.deleteSheet(old);
    }
    const sheet = this.ss.insertSheet(name, index);
    sheet.addDeveloperMetadata(REPORT_METADATA_KEY, name);
    return sheet;
  }

  private chart(
    sheet: GoogleAppsScript.Spreadsheet.Sheet,
    chart: LayoutChart,
  ): GoogleAppsScript.Spreadsheet.EmbeddedChart {
    const height = chart.lastRow - chart.headerRow + 1;
    let builder = sheet
      .newChart()
      .setChartType(CHART_TYPES[chart.type]())
      .addRange(sheet.getRange(chart.headerRow, chart.labelColumn, height, 1));
    for (const column of chart.seriesColumns)
      builder = builder.addRange(sheet.getRange(chart.headerRow, column, height, 1));
    return builder
      .setNumHeaders(1)
      .setOption('title', chart.title)
      .setPosition(chart.anchorRow, chart.anchorColumn, 0, 0)
      .build();
  }
}
