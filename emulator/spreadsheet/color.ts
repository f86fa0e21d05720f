import { GasObject } from '../core/gas-object';
import type { Runtime } from '../core/runtime';
import { enumValue, gas } from './types';

/** A `Color` that is always RGB here: the emulator keeps colours as '#rrggbb' strings. */
export class FakeColor extends GasObject implements Partial<GoogleAppsScript.Spreadsheet.Color> {
  constructor(
    rt: Runtime,
    readonly _hex: string,
  ) {
    super(rt, 'SpreadsheetApp', 'Color');
  }
  getColorType(): GoogleAppsScript.Base.ColorType {
    return enumValue('RGB');
  }
  asRgbColor(): GoogleAppsScript.Base.RgbColor {
    return gas(new FakeRgbColor(this._rt, this._hex));
  }
}

/** `RgbColor`: the hex string and its channels. */
export class FakeRgbColor extends GasObject implements Partial<GoogleAppsScript.Base.RgbColor> {
  constructor(
    rt: Runtime,
    readonly _hex: string,
  ) {
    super(rt, 'SpreadsheetApp', 'RgbColor');
  }
  asHexString(): string {
    return this._hex;
  }
  getRed(): number {
    return parseInt(this._hex.slice(1, 3), 16);
  }
  getGreen(): number {
    return parseInt(this._hex.slice(3, 5), 16);
  }
  getBlue(): number {
    return parseInt(this._hex.slice(5, 7), 16);
  }
  getColorType(): GoogleAppsScript.Base.ColorType {
    return enumValue('RGB');
  }
}
