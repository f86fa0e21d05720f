import { FakeColor } from './color';
import { normalizeColor } from './css-colors';
import type { CellModel } from './model';
import { DEFAULT_NUMBER_FORMAT } from './model';
import { withProp } from './range-base';
import { FakeRangeValues } from './range-values';
import { gas, type GDataValidation, type GRange } from './types';
import { FakeDataValidation, validationModel } from './validation';
import { rulesIn, setRule, setRuleGrid } from './validation-ranges';

/** Formats, notes (stored per cell) and data validation (rules over ranges) of a Range: read back, shown nowhere. */
export abstract class FakeRangeFormat extends FakeRangeValues {
  /** §1.2: `setNumberFormat('general')` resets; the default reads back as '0.###############'. */
  getNumberFormat(): string {
    return this.getNumberFormats()[0][0];
  }
  getNumberFormats(): string[][] {
    return this._read((cell) => cell?.nf ?? DEFAULT_NUMBER_FORMAT);
  }
  setNumberFormat(numberFormat: string): GRange {
    const nf = /^general$/i.test(numberFormat) ? null : numberFormat;
    return gas(this._style('Range.setNumberFormat', 'nf', nf));
  }
  setNumberFormats(numberFormats: string[][]): GRange {
    return this._grid('Range.setNumberFormats', numberFormats, 'nf', (f) =>
      /^general$/i.test(f) ? null : f,
    );
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.getFontWeights()[0][0];
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this._read((cell) => (cell?.fontWeight ?? 'normal') as GoogleAppsScript.Spreadsheet.FontWeight);
  }
  setFontWeight(fontWeight: 'bold' | 'normal' | null): GRange {
    return gas(this._style('Range.setFontWeight', 'fontWeight', fontWeight === 'normal' ? null : fontWeight));
  }
  getFontColor(): string {
    return this._read((cell) => cell?.fontColor ?? '#000000')[0][0];
  }
  getFontColors(): string[][] {
    return this._read((cell) => cell?.fontColor ?? '#000000');
  }
  getFontColorObjects(): GoogleAppsScript.Spreadsheet.Color[][] {
    return this.getFontColors().map((line) => line.map((hex) => gas(new FakeColor(this._rt, hex))));
  }
  /** §1.12: a CSS name or `#rgb` reads back as `#rrggbb`. */
  setFontColor(color: string | null): GRange {
    return gas(this._style('Range.setFontColor', 'fontColor', normalizeColor(color, 'Range.setFontColor')));
  }
  setFontColors(colors: (string | null)[][]): GRange {
    const hex = colorGrid(colors, 'Range.setFontColors');
    return this._grid('Range.setFontColors', hex, 'fontColor', (c) => c);
  }
  setFontWeights(fontWeights: (string | null)[][]): GRange {
    return this._grid('Range.setFontWeights', fontWeights, 'fontWeight', (w) => (w === 'normal' ? null : w));
  }

  getBackground(): string {
    return this.getBackgrounds()[0][0];
  }
  getBackgrounds(): string[][] {
    return this._read((cell) => cell?.bg ?? '#ffffff');
  }
  /** §1.12: `setBackground('aliceblue')` reads back as `#f0f8ff`; `null` resets to white. */
  setBackground(color: string | null): GRange {
    return gas(this._style('Range.setBackground', 'bg', normalizeColor(color, 'Range.setBackground')));
  }
  setBackgrounds(color: (string | null)[][]): GRange {
    return this._grid('Range.setBackgrounds', colorGrid(color, 'Range.setBackgrounds'), 'bg', (c) => c);
  }

  getNote(): string {
    return this.getNotes()[0][0];
  }
  getNotes(): string[][] {
    return this._read((cell) => cell?.note ?? '');
  }
  setNote(note: string | null): GRange {
    return gas(this._style('Range.setNote', 'note', note === '' ? null : note));
  }
  setNotes(notes: (string | null)[][]): GRange {
    return this._grid('Range.setNotes', notes, 'note', (n) => n || null);
  }

  getWrap(): boolean {
    return this._read((cell) => cell?.wrap ?? true)[0][0];
  }
  setWrap(isWrapEnabled: boolean): GRange {
    return gas(this._style('Range.setWrap', 'wrap', isWrapEnabled));
  }
  getHorizontalAlignment(): string {
    return this.getHorizontalAlignments()[0][0];
  }
  getHorizontalAlignments(): string[][] {
    return this._read((cell) => cell?.hAlign ?? 'general');
  }
  setHorizontalAlignments(alignments: (string | null)[][]): GRange {
    return this._grid('Range.setHorizontalAlignments', alignments, 'hAlign', (a) => a);
  }
  getWraps(): boolean[][] {
    return this._read((cell) => cell?.wrap ?? true);
  }
  setWraps(isWrapEnabled: boolean[][]): GRange {
    return this._grid('Range.setWraps', isWrapEnabled, 'wrap', (w) => w);
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | null): GRange {
    return gas(this._style('Range.setHorizontalAlignment', 'hAlign', alignment));
  }

  /** §1.5: a rule on every cell; `null` removes it. Rules are stored, never enforced on script writes (§1.2). */
  setDataValidation(rule: GDataValidation | null): GRange {
    const dv = rule ? validationModel(rule, 'SpreadsheetApp.Range.setDataValidation') : null;
    this._checkWrite('Range.setDataValidation');
    setRule(this._sheet(), this._rect(), dv);
    return gas(this);
  }
  setDataValidations(rules: (GDataValidation | null)[][]): GRange {
    this._checkShape(rules);
    const grid = rules.map((line) =>
      line.map((r) => (r ? validationModel(r, 'SpreadsheetApp.Range.setDataValidations') : null)),
    );
    this._checkWrite('Range.setDataValidations');
    setRuleGrid(this._sheet(), this._rect(), grid);
    return gas(this);
  }
  getDataValidation(): GDataValidation | null {
    return this.getDataValidations()[0][0];
  }
  getDataValidations(): (GDataValidation | null)[][] {
    return rulesIn(this._sheet(), this._rect()).map((line) =>
      line.map((dv) => (dv ? gas<GDataValidation>(new FakeDataValidation(this._store, dv)) : null)),
    );
  }

  /** Sets one property from a 2-D grid of the range's shape. */
  _grid<K extends keyof CellModel, T>(
    what: string,
    grid: T[][],
    key: K,
    map: (x: T) => CellModel[K] | null,
  ): GRange {
    this._checkShape(grid);
    return gas(this._write(what, (cell, i, j) => withProp(cell, key, map(grid[i][j]))));
  }
}

/** Every colour of a grid normalised before anything is written (§1.12); the shape is checked by `_grid`. */
function colorGrid(colors: (string | null)[][], method: string): (string | null)[][] {
  return Array.isArray(colors)
    ? colors.map((line) => (Array.isArray(line) ? line.map((c) => normalizeColor(c, method)) : line))
    : colors;
}
