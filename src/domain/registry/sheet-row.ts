/**
 * Cells and rows as the sheet layer reads and writes them: the one shape the domain's readers (parseTable,
 * parseSettings, anonymise) take, `toRow` gives, and the TableStore port carries.
 */

/** What one cell holds as getValues gives it and setValues takes it: empty cells are ''. */
export type CellValue = string | number | boolean | Date;

/** Cells of one row by column key; a key that is absent is not touched on write. */
export type Cells = Readonly<Record<string, CellValue>>;

/** One non-blank data row as read, with its sheet row number (1-based, the header is row 1). */
export interface SheetRow {
  readonly rowNumber: number;
  readonly cells: Cells;
}
