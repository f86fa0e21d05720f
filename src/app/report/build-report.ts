/**
 * «Построить годовой отчёт»: reads each sheet once, computes the year's report with the domain, replaces that
 * year's sheet «Отчёт 2025/2026» (its tables and charts; no other sheet is touched — not even «Журнал», since a
 * report changes no data), and writes the analytical note as a Google Doc under a key of the year, so a rebuild
 * rewrites the same document instead of making another. The note's link ends on the report sheet.
 */
import { analyticalNote, noteTitle } from '../../domain/report/analytical-note';
import { buildAnnualReport } from '../../domain/report/annual-report';
import { yearLabel } from '../../domain/report/report-year';
import { isDailyLimit, UserError } from '../../domain/user-error';
import type { DocumentStore, StoredDocument } from '../../ports/document-store';
import { settlePending } from '../operations/run-operation';
import type { Services } from '../services';
import type { AnswerSource } from './answers';
import { readReportInput, reportSettings, type ReportSettings } from './report-data';
import { chosenYear, settingsYear } from './report-year-choice';
import { sheetLayout, type SheetLayout } from './sheet-layout';

/** Writes the report's sheet: the adapter over SpreadsheetApp (src/gas/report/report-sheet.ts). */
export interface ReportSheets {
  /**
   * Replaces the sheet named `layout.sheetName` that an earlier report made (or makes it): its cells, formats
   * and charts. Refuses, writing nothing, when a sheet of that name is not the add-on's report.
   */
  replace(layout: SheetLayout): void;
  /** Puts `text` linked to `url` in the first cell of `row` of the report's sheet. */
  link(sheetName: string, row: number, text: string, url: string): void;
}

/** What the report needs besides the registry. */
export interface ReportPorts {
  readonly sheets: ReportSheets;
  readonly documents: DocumentStore;
  readonly answers: AnswerSource;
}

/** What was built, for the message to the curator. */
export interface BuiltReport {
  readonly sheetName: string;
  readonly year: string;
  readonly tables: number;
  readonly charts: number;
  readonly note: StoredDocument;
}

/** The Drive key of a year's note: one document per workbook and year. */
export function noteKey(year: string): string {
  return `annual-report-note:${year}`;
}

/**
 * Builds the report of the academic year in «Настройки», or of the year the curator typed (`yearAnswer`, empty
 * for the settings' year).
 */
export function buildReport(
  s: Services,
  ports: ReportPorts,
  yearAnswer = '',
  settings: ReportSettings = settledSettings(s),
): BuiltReport {
  const year = chosenYear(yearAnswer, settingsYear(settings.academicYearStart, settings.academicYearEnd));
  const report = buildAnnualReport(readReportInput(s, ports.answers, year));
  const layout = sheetLayout(report);
  // Under the lock: two curators building at once must not replace the same sheet in turns.
  s.lock.run(() => ports.sheets.replace(layout));
  const label = yearLabel(year);
  const name = noteTitle(year);
  const tree = analyticalNote(report, settings);
  let note: StoredDocument;
  try {
    const found = ports.documents.findByKey(noteKey(label));
    note = found
      ? ports.documents.rewrite(found.id, name, tree)
      : ports.documents.ensure(name, noteKey(label), tree);
  } catch (error) {
    // Google's limit of new documents for the day: the sheet is there, the note waits for the next build.
    if (!isDailyLimit(error)) throw error;
    throw new UserError(
      `Лист «${report.sheetName}» построен, а аналитическую справку Google сегодня создать не дал: ${error.message} ` +
        'Постройте отчёт ещё раз завтра — лист будет переписан, справка создана.',
    );
  }
  s.lock.run(() =>
    ports.sheets.link(report.sheetName, layout.noteRow, `Аналитическая справка: ${name}`, note.url),
  );
  return {
    sheetName: report.sheetName,
    year: label,
    tables: report.tables.length,
    charts: layout.charts.length,
    note: { ...note, name },
  };
}

/**
 * «Настройки» read once per build, after completing an operation a stopped execution left pending (so the report
 * counts what is really there): the menu asks its question with them and passes them on to `buildReport`.
 */
export function settledSettings(s: Services): ReportSettings {
  settlePending(s);
  return reportSettings(s);
}

/** «2025/2026»: the year of «Настройки», offered in the question before the build. */
export function settingsYearLabel(settings: ReportSettings): string {
  return yearLabel(settingsYear(settings.academicYearStart, settings.academicYearEnd));
}
