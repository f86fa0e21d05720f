import { GasObject } from '../core/gas-object';
import { validateAnswer } from './answers';
import type { FormsContext } from './context';
import { asGasItemType } from './enums';
import { fakeItemId, type ItemModel, type ItemTypeName } from './model';

/** A fresh item of a type with the live defaults: one choice '' (§5.1 live oddity), a 1..5 scale. */
export function newItemModel(ctx: FormsContext, type: ItemTypeName): ItemModel {
  const item: ItemModel = { id: fakeItemId(ctx.nextSeq()), type, title: '', helpText: '', required: false };
  if (type === 'MULTIPLE_CHOICE' || type === 'CHECKBOX' || type === 'LIST') item.choices = [''];
  if (type === 'MULTIPLE_CHOICE' || type === 'CHECKBOX') item.hasOther = false;
  if (type === 'SCALE') Object.assign(item, { lower: 1, upper: 5, leftLabel: '', rightLabel: '' });
  // [UNVERIFIED] A new grid's rows and columns; the API-based fakes start with one of each, live may differ.
  if (type === 'GRID' || type === 'CHECKBOX_GRID') Object.assign(item, { rows: [], columns: [] });
  if (type === 'DATE' || type === 'DATETIME') item.includesYear = true;
  if (type === 'PAGE_BREAK') Object.assign(item, { navigation: 'CONTINUE', goToPageId: null });
  return item;
}

/** How facades of one item type are built: by the form, by `asXxxItem()`, by `duplicate()`. */
export type ItemFacadeClass = new (ctx: FormsContext, formId: string, itemId: number) => object;

/**
 * What every item has (getId, title, help text, type, index, duplicate). `G` is the Apps Script type the
 * facade stands for, so setters chain with the right type.
 */
export abstract class ItemBase<G> extends GasObject {
  constructor(
    protected readonly _ctx: FormsContext,
    readonly _formId: string,
    readonly _itemId: number,
    className: string,
  ) {
    super(_ctx.rt, 'FormApp', className);
  }

  /** @internal The item's data; throws if it was deleted. */
  _model(): ItemModel {
    return this._ctx.item(this._formId, this._itemId);
  }

  protected _self(): G {
    return this as unknown as G;
  }

  getId(): number {
    return this._itemId;
  }

  getIndex(): number {
    return this._ctx.form(this._formId).items.findIndex((i) => i.id === this._itemId);
  }

  getTitle(): string {
    return this._model().title;
  }

  setTitle(title: string): G {
    this._model().title = String(title);
    return this._self();
  }

  getHelpText(): string {
    return this._model().helpText;
  }

  setHelpText(text: string): G {
    this._model().helpText = String(text);
    return this._self();
  }

  getType(): GoogleAppsScript.Forms.ItemType {
    return asGasItemType(this._model().type);
  }

  /** A copy placed right after this item, with a new id. */
  duplicate(): G {
    const form = this._ctx.form(this._formId);
    const copy: ItemModel = JSON.parse(JSON.stringify(this._model())) as ItemModel;
    copy.id = newItemModel(this._ctx, copy.type).id;
    form.items.splice(this.getIndex() + 1, 0, copy);
    const Facade = this.constructor as unknown as ItemFacadeClass;
    return new Facade(this._ctx, this._formId, copy.id) as G;
  }
}

/** Question items: required or not, and answers built with createResponse (§5.2). */
export abstract class QuestionBase<G> extends ItemBase<G> {
  isRequired(): boolean {
    return this._model().required;
  }

  setRequired(enabled: boolean): G {
    this._model().required = Boolean(enabled);
    return this._self();
  }

  /** @internal Validates an answer and wraps it as an ItemResponse. */
  _respond(value: unknown): GoogleAppsScript.Forms.ItemResponse {
    const answer = validateAnswer(this._model(), value, this._ctx.rt.scriptTimeZone);
    return this._ctx.makeItemResponse(this._formId, this._itemId, answer);
  }
}
