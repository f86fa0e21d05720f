import { GasObject } from '../core/gas-object';
import type { FormsContext } from './context';
import { wrapItem } from './item';
import type { AnswerValue } from './model';

/** `ItemResponse`: one answer; getResponse gives text, or a list for checkboxes and grids. */
export class ItemResponse extends GasObject implements Partial<GoogleAppsScript.Forms.ItemResponse> {
  constructor(
    private readonly _ctx: FormsContext,
    readonly _formId: string,
    readonly _itemId: number,
    readonly _value: AnswerValue,
  ) {
    super(_ctx.rt, 'FormApp', 'ItemResponse');
  }

  getItem(): GoogleAppsScript.Forms.Item {
    return wrapItem(this._ctx, this._formId, this._itemId);
  }

  /** A copy of the answer: String, String[] (checkbox, grid) or String[][] (checkbox grid). */
  getResponse(): string | string[] | string[][] {
    return JSON.parse(JSON.stringify(this._value)) as string | string[] | string[][];
  }
}

/** Builds an ItemResponse facade. */
export function makeItemResponse(
  ctx: FormsContext,
  formId: string,
  itemId: number,
  value: AnswerValue,
): GoogleAppsScript.Forms.ItemResponse {
  return new ItemResponse(ctx, formId, itemId, value) as unknown as GoogleAppsScript.Forms.ItemResponse;
}
