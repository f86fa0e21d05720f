import { GasObject } from '../core/gas-object';
import { emptyAnswer, formEncode, prefillPairs } from './answers';
import type { FormsContext } from './context';
import { appendResponse } from './destination';
import { ALREADY_SUBMITTED, NOT_EDITABLE } from './errors';
import { fakeId, LAYOUT, type ResponseModel } from './model';

type GasFormResponse = GoogleAppsScript.Forms.FormResponse;

/** What the ItemResponse facade carries, read back when it is added to a response. */
interface ItemResponseData {
  _formId: string;
  _itemId: number;
  _value: ResponseModel['answers'][number]['value'];
}

/**
 * `FormResponse` (§5.2): built with `form.createResponse()`, filled with `withItemResponse` (the last answer per
 * item wins), stored by `submit()`. A script's submit writes the destination row but fires no trigger (§2.4).
 */
export class FormResponse extends GasObject implements Partial<GasFormResponse> {
  constructor(
    private readonly _ctx: FormsContext,
    readonly _formId: string,
    readonly _model: ResponseModel,
  ) {
    super(_ctx.rt, 'FormApp', 'FormResponse');
  }

  /** Null until submitted (§5.2 [DOC], §8.11). */
  getId(): string {
    return this._model.id as string;
  }

  getTimestamp(): GoogleAppsScript.Base.Date {
    const ts = this._model.timestamp;
    return (ts === null ? null : new Date(ts)) as GoogleAppsScript.Base.Date;
  }

  /** The respondent's email when the form collects it, '' otherwise. */
  getRespondentEmail(): string {
    return this._ctx.form(this._formId).collectEmail ? this._model.email : '';
  }

  withItemResponse(response: GoogleAppsScript.Forms.ItemResponse): GasFormResponse {
    if (this._model.id !== null) throw new Error(NOT_EDITABLE);
    const data = response as unknown as ItemResponseData;
    const answers = this._model.answers.filter((a) => a.itemId !== data._itemId);
    answers.push({
      itemId: data._itemId,
      value: JSON.parse(JSON.stringify(data._value)) as ItemResponseData['_value'],
    });
    this._model.answers = answers;
    return this._self();
  }

  /** Answers in form order; unanswered text, paragraph and date items appear with '' (§5.2 [DOC]). */
  getItemResponses(): GoogleAppsScript.Forms.ItemResponse[] {
    const form = this._ctx.form(this._formId);
    const out: GoogleAppsScript.Forms.ItemResponse[] = [];
    for (const item of form.items) {
      if (LAYOUT.includes(item.type)) continue;
      const answer = this._model.answers.find((a) => a.itemId === item.id)?.value ?? emptyAnswer(item);
      if (answer !== null) out.push(this._ctx.makeItemResponse(this._formId, item.id, answer));
    }
    return out;
  }

  /** Null when the item has no answer. */
  getResponseForItem(item: GoogleAppsScript.Forms.Item): GoogleAppsScript.Forms.ItemResponse {
    const id = item.getId();
    const answer = this._model.answers.find((a) => a.itemId === id);
    return (
      answer ? this._ctx.makeItemResponse(this._formId, id, answer.value) : null
    ) as GoogleAppsScript.Forms.ItemResponse;
  }

  /** Stores the response with the form and writes it to the destination sheet; never fires onFormSubmit (§2.4). */
  submit(): GasFormResponse {
    if (this._model.id !== null) throw new Error(ALREADY_SUBMITTED);
    storeResponse(this._ctx, this._formId, this._model);
    return this._self();
  }

  /** Null until submitted (§5.2 [DOC]). */
  getEditResponseUrl(): string {
    const form = this._ctx.form(this._formId);
    const id = this._model.id;
    return (
      id === null ? null : `https://docs.google.com/forms/d/e/${form.publishedId}/viewform?edit2=${id}`
    ) as string;
  }

  /** `…/viewform?usp=pp_url&entry.<itemId>=<value>` with spaces as '+' (§5.2 [FIELD]). */
  toPrefilledUrl(): string {
    const form = this._ctx.form(this._formId);
    const pairs = form.items.flatMap((item) => {
      const answer = this._model.answers.find((a) => a.itemId === item.id);
      return answer ? prefillPairs(item, answer.value) : [];
    });
    const query = pairs.map(([k, v]) => `&${k}=${formEncode(v)}`).join('');
    return `https://docs.google.com/forms/d/e/${form.publishedId}/viewform?usp=pp_url${query}`;
  }

  private _self(): GasFormResponse {
    return this as unknown as GasFormResponse;
  }
}

/** Gives a response its id and timestamp, stores it with the form, and appends it to the destination sheet. */
export function storeResponse(
  ctx: FormsContext,
  formId: string,
  model: ResponseModel,
): ReturnType<typeof appendResponse> {
  const form = ctx.form(formId);
  model.id = fakeId('2_ABaOnu', ctx.nextSeq(), 60);
  model.timestamp = new Date(ctx.rt.now).toISOString();
  form.responses.push(model);
  return appendResponse(ctx, form, model);
}

/** Builds a FormResponse facade over a response model. */
export function wrapResponse(ctx: FormsContext, formId: string, model: ResponseModel): GasFormResponse {
  return new FormResponse(ctx, formId, model) as unknown as GasFormResponse;
}
