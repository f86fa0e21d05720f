/**
 * The CheckReport port: notes on problem cells, and the sheet «Проверка данных», which the add-on owns and
 * rewrites on every check (it holds no one's data, so clearing it is safe).
 */
import { formatRuDate, isoDateTimeInZone } from '../../domain/registry/dates';
import type { CheckReport, CellProblem, ReportLine } from '../../ports/check-report';
import type { TableData } from '../../ports/table-store';
import { literalText } from './cell-values';
import { markedNotes } from './cell-marks';
import { TABLE_METADATA_KEY } from './column-map';
import type { SheetTableStore } from './sheet-table-store';
import { protectSheet } from './sheet-protection';

/** The report sheet's name and its metadata key (so a renamed report sheet is still found). */
export const REPORT_SHEET = 'Проверка данных';
const REPORT_KEY = 'check-report';
const HEADER = ['Лист', 'Строка', 'Столбец', 'Что не так и как исправить'];
const WIDTHS = [160, 70, 200, 600];

/** Shows the check's findings in the open spreadsheet. */
export class SheetCheckReport implements CheckReport {
  constructor(
    private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly store: SheetTableStore,
  ) {}

  mark(table: TableData, problems: readonly CellProblem[]): void {
    const { sheet, columns, lastRow, lastColumn } = this.store.placement(table);
    if (lastRow < 2 || lastColumn < 1) return;
    const range = sheet.getRange(2, 1, lastRow - 1, lastColumn);
    const notes = range.getNotes();
    const next = markedNotes(notes, 2, problems, columns);
    if (next.some((line, r) => line.some((note, c) => note !== notes[r][c]))) range.setNotes(next);
  }

  publish(lines: readonly ReportLine[], checkedAt: Date): void {
    const sheet = this.reportSheet();
    const moment = isoDateTimeInZone(checkedAt, this.store.timeZone());
    const when = `${formatRuDate(moment.slice(0, 10))} ${moment.slice(11)}`;
    const title =
      lines.length === 0
        ? `Проверка от ${when}: ошибок не найдено.`
        : `Проверка от ${when}: найдено проблем — ${lines.length}. Исправьте их и запустите проверку снова.`;
    const rows: unknown[][] = [
      [title, '', '', ''],
      HEADER,
      ...lines.map((l) => [literalText(l.sheet), l.row, literalText(l.column), literalText(l.message)]),
    ];
    sheet.clearContents();
    if (sheet.getMaxRows() < rows.length)
      sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
    sheet.getRange(1, 1, rows.length, HEADER.length).setValues(rows);
  }

  /** The report sheet, created (tagged, protected, laid out) the first time. */
  private reportSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    const found = this.ss
      .createDeveloperMetadataFinder()
      .withKey(TABLE_METADATA_KEY)
      .withValue(REPORT_KEY)
      .find()
      .map((md) => md.getLocation().getSheet())
      .find((s) => s !== null);
    if (found) return found;
    const sheet =
      this.ss.getSheetByName(REPORT_SHEET) ?? this.ss.insertSheet(REPORT_SHEET, this.ss.getNumSheets());
    sheet.addDeveloperMetadata(TABLE_METADATA_KEY, REPORT_KEY);
    sheet.setFrozenRows(2);
    sheet.getRange(2, 1, 1, HEADER.length).setFontWeight('bold');
    sheet.getRange(1, 1).setFontWeight('bold');
    WIDTHS.forEach((width, i) => sheet.setColumnWidth(i + 1, width));
    protectSheet(sheet);
    return sheet;
  }
}
