import type { FormsContext } from './context';
import { WRONG_TYPE } from './errors';
import { ItemBase } from './item-base';
import { ITEM_CLASSES } from './items';
import type { ItemTypeName } from './model';

type GasItem = GoogleAppsScript.Forms.Item;

/** `Item`: what `form.getItems()` returns; `asXxxItem()` gives the typed item, or throws for another type. */
export class Item extends ItemBase<GasItem> implements Partial<GasItem> {
  constructor(ctx: FormsContext, formId: string, itemId: number) {
    super(ctx, formId, itemId, 'Item');
  }

  asMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this._as('MULTIPLE_CHOICE', 'MultipleChoiceItem');
  }
  asCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return this._as('CHECKBOX', 'CheckboxItem');
  }
  asListItem(): GoogleAppsScript.Forms.ListItem {
    return this._as('LIST', 'ListItem');
  }
  asScaleItem(): GoogleAppsScript.Forms.ScaleItem {
    return this._as('SCALE', 'ScaleItem');
  }
  asGridItem(): GoogleAppsScript.Forms.GridItem {
    return this._as('GRID', 'GridItem');
  }
  asCheckboxGridItem(): GoogleAppsScript.Forms.CheckboxGridItem {
    return this._as('CHECKBOX_GRID', 'CheckboxGridItem');
  }
  asTextItem(): GoogleAppsScript.Forms.TextItem {
    return this._as('TEXT', 'TextItem');
  }
  asParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this._as('PARAGRAPH_TEXT', 'ParagraphTextItem');
  }
  asSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return this._as('SECTION_HEADER', 'SectionHeaderItem');
  }
  asPageBreakItem(): GoogleAppsScript.Forms.PageBreakItem {
    return this._as('PAGE_BREAK', 'PageBreakItem');
  }
  asDateItem(): GoogleAppsScript.Forms.DateItem {
    return this._as('DATE', 'DateItem');
  }
  asDateTimeItem(): GoogleAppsScript.Forms.DateTimeItem {
    return this._as('DATETIME', 'DateTimeItem');
  }
  asTimeItem(): GoogleAppsScript.Forms.TimeItem {
    return this._as('TIME', 'TimeItem');
  }
  asDurationItem(): GoogleAppsScript.Forms.DurationItem {
    return this._as('DURATION', 'DurationItem');
  }

  private _as<T>(type: ItemTypeName, className: string): T {
    const actual = this._model().type;
    if (actual !== type) throw new Error(WRONG_TYPE(actual, className));
    return new ITEM_CLASSES[type].Facade(this._ctx, this._formId, this._itemId) as T;
  }
}

/** The generic facade of an item, as getItems / getItemById / ItemResponse.getItem return it. */
export function wrapItem(ctx: FormsContext, formId: string, itemId: number): GasItem {
  return new Item(ctx, formId, itemId) as unknown as GasItem;
}

/** The typed facade of an item, as the form's addXxxItem methods return it. */
export function wrapTyped<T>(ctx: FormsContext, formId: string, itemId: number): T {
  const type = ctx.item(formId, itemId).type;
  return new ITEM_CLASSES[type].Facade(ctx, formId, itemId) as T;
}
