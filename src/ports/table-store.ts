/**
 * The registry's sheets as tables: read a whole table once, write back only the rows that changed, append new
 * rows. Columns are addressed by `ColumnSpec.key`, never by position, so a curator may reorder, rename or add
 * columns. Cells are as getValues gives them: a date cell is a `Date` meaning midnight in the spreadsheet's time
 * zone (`timeZone()`), which the domain's parseTable and toRow take.
 */
import type { ColumnSpec, TableSpec } from '../domain/registry/table-spec';
import type { Cells, SheetRow } from '../domain/registry/sheet-row';

export type { CellValue, Cells, SheetRow } from '../domain/registry/sheet-row';

/** A whole table as read, in sheet order; rows whose table cells are all empty are left out. */
export interface TableData {
  readonly spec: TableSpec;
  /** The sheet's name now (a curator may have renamed it). */
  readonly sheetName: string;
  readonly rows: readonly SheetRow[];
  /** Headers as the sheet shows them now, by column key (a curator may have renamed some). */
  readonly headers: Readonly<Record<string, string>>;
  /** Columns of the spec that the sheet does not have: reported, never guessed. */
  readonly missing: readonly ColumnSpec[];
}

/** New values for some cells of one existing row. */
export interface RowUpdate {
  readonly rowNumber: number;
  readonly cells: Cells;
}

/** Reads and writes registry tables; every write of one call is batched into as few sheet calls as possible. */
export interface TableStore {
  /** The spreadsheet's time zone, in which date cells mean midnight. */
  timeZone(): string;
  /** Reads the whole table in one go; throws a UserError when the sheet does not exist. */
  read(spec: TableSpec): TableData;
  /** Writes the given cells of existing rows (found earlier by ID under the same lock). */
  update(table: TableData, updates: readonly RowUpdate[]): void;
  /** Adds rows below the last row that has content. */
  append(table: TableData, rows: readonly Cells[]): void;
  /** Cells of the table's columns that hold a formula (typed by hand: people's data is written as text). */
  formulas?(
    table: TableData,
  ): Array<{ readonly rowNumber: number; readonly key: string; readonly formula: string }>;
  /** Adds rows to a table without reading its data (the journal grows for years): reads only its header. */
  appendTo(spec: TableSpec, rows: readonly Cells[]): void;
}
