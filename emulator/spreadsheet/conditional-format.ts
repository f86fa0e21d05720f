import { GasObject } from '../core/gas-object';
import { fromArg, toArg } from './criteria';
import { normalizeColor } from './css-colors';
import type { ConditionalRuleModel } from './model';
import { FakeRange } from './range';
import type { FakeRangeBase } from './range-base';
import type { SpreadsheetStore } from './store';
import {
  enumValue,
  gas,
  type GConditionalFormatRule,
  type GConditionalFormatRuleBuilder,
  type GRange,
  signatureError,
} from './types';

type Builder = GConditionalFormatRuleBuilder;

function emptyRule(): ConditionalRuleModel {
  return { ranges: [], criteria: null, args: [], format: {} };
}

/** The model inside a ConditionalFormatRule the script passes in; §1.7: a rule needs at least one range. */
export function ruleModel(rule: GConditionalFormatRule): ConditionalRuleModel {
  if (!(rule instanceof FakeConditionalFormatRule)) {
    throw signatureError('SpreadsheetApp.Sheet.setConditionalFormatRules', [rule]);
  }
  const model = rule._model;
  if (!model.ranges.length)
    throw new Error('emulator: a conditional format rule needs at least one range (setRanges)');
  return JSON.parse(JSON.stringify(model)) as ConditionalRuleModel;
}

/** `SpreadsheetApp.newConditionalFormatRule()` (§1.7). */
export class FakeConditionalFormatRuleBuilder extends GasObject implements Partial<Builder> {
  constructor(
    readonly _store: SpreadsheetStore,
    public _ssId: string,
    readonly _model: ConditionalRuleModel = emptyRule(),
  ) {
    super(_store.rt, 'SpreadsheetApp', 'ConditionalFormatRuleBuilder');
  }
  _when(criteria: string, ...args: unknown[]): Builder {
    this._model.criteria = criteria;
    this._model.args = args.map(toArg);
    return gas(this);
  }
  whenTextEqualTo(text: string): Builder {
    return this._when('TEXT_EQUAL_TO', text);
  }
  whenTextContains(text: string): Builder {
    return this._when('TEXT_CONTAINS', text);
  }
  whenTextDoesNotContain(text: string): Builder {
    return this._when('TEXT_DOES_NOT_CONTAIN', text);
  }
  whenTextStartsWith(text: string): Builder {
    return this._when('TEXT_STARTS_WITH', text);
  }
  whenTextEndsWith(text: string): Builder {
    return this._when('TEXT_ENDS_WITH', text);
  }
  whenFormulaSatisfied(formula: string): Builder {
    return this._when('CUSTOM_FORMULA', formula);
  }
  whenCellEmpty(): Builder {
    return this._when('CELL_EMPTY');
  }
  whenCellNotEmpty(): Builder {
    return this._when('CELL_NOT_EMPTY');
  }
  whenNumberGreaterThan(number: number): Builder {
    return this._when('NUMBER_GREATER_THAN', number);
  }
  whenNumberGreaterThanOrEqualTo(number: number): Builder {
    return this._when('NUMBER_GREATER_THAN_OR_EQUAL_TO', number);
  }
  whenNumberLessThan(number: number): Builder {
    return this._when('NUMBER_LESS_THAN', number);
  }
  whenNumberLessThanOrEqualTo(number: number): Builder {
    return this._when('NUMBER_LESS_THAN_OR_EQUAL_TO', number);
  }
  whenNumberEqualTo(number: number): Builder {
    return this._when('NUMBER_EQUAL_TO', number);
  }
  whenNumberBetween(start: number, end: number): Builder {
    return this._when('NUMBER_BETWEEN', start, end);
  }
  whenDateBefore(date: GoogleAppsScript.Base.Date | GoogleAppsScript.Spreadsheet.RelativeDate): Builder {
    return this._when('DATE_BEFORE', date);
  }
  whenDateAfter(date: GoogleAppsScript.Base.Date | GoogleAppsScript.Spreadsheet.RelativeDate): Builder {
    return this._when('DATE_AFTER', date);
  }
  /** §1.7: `null` clears the background; §1.12: colour names read back as `#rrggbb`. */
  setBackground(color: string | null): Builder {
    this._model.format.background = normalizeColor(color, 'ConditionalFormatRuleBuilder.setBackground');
    return gas(this);
  }
  setFontColor(color: string | null): Builder {
    this._model.format.fontColor = normalizeColor(color, 'ConditionalFormatRuleBuilder.setFontColor');
    return gas(this);
  }
  setBold(bold: boolean | null): Builder {
    this._model.format.bold = bold;
    return gas(this);
  }
  setItalic(italic: boolean | null): Builder {
    this._model.format.italic = italic;
    return gas(this);
  }
  /** §1.7: replaces the ranges. */
  setRanges(ranges: GRange[]): Builder {
    this._model.ranges = ranges.map((r) => ({ ...(r as unknown as FakeRangeBase)._range }));
    if (ranges.length) this._ssId = (ranges[0] as unknown as FakeRangeBase)._ssId;
    return gas(this);
  }
  getRanges(): GRange[] {
    return rangesOf(this._store, this._ssId, this._model);
  }
  build(): GConditionalFormatRule {
    return gas(
      new FakeConditionalFormatRule(this._store, this._ssId, JSON.parse(JSON.stringify(this._model))),
    );
  }
}

function rangesOf(store: SpreadsheetStore, ssId: string, m: ConditionalRuleModel): GRange[] {
  return m.ranges.map((r) => gas<GRange>(new FakeRange(store, ssId, { ...r })));
}

/** A built rule: ranges, its boolean condition and format; `copy()` gives an editable builder. */
export class FakeConditionalFormatRule extends GasObject implements Partial<GConditionalFormatRule> {
  constructor(
    readonly _store: SpreadsheetStore,
    readonly _ssId: string,
    readonly _model: ConditionalRuleModel,
  ) {
    super(_store.rt, 'SpreadsheetApp', 'ConditionalFormatRule');
  }
  getRanges(): GRange[] {
    return rangesOf(this._store, this._ssId, this._model);
  }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    const m = this._model;
    if (!m.criteria) return null;
    return gas(new FakeBooleanCondition(this._store, m));
  }
  copy(): Builder {
    return gas(
      new FakeConditionalFormatRuleBuilder(this._store, this._ssId, JSON.parse(JSON.stringify(this._model))),
    );
  }
}

/** A rule's condition and the format it applies. */
export class FakeBooleanCondition
  extends GasObject
  implements Partial<GoogleAppsScript.Spreadsheet.BooleanCondition>
{
  constructor(
    readonly _store: SpreadsheetStore,
    readonly _model: ConditionalRuleModel,
  ) {
    super(_store.rt, 'SpreadsheetApp', 'BooleanCondition');
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return enumValue(this._model.criteria ?? '');
  }
  getCriteriaValues(): unknown[] {
    return this._model.args.map((a) => fromArg(this._store, a));
  }
  getBackground(): string | null {
    return this._model.format.background ?? null;
  }
  getFontColor(): string | null {
    return this._model.format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this._model.format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this._model.format.italic ?? null;
  }
}
