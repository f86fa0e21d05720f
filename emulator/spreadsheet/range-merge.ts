import { addMerges, breakApart, checkMerge, mergePieces, mergesIn } from './merges';
import { withProp } from './range-base';
import { FakeRangeCopy } from './range-copy';
import { gas, type GRange } from './types';

/**
 * Merged cells of a Range (§1.13 [DOC] .../spreadsheet/range#merge()): `merge` makes one block, `mergeAcross` one
 * per row, `mergeVertically` one per column; only the top-left value of a block is kept, as in the Sheets UI.
 */
export abstract class FakeRangeMerge extends FakeRangeCopy {
  merge(): GRange {
    return this._merge('Range.merge', 'all');
  }
  mergeAcross(): GRange {
    return this._merge('Range.mergeAcross', 'across');
  }
  mergeVertically(): GRange {
    return this._merge('Range.mergeVertically', 'vertically');
  }
  _merge(what: string, how: 'all' | 'across' | 'vertically'): GRange {
    const sheet = this._sheet();
    const rect = this._rect();
    const pieces = mergePieces(rect, how);
    checkMerge(sheet, pieces);
    this._write(what, (cell, i, j) => {
      const piece = pieces.find(
        (p) =>
          rect.row + i >= p.row &&
          rect.row + i < p.row + p.numRows &&
          rect.column + j >= p.column &&
          rect.column + j < p.column + p.numColumns,
      );
      const topLeft = piece && piece.row === rect.row + i && piece.column === rect.column + j;
      return piece && !topLeft
        ? withProp(withProp(withProp(cell, 'v', null), 'f', null), 'link', null)
        : cell;
    });
    addMerges(sheet, pieces);
    return gas(this);
  }

  /** Unmerges every merge inside the range; a merge only partly inside is refused (§1.13 [FIELD]). */
  breakApart(): GRange {
    this._checkWrite('Range.breakApart');
    breakApart(this._sheet(), this._rect());
    return gas(this);
  }

  /** Whether any cell of the range is part of a merge ([DOC] range#isPartOfMerge()). */
  isPartOfMerge(): boolean {
    return mergesIn(this._sheet(), this._rect()).length > 0;
  }

  /** The merges inside the range or holding at least one of its cells ([DOC] range#getMergedRanges()). */
  getMergedRanges(): GRange[] {
    return mergesIn(this._sheet(), this._rect()).map((m) =>
      this.getSheet().getRange(m.row, m.column, m.numRows, m.numColumns),
    );
  }
}
