import type { BorderModel } from './model';
import { FakeRangeFormat } from './range-format';
import { gas, type GRange } from './types';

type Style = GoogleAppsScript.Spreadsheet.BorderStyle;

/** Text style, vertical alignment and borders of a Range: stored per cell, only read back. */
export abstract class FakeRangeStyle extends FakeRangeFormat {
  getFontSize(): number {
    return this.getFontSizes()[0][0];
  }
  getFontSizes(): number[][] {
    return this._read((cell) => cell?.fontSize ?? 10);
  }
  setFontSize(size: number): GRange {
    return gas(this._style('Range.setFontSize', 'fontSize', size === 10 ? null : size));
  }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this._read(
      (cell) => (cell?.fontStyle ?? 'normal') as GoogleAppsScript.Spreadsheet.FontStyle,
    )[0][0];
  }
  setFontStyle(fontStyle: 'italic' | 'normal' | null): GRange {
    return gas(this._style('Range.setFontStyle', 'fontStyle', fontStyle === 'normal' ? null : fontStyle));
  }
  getFontFamily(): string {
    return this._read((cell) => cell?.fontFamily ?? 'Arial')[0][0];
  }
  setFontFamily(fontFamily: string | null): GRange {
    return gas(this._style('Range.setFontFamily', 'fontFamily', fontFamily));
  }
  getVerticalAlignment(): string {
    return this._read((cell) => cell?.vAlign ?? 'bottom')[0][0];
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): GRange {
    return gas(this._style('Range.setVerticalAlignment', 'vAlign', alignment));
  }
  /** Stores the call's arguments on every cell; the emulator does not resolve them to cell edges. */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: Style | null,
  ): GRange {
    const border: BorderModel = {
      top,
      left,
      bottom,
      right,
      vertical,
      horizontal,
      color: color ?? null,
      style: style === undefined || style === null ? null : String(style),
    };
    const none = [top, left, bottom, right, vertical, horizontal].every((x) => x === false);
    return gas(this._style('Range.setBorder', 'border', none ? null : border));
  }
  /** Emulator-internal: the border arguments stored on the top-left cell (there is no public getter). */
  _border(): BorderModel | null {
    return this._read((cell) => cell?.border ?? null)[0][0];
  }
}
