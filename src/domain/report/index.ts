/** The annual report's pure domain (README.md): the year's figures, the sheet's KPI tables, the analytical note. */
export {
  buildAnnualReport,
  reportFigures,
  reportTables,
  type AnnualReport,
  type ReportFigures,
} from './annual-report';
export { analyticalNote, noteTitle, type NoteSettings } from './analytical-note';
export type { AnswerKind, QuestionnaireResult, AnswerRole } from './questionnaire-results';
export type { ReportInput } from './report-input';
export {
  NO_DATA,
  type ChartSpec,
  type ColumnFormat,
  type ReportColumn,
  type ReportRow,
  type ReportTable,
  type ReportValue,
} from './report-table';
export { daysBetween, inYear, reportSheetName, yearLabel, yearRu, type ReportYear } from './report-year';
export * from './training';
