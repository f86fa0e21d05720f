import { GasObject } from '../core/gas-object';
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  type RangeModel,
  type SheetModel,
  type SpreadsheetModel,
} from './model';
import { normalizeColor } from './css-colors';
import { checkFrozenEdge } from './merges';
import { FakeRange } from './range';
import { a1Range, gridRange, sameName } from './resolve';
import { lastColumn, lastRow, type SpreadsheetStore } from './store';
import { FakeSpreadsheet } from './spreadsheet';
import { gas, type GRange, type GSheet, type GSpreadsheet } from './types';

/** A sheet's identity, ranges and view settings; rows/columns and the rest extend it. */
export abstract class FakeSheetBase extends GasObject implements Partial<GSheet> {
  constructor(
    readonly _store: SpreadsheetStore,
    readonly _ssId: string,
    readonly _sheetId: number,
  ) {
    super(_store.rt, 'SpreadsheetApp', 'Sheet');
  }
  _ss(): SpreadsheetModel {
    return this._store.spreadsheet(this._ssId);
  }
  _sheet(): SheetModel {
    return this._store.sheet(this._ssId, this._sheetId);
  }
  _rangeOf(model: RangeModel): GRange {
    return gas(new FakeRange(this._store, this._ssId, model));
  }

  getName(): string {
    return this._sheet().name;
  }
  /** §1.4: names are unique; a taken name fails like insertSheet's. */
  setName(name: string): GSheet {
    this._store.requireWrite('Sheet.setName');
    const ss = this._ss();
    if (ss.sheets.some((s) => sameName(s.name, name) && s.sheetId !== this._sheetId)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this._sheet().name = name;
    return gas(this);
  }
  getSheetId(): number {
    return this._sheetId;
  }
  getSheetName(): string {
    return this._sheet().name;
  }
  /** 1-based position among the spreadsheet's sheets. */
  getIndex(): number {
    return this._ss().sheets.findIndex((s) => s.sheetId === this._sheetId) + 1;
  }
  getParent(): GSpreadsheet {
    return gas(new FakeSpreadsheet(this._store, this._ssId));
  }
  /** The linked form's URL, or null (§5.1: a form destination sheet is identified by it). */
  getFormUrl(): string | null {
    return this._sheet().formUrl ?? null;
  }
  /** Emulator-internal: the forms module links a response sheet to its form (null unlinks). */
  _linkForm(formUrl: string | null): void {
    const sheet = this._sheet();
    if (formUrl === null) delete sheet.formUrl;
    else sheet.formUrl = formUrl;
  }
  isSheetHidden(): boolean {
    return this._sheet().hidden;
  }
  /** [UNVERIFIED text] The last visible sheet cannot be hidden. */
  hideSheet(): GSheet {
    const ss = this._ss();
    if (ss.sheets.filter((s) => !s.hidden && s.sheetId !== this._sheetId).length === 0) {
      throw new Error("You can't hide all the sheets in a document.");
    }
    this._sheet().hidden = true;
    return gas(this);
  }
  showSheet(): GSheet {
    this._sheet().hidden = false;
    return gas(this);
  }
  /** The selection when this is the active sheet; A1 otherwise. */
  getActiveRange(): GRange {
    const ss = this._ss();
    const selected = ss.activeRange;
    if (ss.activeSheetId === this._sheetId && selected?.sheetId === this._sheetId)
      return this._rangeOf({ ...selected });
    return this.getRange(1, 1);
  }
  getActiveCell(): GRange {
    return this.getActiveRange().getCell(1, 1);
  }
  setActiveRange(range: GRange): GRange {
    return range.activate();
  }
  activate(): GSheet {
    const ss = this._ss();
    this._sheet().hidden = false;
    ss.activeSheetId = this._sheetId;
    return gas(this);
  }

  /** `getRange(a1)` or `getRange(row, column[, numRows[, numColumns]])` with the live errors of §1.2. */
  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): GRange {
    if (typeof a1OrRow === 'string') return this._rangeOf(a1Range(this._ss(), this._sheet(), a1OrRow));
    return this._rangeOf(gridRange(this._sheet(), a1OrRow, column ?? 1, numRows ?? 1, numColumns ?? 1));
  }
  /** §1.3: A1 to (last column, last row) of the data; A1 on an empty sheet. */
  getDataRange(): GRange {
    const sheet = this._sheet();
    return this._rangeOf(gridRange(sheet, 1, 1, Math.max(lastRow(sheet), 1), Math.max(lastColumn(sheet), 1)));
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    return this.getRange(startRow, startColumn, numRows, numColumns).getValues();
  }
  /** §1.3: 0 on an empty sheet. */
  getLastRow(): number {
    return lastRow(this._sheet());
  }
  getLastColumn(): number {
    return lastColumn(this._sheet());
  }
  getMaxRows(): number {
    return this._sheet().maxRows;
  }
  getMaxColumns(): number {
    return this._sheet().maxColumns;
  }

