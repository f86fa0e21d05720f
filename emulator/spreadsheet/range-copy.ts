import { copyCells, type CopyPart } from './copy';
import { checkProtected } from './guard';
import type { RangeModel, SheetModel } from './model';
import type { FakeRangeBase } from './range-base';
import { FakeRangeStyle } from './range-style';
import { gridRange } from './resolve';
import { putCell, touch } from './store';
import type { GRange } from './types';
import { rulesIn, setRuleGrid } from './validation-ranges';

/** Copying and moving cells between ranges. */
export abstract class FakeRangeCopy extends FakeRangeStyle {
  /**
   * `copyTo(dest)`, `copyTo(dest, {contentsOnly | formatOnly})` or `copyTo(dest, CopyPasteType, transposed)`
   * (PASTE_NORMAL, PASTE_VALUES, PASTE_FORMAT, PASTE_DATA_VALIDATION; no transposing).
   */
  copyTo(destination: GRange, ...rest: unknown[]): void {
    const [how, transposed] = rest;
    if (transposed === true) throw new Error('emulator: copyTo with transposed=true is not implemented');
    const options = (how && typeof how === 'object' ? how : {}) as {
      contentsOnly?: boolean;
      formatOnly?: boolean;
    };
    const type = typeof how === 'string' ? how : 'PASTE_NORMAL';
    const byType: Record<string, CopyPart> = {
      PASTE_NORMAL: 'all',
      PASTE_VALUES: 'contents',
      PASTE_FORMAT: 'format',
      PASTE_DATA_VALIDATION: 'validation',
    };
    const part = options.contentsOnly ? 'contents' : options.formatOnly ? 'format' : byType[type];
    if (!part) throw new Error(`emulator: copyTo with ${type} is not implemented`);
    this._copy('Range.copyTo', destination, part);
  }
  /** Copies everything to the target, then empties the source cells. */
  moveTo(target: GRange): void {
    const r = this._rect();
    const sheet = this._sheet();
    const saved = JSON.parse(
      JSON.stringify(sheet.rows.slice(r.row - 1, r.row - 1 + r.numRows)),
    ) as typeof sheet.rows;
    const written = this._copy('Range.moveTo', target, 'all', saved);
    const dest = (target as unknown as FakeRangeBase)._range;
    const rules = rulesIn(sheet, r);
    for (let i = 0; i < r.numRows; i++) {
      for (let j = 0; j < r.numColumns; j++) {
        const inDest =
          dest.sheetId === r.sheetId &&
          r.row + i >= written.row &&
          r.row + i < written.row + written.numRows &&
          r.column + j >= written.column &&
          r.column + j < written.column + written.numColumns;
        if (inDest) continue;
        putCell(sheet, r.row + i, r.column + j, null);
        rules[i][j] = null;
      }
    }
    setRuleGrid(sheet, r, rules);
    touch(sheet);
  }
  _copy(what: string, destination: GRange, part: CopyPart, savedRows?: SheetModel['rows']): RangeModel {
    this._store.requireWrite(what);
    const d = destination as unknown as FakeRangeBase;
    const src = this._rect();
    const destSheet = d._sheet();
    const target = d._rect();
    const size = {
      ...target,
      numRows: Math.max(target.numRows, src.numRows),
      numColumns: Math.max(target.numColumns, src.numColumns),
    };
    gridRange(destSheet, size.row, size.column, size.numRows, size.numColumns);
    checkProtected(d._ss(), destSheet, size, this._rt.activeUser);
    const rules = rulesIn(this._sheet(), src);
    const from = savedRows ? { ...this._sheet(), rows: savedRows } : this._sheet();
    const fromRect = savedRows ? { ...src, row: 1 } : src;
    return copyCells(from, fromRect, destSheet, target, part, rules);
  }
}
