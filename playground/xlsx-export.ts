import type { Workspace } from '../test/emulator/workspace';
import { HttpError } from './http-util';
import { workbookView } from './workbook-view';

/** The part of exceljs's API the export uses (the package is optional: see README «Run it locally»). */
interface ExcelJsModule {
  Workbook: new () => {
    creator: string;
    addWorksheet(
      name: string,
      options?: { views?: Array<{ state: 'frozen'; xSplit: number; ySplit: number }> },
    ): {
      addRow(values: unknown[]): { font: unknown };
      getColumn(index: number): { width: number };
      getCell(row: number, column: number): { note: unknown; font: unknown; fill: unknown };
    };
    xlsx: { writeBuffer(): Promise<ArrayBuffer> };
  };
}

/** A file to download. */
export interface ExportFile {
  name: string;
  type: string;
  data: Buffer;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function loadExcelJs(): ExcelJsModule {
  try {
    // Optional dependency, loaded only when someone exports.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('exceljs') as ExcelJsModule;
  } catch {
    throw new HttpError(
      501,
      'Выгрузка в .xlsx требует пакета exceljs: выполните npm install и перезапустите npm start.',
    );
  }
}

/**
 * The local workbook as an .xlsx file for LibreOffice or Excel: every sheet with what Sheets displays (text as
 * text, never a formula), frozen header rows, bold headers, notes.
 */
export async function workbookXlsx(ws: Workspace): Promise<ExportFile> {
  const ExcelJS = loadExcelJs();
  const view = workbookView(ws, { full: true });
  const book = new ExcelJS.Workbook();
  book.creator = 'Наставник (локальный запуск)';
  for (const sheet of view.sheets) {
    const views =
      sheet.frozenRows || sheet.frozenColumns
        ? [{ state: 'frozen' as const, xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }]
        : [];
    const out = book.addWorksheet(safeSheetName(sheet.name), { views });
    sheet.rows.forEach((row, r) => {
      out.addRow(row.map((cell) => cell.text));
      row.forEach((cell, c) => {
        const target = out.getCell(r + 1, c + 1);
        if (cell.note) target.note = cell.note;
        if (cell.bold) target.font = { bold: true };
        if (cell.background) {
          target.fill = {
            type: 'pattern',
            pattern: 'solid',
            fgColor: { argb: `FF${cell.background.slice(1)}` },
          };
        }
      });
    });
    sheet.widths.forEach((px, i) => (out.getColumn(i + 1).width = Math.max(6, Math.round(px / 7))));
  }
  const data = Buffer.from(await book.xlsx.writeBuffer());
  return { name: `${view.name || 'Реестр'}.xlsx`, type: XLSX_TYPE, data };
}

/** Excel forbids : \ / ? * [ ] in sheet names and caps them at 31 characters. */
function safeSheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Лист';
}