  /** §1.4: zero unfreezes. §1.13: an edge that would cut a merged block is refused. */
  setFrozenRows(rows: number): void {
    checkFrozenEdge(this._sheet(), 'rows', rows);
    this._sheet().frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._sheet().frozenRows;
  }
  setFrozenColumns(columns: number): void {
    checkFrozenEdge(this._sheet(), 'columns', columns);
    this._sheet().frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this._sheet().frozenColumns;
  }

  getRowHeight(rowPosition: number): number {
    return this._sheet().rowHeights[rowPosition] ?? DEFAULT_ROW_HEIGHT;
  }
  setRowHeight(rowPosition: number, height: number): GSheet {
    this._sheet().rowHeights[rowPosition] = height;
    return gas(this);
  }
  setRowHeights(startRow: number, numRows: number, height: number): GSheet {
    for (let r = startRow; r < startRow + numRows; r++) this._sheet().rowHeights[r] = height;
    return gas(this);
  }
  /**
   * §1.15 [DOC] .../spreadsheet/sheet#hideColumns(Integer,Integer): hides `numColumns` columns from the 1-based
   * `columnIndex`; the values stay and read as before. Positions off the sheet are refused with the text the
   * emulator uses for structural edits ([UNVERIFIED]).
   */
  hideColumns(columnIndex: number, numColumns = 1): void {
    this._span('Sheet.hideColumns', 'columns', columnIndex, numColumns);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._sheet().hiddenColumns[c] = true;
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this._span('Sheet.showColumns', 'columns', columnIndex, numColumns);
    const sheet = this._sheet();
    sheet.hiddenColumns = without(sheet.hiddenColumns, columnIndex, numColumns);
  }
  /** Hides the columns a range spans ([DOC] sheet#hideColumn(Range)). */
  hideColumn(column: GRange): void {
    this.hideColumns(column.getColumn(), column.getNumColumns());
  }
  /** Shows the columns a range spans ([DOC] sheet#unhideColumn(Range)). */
  unhideColumn(column: GRange): void {
    this.showColumns(column.getColumn(), column.getNumColumns());
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._sheet().hiddenColumns[columnPosition] === true;
  }
  hideRows(rowIndex: number, numRows = 1): void {
    this._span('Sheet.hideRows', 'rows', rowIndex, numRows);
    for (let r = rowIndex; r < rowIndex + numRows; r++) this._sheet().hiddenRows[r] = true;
  }
  showRows(rowIndex: number, numRows = 1): void {
    this._span('Sheet.showRows', 'rows', rowIndex, numRows);
    const sheet = this._sheet();
    sheet.hiddenRows = without(sheet.hiddenRows, rowIndex, numRows);
  }
  hideRow(row: GRange): void {
    this.hideRows(row.getRow(), row.getNumRows());
  }
  unhideRow(row: GRange): void {
    this.showRows(row.getRow(), row.getNumRows());
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this._sheet().hiddenRows[rowPosition] === true;
  }
  /** A write outside custom functions, over positions that exist on the sheet. */
  _span(what: string, noun: 'rows' | 'columns', start: number, count: number): void {
    this._store.requireWrite(what);
    const sheet = this._sheet();
    const size = noun === 'rows' ? sheet.maxRows : sheet.maxColumns;
    if (!(start >= 1 && count >= 1 && start + count - 1 <= size))
      throw new Error(`Those ${noun} are out of bounds.`);
  }
  getTabColor(): string | null {
    return this._sheet().tabColor;
  }
  /** §1.12: a CSS name or `#rgb` reads back as `#rrggbb`. */
  setTabColor(color: string | null): GSheet {
    this._sheet().tabColor = normalizeColor(color, 'Sheet.setTabColor');
    return gas(this);
  }

  getColumnWidth(columnPosition: number): number {
    return this._sheet().columnWidths[columnPosition] ?? DEFAULT_COLUMN_WIDTH;
  }
  setColumnWidth(columnPosition: number, width: number): GSheet {
    this._sheet().columnWidths[columnPosition] = width;
    return gas(this);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this._sheet().columnWidths[c] = width;
    return gas(this);
  }
  /** Fits the width to the longest display text; the emulator's "font" is 7 px per character plus padding. */
  autoResizeColumn(columnPosition: number): GSheet {
    return this.autoResizeColumns(columnPosition, 1);
  }
  autoResizeColumns(startColumn: number, numColumns: number): GSheet {
    const sheet = this._sheet();
    const rows = Math.max(lastRow(sheet), 1);
    const texts = this.getRange(1, startColumn, rows, numColumns).getDisplayValues();
    for (let j = 0; j < numColumns; j++) {
      const longest = Math.max(0, ...texts.map((line) => line[j].length));
      sheet.columnWidths[startColumn + j] = Math.max(DEFAULT_COLUMN_WIDTH, longest * 7 + 10);
    }
    return gas(this);
  }
}

/** The record without the positions start..start+count-1. */
function without<T>(record: Record<string, T>, start: number, count: number): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => +k < start || +k >= start + count));
}
