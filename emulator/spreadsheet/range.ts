import { addMetadata, rangeLocation } from './metadata';
import { FakeDeveloperMetadataFinder } from './metadata-finder';
import { addProtection, FakeProtection } from './protection';
import type { CellValue, CriteriaArg, ValidationModel } from './model';
import { withProp } from './range-base';
import { FakeRangeMerge } from './range-merge';
import { FakeRichTextValue, richTextOf } from './rich-text';
import { sortKeys, sortRows } from './sort';
import { FakeTextFinder } from './text-finder';
import { FakeDataValidationBuilder } from './validation';
import { rulesIn, setRuleGrid } from './validation-ranges';
import {
  gas,
  type GDeveloperMetadata,
  type GDeveloperMetadataFinder,
  type GProtection,
  type GRange,
} from './types';

/** `SpreadsheetApp` Range: a rectangle on one sheet; holds only coordinates, reads the model on each call. */
export class FakeRange extends FakeRangeMerge implements Partial<GRange> {
  /** A range at an offset from this one, as `Range.offset` (same size unless given). */
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    const r = this._rect();
    const sheet = this._sheet();
    return gas(
      this.getSheet().getRange(
        r.row + rowOffset,
        r.column + columnOffset,
        numRows ?? Math.min(r.numRows, sheet.maxRows),
        numColumns ?? Math.min(r.numColumns, sheet.maxColumns),
      ),
    );
  }

  /** The cell at 1-based (row, column) inside this range. */
  getCell(row: number, column: number): GRange {
    const r = this._rect();
    return gas(this.getSheet().getRange(r.row + row - 1, r.column + column - 1));
  }

  /** Checkbox validation on every cell and the unchecked value in the empty ones (as Insert › Checkbox does). */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): GRange {
    const args = [checkedValue, uncheckedValue].filter((x) => x !== undefined);
    const rule = new FakeDataValidationBuilder(this._store).requireCheckbox(...args).build();
    this.setDataValidation(rule);
    const unchecked = args.length === 0 ? false : args.length === 2 ? uncheckedValue : '';
    const values = this.getValues().map((line) => line.map((v) => (v === '' ? unchecked : v)));
    return this.setValues(values);
  }
  /** Clears checkbox validation, and the values that were the checked or unchecked value. */
  removeCheckboxes(): GRange {
    const rules = this._rules();
    this._write('Range.removeCheckboxes', (cell, i, j) => {
      const rule = rules[i][j];
      if (rule?.criteria !== 'CHECKBOX') return cell;
      const [checked, unchecked] = checkboxValues(rule.args);
      const box = cell?.v === checked || cell?.v === unchecked;
      return box ? withProp(cell, 'v', null) : cell;
    });
    const left = rules.map((line) => line.map((rule) => (rule?.criteria === 'CHECKBOX' ? null : rule)));
    setRuleGrid(this._sheet(), this._rect(), left);
    return gas(this);
  }
  check(): GRange {
    return this._tick('Range.check', true);
  }
  uncheck(): GRange {
    return this._tick('Range.uncheck', false);
  }
  _tick(what: string, on: boolean): GRange {
    const rules = this._rules();
    return gas(
      this._write(what, (cell, i, j) => {
        const rule = rules[i][j];
        if (rule?.criteria !== 'CHECKBOX') return cell;
        const [checked, unchecked] = checkboxValues(rule.args);
        const value = on ? checked : unchecked;
        return withProp(cell, 'v', value === '' ? null : (value as CellValue));
      }),
    );
  }
  /** true/false when every cell is a checked/unchecked checkbox; null when mixed or not all checkboxes. */
  isChecked(): boolean | null {
    const rules = this._rules();
    const states = this._read((cell, _sheet, i, j) => {
      const rule = rules[i][j];
      if (rule?.criteria !== 'CHECKBOX') return null;
      return cell?.v === checkboxValues(rule.args)[0];
    }).flat();
    if (states.some((s) => s === null)) return null;
    return states.every(Boolean) ? true : states.every((s) => !s) ? false : null;
  }
  /** The validation rule of every cell of the range. */
  _rules(): Array<Array<ValidationModel | null>> {
    return rulesIn(this._sheet(), this._rect());
  }

  /** §1.2 aside: rich text is stored as text, never parsed as a formula; the link covers the whole text. */
  setRichTextValue(value: GoogleAppsScript.Spreadsheet.RichTextValue): GRange {
    return this.setRichTextValues(this._fill(value));
  }
  setRichTextValues(values: GoogleAppsScript.Spreadsheet.RichTextValue[][]): GRange {
    this._checkShape(values);
    return gas(
      this._write('Range.setRichTextValues', (cell, i, j) => {
        const { text, link } = richTextOf(values[i][j]);
        return withProp(withProp(withProp(cell, 'f', null), 'v', text === '' ? null : text), 'link', link);
      }),
    );
  }
  /** null for cells that do not hold text. */
  getRichTextValue(): GoogleAppsScript.Spreadsheet.RichTextValue | null {
    return this.getRichTextValues()[0][0];
  }
  getRichTextValues(): (GoogleAppsScript.Spreadsheet.RichTextValue | null)[][] {
    return this._read((cell) =>
      cell && typeof cell.v === 'string' && !cell.f
        ? gas<GoogleAppsScript.Spreadsheet.RichTextValue>(
            new FakeRichTextValue(this._rt, { text: cell.v, link: cell.link ?? null }),
          )
        : !cell || cell.v === undefined
          ? gas<GoogleAppsScript.Spreadsheet.RichTextValue>(
              new FakeRichTextValue(this._rt, { text: '', link: null }),
            )
          : null,
    );
  }
  _fill<T>(value: T): T[][] {
    const { numRows, numColumns } = this._rect();
    return Array.from({ length: numRows }, () => new Array<T>(numColumns).fill(value));
  }

  /** Sorts the range's rows by sheet columns: a column, `{column, ascending}` or an array of those. */
  sort(sortSpecObj: unknown): GRange {
    this._store.requireWrite('Range.sort');
    const r = this._rect();
    const keys = sortKeys(sortSpecObj);
    for (const key of keys) {
      // [UNVERIFIED text] a sort column outside the range.
      if (key.column < r.column || key.column >= r.column + r.numColumns) {
        throw new Error('The specified sort column is outside the range.');
      }
    }
    sortRows(this._sheet(), r, keys);
    return gas(this);
  }
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    return gas(new FakeTextFinder(this._store, this._ssId, [this._rect()], findText));
  }

  /** Makes this range the selection, and its sheet the active sheet. */
  activate(): GRange {
    const ss = this._ss();
    ss.activeSheetId = this._range.sheetId;
    ss.activeRange = { ...this._range };
    return gas(this);
  }

  /** §1.6: always a new protection, even over an already protected range. */
  protect(): GProtection {
    this._store.requireWrite('Range.protect');
    const p = addProtection(this._ss(), 'RANGE', this._range.sheetId, this._rect());
    return gas(new FakeProtection(this._store, this._ssId, p.id));
  }

  /** §1.9: only whole rows/columns; any other range throws the live message. Returns this range. */
  addDeveloperMetadata(key: string, ...rest: unknown[]): GRange {
    this._store.requireWrite('Range.addDeveloperMetadata');
    addMetadata(this._ss(), rangeLocation(this), [key, ...rest]);
    return gas(this);
  }

  /** §1.9: metadata of the rows/columns this range wholly covers; a cell does not inherit its column's. */
  getDeveloperMetadata(): GDeveloperMetadata[] {
    return this.createDeveloperMetadataFinder().find();
  }

  createDeveloperMetadataFinder(): GDeveloperMetadataFinder {
    return gas(
      new FakeDeveloperMetadataFinder(this._store, this._ssId, { kind: 'range', range: this._rect() }),
    );
  }
}

/** A checkbox rule's checked and unchecked values: TRUE/FALSE by default, '' when only "checked" is given. */
function checkboxValues(args: CriteriaArg[]): [unknown, unknown] {
  if (args.length === 0) return [true, false];
  return [args[0], args.length > 1 ? args[1] : ''];
}
