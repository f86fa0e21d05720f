/** «Построить годовой отчёт»: the menu item's handler (the use case is src/app/report/build-report.ts). */
import {
  buildReport,
  settledSettings,
  settingsYearLabel,
  type BuiltReport,
} from '../../app/report/build-report';
import { questionnaireAnswers } from '../../app/report/answers';
import { isUserError } from '../../domain/user-error';
import { pluralRu } from '../../domain/russian/plural';
import { GoogleDocs } from '../documents/google-docs';
import { services } from '../services';
import { SheetReport } from './report-sheet';

const TITLE = 'Годовой отчёт';

/**
 * Asks which academic year (empty: the one in «Настройки»), builds its sheet and note, and tells the curator
 * where they are, the note's link included. The question comes before any lock (a prompt suspends the script).
 */
export function buildAnnualReport(): void {
  const s = services();
  try {
    const settings = settledSettings(s);
    const year = settingsYearLabel(settings);
    const answer = s.ui.prompt(
      `Отчёт будет построен за ${year} учебный год (из листа «Настройки»). Нажмите «ОК», оставив поле пустым, ` +
        'или введите другой учебный год, например 2024/2025.',
      TITLE,
    );
    if (answer === null) return;
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const built = buildReport(
      s,
      {
        sheets: new SheetReport(ss),
        documents: new GoogleDocs(() => ss.getId()),
        answers: questionnaireAnswers(s),
      },
      answer,
      settings,
    );
    s.ui.alert(builtMessage(built), TITLE);
  } catch (error) {
    if (!isUserError(error)) throw error;
    s.ui.alert(error.message, TITLE);
  }
}

/** What the curator reads at the end: the sheet, its tables and charts, the note's link. */
export function builtMessage(built: BuiltReport): string {
  const tables = `${built.tables} ${pluralRu(built.tables, ['таблица', 'таблицы', 'таблиц'])}`;
  const charts = `${built.charts} ${pluralRu(built.charts, ['диаграмма', 'диаграммы', 'диаграмм'])}`;
  return (
    `Отчёт за ${built.year} учебный год построен на листе «${built.sheetName}»: ${tables}, ${charts}. ` +
    `Аналитическая справка — Google Документ «${built.note.name}»: ${built.note.url} ` +
    '(ссылка есть и на листе отчёта). Разделы «Проблемы» и «Предложения» в ней заполните сами. ' +
    'При повторном построении лист отчёта и справка этого года будут переписаны заново.'
  );
}
