import ExcelJS from 'exceljs';
import type { Workspace } from '../emulator/workspace';
import { workbookView } from './workbook-view';

/** A file to download. */
export interface ExportFile {
  name: string;
  type: string;
  data: Buffer;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The local workbook as an .xlsx file for LibreOffice or Excel: every sheet with what Sheets displays (as text,
 * never a formula), frozen rows and columns, bold headers, backgrounds, notes, column widths and hidden columns.
 */
export async function workbookXlsx(ws: Workspace): Promise<ExportFile> {
  const view = workbookView(ws, { full: true });
  const book = new ExcelJS.Workbook();
  book.creator = 'Наставник (локальный запуск)';
  for (const sheet of view.sheets) {
    const frozen = sheet.frozenRows > 0 || sheet.frozenColumns > 0;
    const out = book.addWorksheet(safeSheetName(sheet.name), {
      views: frozen ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }] : [],
      state: sheet.hidden ? 'hidden' : 'visible',
    });
    sheet.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (!cell.text && !cell.note && !cell.background) return;
        const target = out.getCell(r + 1, c + 1);
        target.value = cell.text;
        if (cell.note) target.note = cell.note;
        if (cell.bold) target.font = { bold: true };
        if (cell.background && /^#[0-9a-f]{6}$/i.test(cell.background)) {
          target.fill = {
            type: 'pattern',
            pattern: 'solid',
            fgColor: { argb: `FF${cell.background.slice(1)}` },
          };
        }
      });
    });
    sheet.widths.forEach((px, i) => (out.getColumn(i + 1).width = Math.max(6, Math.round(px / 7))));
    for (const column of sheet.hiddenColumns) out.getColumn(column).hidden = true;
  }
  const data = Buffer.from(await book.xlsx.writeBuffer());
  return { name: `${view.name || 'Реестр'}.xlsx`, type: XLSX_TYPE, data };
}

/** Excel forbids : \ / ? * [ ] in sheet names and caps them at 31 characters. */
function safeSheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Лист';
}
