import { GasObject } from '../core/gas-object';
import { fromArg, toArg } from './criteria';
import type { ValidationModel } from './model';
import type { SpreadsheetStore } from './store';
import { enumValue, gas, signatureError, type GDataValidation, type GDataValidationBuilder } from './types';

type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

/** A built rule (§1.5): an immutable view of a ValidationModel. */
export class FakeDataValidation extends GasObject implements Partial<GDataValidation> {
  constructor(
    readonly _store: SpreadsheetStore,
    readonly _model: ValidationModel,
  ) {
    super(_store.rt, 'SpreadsheetApp', 'DataValidation');
  }
  getCriteriaType(): Criteria {
    return enumValue(this._model.criteria);
  }
  getCriteriaValues(): unknown[] {
    return this._model.args.map((a) => fromArg(this._store, a));
  }
  getAllowInvalid(): boolean {
    return this._model.allowInvalid;
  }
  getHelpText(): string {
    return this._model.helpText ?? '';
  }
  copy(): GDataValidationBuilder {
    return gas(new FakeDataValidationBuilder(this._store, clone(this._model)));
  }
}

/** The model inside a DataValidation the script passes in. */
export function validationModel(rule: GDataValidation, method: string): ValidationModel {
  // A builder passed without .build() is refused as live, with the signature message.
  if (!(rule instanceof FakeDataValidation)) throw signatureError(method, [rule]);
  return clone(rule._model);
}

function clone(m: ValidationModel): ValidationModel {
  return JSON.parse(JSON.stringify(m)) as ValidationModel;
}

/** `SpreadsheetApp.newDataValidation()`: criteria plus options; `allowInvalid` defaults to true (§1.5). */
export class FakeDataValidationBuilder extends GasObject implements Partial<GDataValidationBuilder> {
  constructor(
    readonly _store: SpreadsheetStore,
    readonly _model: ValidationModel = { criteria: '', args: [], allowInvalid: true, helpText: null },
  ) {
    super(_store.rt, 'SpreadsheetApp', 'DataValidationBuilder');
  }

  _set(criteria: string, ...args: unknown[]): GDataValidationBuilder {
    this._model.criteria = criteria;
    this._model.args = args.map(toArg);
    return gas(this);
  }

  withCriteria(criteria: Criteria, args: unknown[]): GDataValidationBuilder {
    return this._set(String(criteria), ...args);
  }
  requireValueInList(values: string[], showDropdown = true): GDataValidationBuilder {
    return this._set('VALUE_IN_LIST', values, showDropdown);
  }
  requireValueInRange(
    range: GoogleAppsScript.Spreadsheet.Range,
    showDropdown = true,
  ): GDataValidationBuilder {
    return this._set('VALUE_IN_RANGE', range, showDropdown);
  }
  requireCheckbox(...values: unknown[]): GDataValidationBuilder {
    return this._set('CHECKBOX', ...values);
  }
  /** §1.5 live: `requireDate("=I1")` is rejected with the signature message. */
  requireDate(...args: unknown[]): GDataValidationBuilder {
    if (args.length) {
      const types = args.map((a) =>
        typeof a === 'string' ? 'String' : typeof a === 'number' ? 'number' : 'Object',
      );
      throw new Error(
        `The parameters (${types.join(',')}) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireDate.`,
      );
    }
    return this._set('DATE_IS_VALID_DATE');
  }
  requireDateAfter(date: Date): GDataValidationBuilder {
    return this._set('DATE_AFTER', date);
  }
  requireDateBefore(date: Date): GDataValidationBuilder {
    return this._set('DATE_BEFORE', date);
  }
  requireDateBetween(start: Date, end: Date): GDataValidationBuilder {
    return this._set('DATE_BETWEEN', start, end);
  }
  requireDateOnOrAfter(date: Date): GDataValidationBuilder {
    return this._set('DATE_ON_OR_AFTER', date);
  }
  requireDateOnOrBefore(date: Date): GDataValidationBuilder {
    return this._set('DATE_ON_OR_BEFORE', date);
  }
  requireNumberBetween(start: number, end: number): GDataValidationBuilder {
    return this._set('NUMBER_BETWEEN', start, end);
  }
  requireNumberNotBetween(start: number, end: number): GDataValidationBuilder {
    return this._set('NUMBER_NOT_BETWEEN', start, end);
  }
  requireNumberEqualTo(n: number): GDataValidationBuilder {
    return this._set('NUMBER_EQUAL_TO', n);
  }
  requireNumberNotEqualTo(n: number): GDataValidationBuilder {
    return this._set('NUMBER_NOT_EQUAL_TO', n);
  }
  requireNumberGreaterThan(n: number): GDataValidationBuilder {
    return this._set('NUMBER_GREATER_THAN', n);
  }
  requireNumberGreaterThanOrEqualTo(n: number): GDataValidationBuilder {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', n);
  }
  requireNumberLessThan(n: number): GDataValidationBuilder {
    return this._set('NUMBER_LESS_THAN', n);
  }
  requireNumberLessThanOrEqualTo(n: number): GDataValidationBuilder {
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', n);
  }
  requireTextContains(text: string): GDataValidationBuilder {
    return this._set('TEXT_CONTAINS', text);
  }
  requireTextDoesNotContain(text: string): GDataValidationBuilder {
    return this._set('TEXT_DOES_NOT_CONTAIN', text);
  }
  requireTextEqualTo(text: string): GDataValidationBuilder {
    return this._set('TEXT_EQUAL_TO', text);
  }
  requireTextIsEmail(): GDataValidationBuilder {
    return this._set('TEXT_IS_VALID_EMAIL');
  }
  requireTextIsUrl(): GDataValidationBuilder {
    return this._set('TEXT_IS_VALID_URL');
  }
  requireFormulaSatisfied(formula: string): GDataValidationBuilder {
    return this._set('CUSTOM_FORMULA', formula);
  }
  setAllowInvalid(allowInvalidData: boolean): GDataValidationBuilder {
    this._model.allowInvalid = allowInvalidData;
    return gas(this);
  }
  setHelpText(helpText: string): GDataValidationBuilder {
    this._model.helpText = helpText;
    return gas(this);
  }
  getCriteriaType(): Criteria {
    return enumValue(this._model.criteria);
  }
  getCriteriaValues(): unknown[] {
    return this._model.args.map((a) => fromArg(this._store, a));
  }
  getAllowInvalid(): boolean {
    return this._model.allowInvalid;
  }
  getHelpText(): string | null {
    return this._model.helpText;
  }
  copy(): GDataValidationBuilder {
    return gas(new FakeDataValidationBuilder(this._store, clone(this._model)));
  }
  build(): GDataValidation {
    if (!this._model.criteria)
      throw new Error('emulator: DataValidationBuilder.build() with no criteria set');
    return gas(new FakeDataValidation(this._store, clone(this._model)));
  }
}
