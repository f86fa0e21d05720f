import { serialToDate } from './dates';
import { checkInputs, parseInput, writeCell } from './input';
import type { CellModel } from './model';
import { displayValue, isDateFormat, localeFormats } from './number-format';
import { FakeRangeBase } from './range-base';
import { setRule } from './validation-ranges';
import { signatureError, type GRange } from './types';

const FORMAT_KEYS = [
  'nf',
  'bg',
  'fontWeight',
  'fontColor',
  'wrap',
  'hAlign',
  'vAlign',
  'fontSize',
  'fontStyle',
  'fontFamily',
  'border',
];

type Value = number | string | boolean | Date;

/** Values, formulas and clearing of a Range (§1.1, §1.2). */
export abstract class FakeRangeValues extends FakeRangeBase {
  /** §1.1: Number, Boolean, Date or String; '' for empty; Date for date/time formatted numbers. */
  getValues(): Value[][] {
    const tz = this._ss().timeZone;
    this._store.cells.valueRead(this._sheet().name);
    return this._read((cell) => readValue(cell, tz));
  }

  getValue(): Value {
    const { row, column } = this._range;
    const sheet = this._sheet();
    this._store.cells.valueRead(sheet.name);
    this._store.cells.read(sheet.name, 1);
    const cells = sheet.rows[row - 1];
    return readValue((cells && cells[column - 1]) ?? null, this._ss().timeZone);
  }

  /** §1.1: always strings, formatted as the spreadsheet's locale shows them. */
  getDisplayValues(): string[][] {
    const loc = localeFormats(this._ss().locale);
    this._store.cells.valueRead(this._sheet().name);
    return this._read((cell) => (cell ? displayValue(cell.v, cell.nf, loc) : ''));
  }

  getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }

  /** §1.2: USER_ENTERED parsing of every value; the shape must match the range exactly. */
  setValues(values: unknown[][]): GRange {
    if (!Array.isArray(values) || !values.every(Array.isArray)) {
      throw signatureError('SpreadsheetApp.Range.setValues', [values]);
    }
    this._checkShape(values);
    checkInputs(values);
    const ss = this._ss();
    const now = this._rt.now;
    return this._write('Range.setValues', (cell, i, j) =>
      writeCell(
        cell,
        parseInput(values[i][j], { nf: cell?.nf, locale: ss.locale, timeZone: ss.timeZone, now }),
      ),
    ) as unknown as GRange;
  }

  /** §1.2: one value into every cell of the range. */
  setValue(value: unknown): GRange {
    checkInputs([[value]]);
    const ss = this._ss();
    const now = this._rt.now;
    return this._write('Range.setValue', (cell) =>
      writeCell(cell, parseInput(value, { nf: cell?.nf, locale: ss.locale, timeZone: ss.timeZone, now })),
    ) as unknown as GRange;
  }

  getFormulas(): string[][] {
    this._store.cells.valueRead(this._sheet().name);
    return this._read((cell) => cell?.f ?? '');
  }

  getFormula(): string {
    return this.getFormulas()[0][0];
  }

  setFormula(formula: string): GRange {
    return this.setValue(formula.startsWith('=') ? formula : `=${formula}`);
  }

  setFormulas(formulas: string[][]): GRange {
    this._checkShape(formulas);
    return this.setValues(formulas.map((line) => line.map((f) => (f && !f.startsWith('=') ? `=${f}` : f))));
  }

  /**
   * §1.14 [DOC] .../spreadsheet/range#clear(), #clear(Object): `clear()` clears contents and formats, and «clearing
   * format also clears data validation rules»; notes stay. With options, each `…Only` flag clears its part
   * (`formatOnly` takes the validation with it); options with no such flag clear everything, notes included
   * («by default all data is cleared»).
   */
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    commentsOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): GRange {
    const o = options ?? {};
    const only = o.contentsOnly || o.formatOnly || o.commentsOnly || o.validationsOnly;
    const all = !only;
    const drop = new Set<string>();
    if (all || o.contentsOnly) ['v', 'f', 'link'].forEach((k) => drop.add(k));
    if (all || o.formatOnly) FORMAT_KEYS.forEach((k) => drop.add(k));
    if (o.commentsOnly || (all && options !== undefined)) drop.add('note');
    this._write('Range.clear', (cell) => {
      if (!cell) return null;
      const next = Object.fromEntries(Object.entries(cell).filter(([k]) => !drop.has(k))) as CellModel;
      return Object.keys(next).length ? next : null;
    });
    if (all || o.formatOnly || o.validationsOnly) setRule(this._sheet(), this._rect(), null);
    return this as unknown as GRange;
  }

  clearContent(): GRange {
    return this.clear({ contentsOnly: true });
  }

  clearFormat(): GRange {
    return this.clear({ formatOnly: true });
  }

  clearNote(): GRange {
    return this.clear({ commentsOnly: true });
  }

  clearDataValidations(): GRange {
    return this.clear({ validationsOnly: true });
  }

  isBlank(): boolean {
    return this._read((cell) => !cell || ((cell.v === undefined || cell.v === '') && !cell.f)).every((line) =>
      line.every(Boolean),
    );
  }
}

/** The typed value of a cell (§1.1). */
export function readValue(cell: CellModel | null, timeZone: string): Value {
  if (!cell || cell.v === undefined) return '';
  const v = cell.v;
  if (typeof v === 'number' && cell.nf && isDateFormat(cell.nf)) return serialToDate(v, timeZone);
  return v;
}
