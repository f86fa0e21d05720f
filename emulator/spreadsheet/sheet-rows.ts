import { checkInputs, parseInput, writeCell } from './input';
import { checkProtected } from './guard';
import { FakeSheetBase } from './sheet-base';
import { cellAt, lastRow, putCell, touch } from './store';
import { resize, type Dim } from './structure';
import { gas, type GSheet } from './types';

/** Row and column structure of a sheet, appendRow and clearing. */
export abstract class FakeSheetRows extends FakeSheetBase {
  _resize(what: string, dim: Dim, at: number, n: number): GSheet {
    this._store.requireWrite(what);
    const sheet = this._sheet();
    const size = dim === 'ROWS' ? sheet.maxRows : sheet.maxColumns;
    const noun = dim === 'ROWS' ? 'rows' : 'columns';
    // [UNVERIFIED texts, as seen in the field] for positions off the sheet and for deleting everything.
    if (at < 1 || (n > 0 ? at > size + 1 : at - n - 1 > size))
      throw new Error(`Those ${noun} are out of bounds.`);
    if (n < 0 && -n >= size) throw new Error(`Sorry, it is not possible to delete all non-frozen ${noun}.`);
    const span = Math.abs(n);
    const touched =
      dim === 'ROWS'
        ? {
            sheetId: sheet.sheetId,
            row: Math.min(at, sheet.maxRows),
            column: 1,
            numRows: n > 0 ? 1 : span,
            numColumns: 1,
            wholeRows: true,
          }
        : {
            sheetId: sheet.sheetId,
            row: 1,
            column: Math.min(at, sheet.maxColumns),
            numRows: 1,
            numColumns: n > 0 ? 1 : span,
            wholeColumns: true,
          };
    // Inserting is refused only on a protected sheet; deleting also where a protected range loses cells.
    if (n < 0 || this._ss().protections.some((p) => p.type === 'SHEET' && p.sheetId === sheet.sheetId)) {
      checkProtected(
        this._ss(),
        sheet,
        n > 0 ? { ...touched, numRows: 1, numColumns: 1 } : touched,
        this._rt.activeUser,
      );
    }
    resize(this._ss(), sheet, dim, at, n);
    return gas(this);
  }

  insertRowBefore(beforePosition: number): GSheet {
    return this._resize('Sheet.insertRowBefore', 'ROWS', beforePosition, 1);
  }
  insertRowAfter(afterPosition: number): GSheet {
    return this._resize('Sheet.insertRowAfter', 'ROWS', afterPosition + 1, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    return this._resize('Sheet.insertRowsBefore', 'ROWS', beforePosition, howMany);
  }
  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    return this._resize('Sheet.insertRowsAfter', 'ROWS', afterPosition + 1, howMany);
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this._resize('Sheet.insertRows', 'ROWS', rowIndex, numRows);
  }
  deleteRow(rowPosition: number): GSheet {
    return this._resize('Sheet.deleteRow', 'ROWS', rowPosition, -1);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this._resize('Sheet.deleteRows', 'ROWS', rowPosition, -howMany);
  }
  insertColumnBefore(beforePosition: number): GSheet {
    return this._resize('Sheet.insertColumnBefore', 'COLUMNS', beforePosition, 1);
  }
  insertColumnAfter(afterPosition: number): GSheet {
    return this._resize('Sheet.insertColumnAfter', 'COLUMNS', afterPosition + 1, 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): GSheet {
    return this._resize('Sheet.insertColumnsBefore', 'COLUMNS', beforePosition, howMany);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    return this._resize('Sheet.insertColumnsAfter', 'COLUMNS', afterPosition + 1, howMany);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this._resize('Sheet.insertColumns', 'COLUMNS', columnIndex, numColumns);
  }
  deleteColumn(columnPosition: number): GSheet {
    return this._resize('Sheet.deleteColumn', 'COLUMNS', columnPosition, -1);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this._resize('Sheet.deleteColumns', 'COLUMNS', columnPosition, -howMany);
  }

  /** Writes after the last row with content, parsing like setValues (§1.2); grows the sheet when full. */
  appendRow(rowContents: unknown[]): GSheet {
    this._store.requireWrite('Sheet.appendRow');
    const ss = this._ss();
    const now = this._rt.now;
    const sheet = this._sheet();
    checkInputs([rowContents]);
    const row = lastRow(sheet) + 1;
    const rect = {
      sheetId: sheet.sheetId,
      row,
      column: 1,
      numRows: 1,
      numColumns: Math.max(rowContents.length, 1),
    };
    checkProtected(ss, sheet, rect, this._rt.activeUser);
    if (row > sheet.maxRows) sheet.maxRows = row;
    if (rowContents.length > sheet.maxColumns) sheet.maxColumns = rowContents.length;
    this._store.cells.wrote(sheet.name, rowContents.length);
    rowContents.forEach((value, j) => {
      const cell = cellAt(sheet, row, j + 1);
      putCell(
        sheet,
        row,
        j + 1,
        writeCell(cell, parseInput(value, { nf: cell?.nf, locale: ss.locale, timeZone: ss.timeZone, now })),
      );
    });
    touch(sheet);
    return gas(this);
  }

  /**
   * §1.14 [DOC] .../spreadsheet/sheet#clear(): clears «content and formatting information» of every cell, as
   * `Range.clear()` does: data validation goes with the formats («clearing format also clears data validation
   * rules», range#clear(Object)), notes stay (they are neither), merges stay [FIELD]. Formatting includes
   * conditional formatting (sheet#clearFormats()), so the sheet's conditional-format rules go with the formats.
   * `{contentsOnly}` / `{formatOnly}` limit it to one of the two.
   */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): GSheet {
    this._store.requireWrite('Sheet.clear');
    const sheet = this._sheet();
    const only = options?.contentsOnly || options?.formatOnly;
    const all = this.getRange(1, 1, sheet.maxRows, sheet.maxColumns);
    if (only) all.clear({ contentsOnly: !!options?.contentsOnly, formatOnly: !!options?.formatOnly });
    else all.clear();
    if (!only || options?.formatOnly) sheet.conditionalRules = [];
    touch(sheet);
    return gas(this);
  }
  clearContents(): GSheet {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): GSheet {
    return this.clear({ formatOnly: true });
  }
}
