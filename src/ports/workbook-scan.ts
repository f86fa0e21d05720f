/** Looks through every cell and note of the whole spreadsheet, the curator's own sheets and columns included. */

/** A cell a person can go to: the sheet's name and the cell's A1 address («(заметка)» for a note). */
export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

/** Finds text anywhere in the workbook; reads only, never writes. */
export interface WorkbookScan {
  /** Cells (values and notes) whose text `matches`, sheet by sheet. */
  find(matches: (text: string) => boolean): CellRef[];
}
