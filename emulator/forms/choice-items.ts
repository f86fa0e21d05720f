import { GasObject } from '../core/gas-object';
import type { FormsContext } from './context';
import { EMPTY_CHOICES } from './errors';
import { QuestionBase } from './item-base';

/** `Choice`: one option of a choice item. */
export class Choice extends GasObject implements Partial<GoogleAppsScript.Forms.Choice> {
  constructor(
    ctx: FormsContext,
    readonly _value: string,
  ) {
    super(ctx.rt, 'FormApp', 'Choice');
  }

  getValue(): string {
    return this._value;
  }
}

/** Shared by the three choice items: choices as values or Choice objects. */
abstract class ChoiceBase<G> extends QuestionBase<G> {
  createChoice(value: string): GoogleAppsScript.Forms.Choice {
    return new Choice(this._ctx, String(value)) as unknown as GoogleAppsScript.Forms.Choice;
  }

  getChoices(): GoogleAppsScript.Forms.Choice[] {
    return (this._model().choices ?? []).map((v) => this.createChoice(v));
  }

  setChoiceValues(values: string[]): G {
    if (!Array.isArray(values) || values.length === 0) throw new Error(EMPTY_CHOICES);
    this._model().choices = values.map(String);
    return this._self();
  }

  setChoices(choices: GoogleAppsScript.Forms.Choice[]): G {
    if (!Array.isArray(choices) || choices.length === 0) throw new Error(EMPTY_CHOICES);
    this._model().choices = choices.map((c) => (c as unknown as Choice)._value);
    return this._self();
  }
}

/** `MultipleChoiceItem`. */
export class MultipleChoiceItem
  extends ChoiceBase<GoogleAppsScript.Forms.MultipleChoiceItem>
  implements Partial<GoogleAppsScript.Forms.MultipleChoiceItem>
{
  constructor(ctx: FormsContext, formId: string, itemId: number) {
    super(ctx, formId, itemId, 'MultipleChoiceItem');
  }
  hasOtherOption(): boolean {
    return this._model().hasOther === true;
  }
  showOtherOption(enabled: boolean): GoogleAppsScript.Forms.MultipleChoiceItem {
    this._model().hasOther = Boolean(enabled);
    return this._self();
  }
  createResponse(response: string): GoogleAppsScript.Forms.ItemResponse {
    return this._respond(response);
  }
}

/** `CheckboxItem`. */
export class CheckboxItem
  extends ChoiceBase<GoogleAppsScript.Forms.CheckboxItem>
  implements Partial<GoogleAppsScript.Forms.CheckboxItem>
{
  constructor(ctx: FormsContext, formId: string, itemId: number) {
    super(ctx, formId, itemId, 'CheckboxItem');
  }
  hasOtherOption(): boolean {
    return this._model().hasOther === true;
  }
  showOtherOption(enabled: boolean): GoogleAppsScript.Forms.CheckboxItem {
    this._model().hasOther = Boolean(enabled);
    return this._self();
  }
  createResponse(responses: string[]): GoogleAppsScript.Forms.ItemResponse {
    return this._respond(responses);
  }
}

/** `ListItem` (a drop-down; no "other"). */
export class ListItem
  extends ChoiceBase<GoogleAppsScript.Forms.ListItem>
  implements Partial<GoogleAppsScript.Forms.ListItem>
{
  constructor(ctx: FormsContext, formId: string, itemId: number) {
    super(ctx, formId, itemId, 'ListItem');
  }
  createResponse(response: string): GoogleAppsScript.Forms.ItemResponse {
    return this._respond(response);
  }
}
