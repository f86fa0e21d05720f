/** The WorkbookScan port: each sheet's data range read once for values and once for notes. */
import type { CellRef, WorkbookScan } from '../../ports/workbook-scan';
import { a1 } from './a1';

/** Scans the open spreadsheet. */
export class GasWorkbookScan implements WorkbookScan {
  constructor(private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  find(matches: (text: string) => boolean): CellRef[] {
    const found: CellRef[] = [];
    for (const sheet of this.ss.getSheets()) {
      if (sheet.getLastRow() === 0) continue;
      const range = sheet.getDataRange();
      const name = sheet.getName();
      const values = range.getValues();
      const notes = range.getNotes();
      values.forEach((line, r) =>
        line.forEach((value, c) => {
          if (typeof value === 'string' && value !== '' && matches(value))
            found.push({ sheet: name, cell: a1(r + 1, c + 1) });
          const note = notes[r]?.[c];
          if (note && matches(note)) found.push({ sheet: name, cell: `${a1(r + 1, c + 1)} (заметка)` });
        }),
      );
    }
    return found;
  }
}
