import type { FormsContext } from './context';
import { CheckboxItem, ListItem, MultipleChoiceItem } from './choice-items';
import { EMPTY_ROWS, SCALE_BOUNDS } from './errors';
import { ItemBase, QuestionBase, type ItemFacadeClass } from './item-base';
import type { ItemTypeName } from './model';

/** `ScaleItem`: bounds 0|1 .. 3..10, decimals truncated (§5.1 [DOC]). */
export class ScaleItem
  extends QuestionBase<GoogleAppsScript.Forms.ScaleItem>
  implements Partial<GoogleAppsScript.Forms.ScaleItem>
{
  constructor(ctx: FormsContext, formId: string, itemId: number) {
    super(ctx, formId, itemId, 'ScaleItem');
  }
  getLowerBound(): number {
    return this._model().lower ?? 1;
  }
  getUpperBound(): number {
    return this._model().upper ?? 5;
  }
  setBounds(lower: number, upper: number): GoogleAppsScript.Forms.ScaleItem {
    const lo = Math.trunc(lower);
    const hi = Math.trunc(upper);
    if (!(lo === 0 || lo === 1) || !(hi >= 3 && hi <= 10)) throw new Error(SCALE_BOUNDS(lower, upper));
    Object.assign(this._model(), { lower: lo, upper: hi });
    return this._self();
  }
  getLeftLabel(): string {
    return this._model().leftLabel ?? '';
  }
  getRightLabel(): string {
    return this._model().rightLabel ?? '';
  }
  setLabels(lower: string, upper: string): GoogleAppsScript.Forms.ScaleItem {
    Object.assign(this._model(), { leftLabel: String(lower), rightLabel: String(upper) });
    return this._self();
  }
  createResponse(response: number): GoogleAppsScript.Forms.ItemResponse {
    return this._respond(response);
  }
}

/** Shared by the two grids: rows and columns, neither may be empty (§5.1 [DOC]). */
abstract class GridBase<G> extends QuestionBase<G> {
  getRows(): string[] {
    return [...(this._model().rows ?? [])];
  }
  setRows(rows: string[]): G {
    if (!Array.isArray(rows) || rows.length === 0) throw new Error(EMPTY_ROWS('rows'));
    this._model().rows = rows.map(String);
    return this._self();
  }
  getColumns(): string[] {
    return [...(this._model().columns ?? [])];
  }
  setColumns(columns: string[]): G {
    if (!Array.isArray(columns) || columns.length === 0) throw new Error(EMPTY_ROWS('columns'));
    this._model().columns = columns.map(String);
    return this._self();
  }
}

/** `GridItem`: one column per row. */
export class GridItem
  extends GridBase<GoogleAppsScript.Forms.GridItem>
  implements Partial<GoogleAppsScript.Forms.GridItem>
{
  constructor(ctx: FormsContext, formId: string, itemId: number) {
    super(ctx, formId, itemId, 'GridItem');
  }
  createResponse(responses: string[]): GoogleAppsScript.Forms.ItemResponse {
    return this._respond(responses);
  }
}

/** `CheckboxGridItem`: any columns per row. */
export class CheckboxGridItem
  extends GridBase<GoogleAppsScript.Forms.CheckboxGridItem>
  implements Partial<GoogleAppsScript.Forms.CheckboxGridItem>
{
  constructor(ctx: FormsContext, formId: string, itemId: number) {
    super(ctx, formId, itemId, 'CheckboxGridItem');
  }
  createResponse(responses: string[][]): GoogleAppsScript.Forms.ItemResponse {
    return this._respond(responses);
  }
}

/** `TextItem`: a short answer. */
export class TextItem
  extends QuestionBase<GoogleAppsScript.Forms.TextItem>
  implements Partial<GoogleAppsScript.Forms.TextItem>
{
  constructor(ctx: FormsContext, formId: string, itemId: number) {
    super(ctx, formId, itemId, 'TextItem');
  }
  createResponse(response: string): GoogleAppsScript.Forms.ItemResponse {
    return this._respond(response);
  }
}

/** `ParagraphTextItem`: a long answer. */
export class ParagraphTextItem
  extends QuestionBase<GoogleAppsScript.Forms.ParagraphTextItem>
  implements Partial<GoogleAppsScript.Forms.ParagraphTextItem>
{
  constructor(ctx: FormsContext, formId: string, itemId: number) {
    super(ctx, formId, itemId, 'ParagraphTextItem');
  }
  createResponse(response: string): GoogleAppsScript.Forms.ItemResponse {
    return this._respond(response);
  }
}

/** `DateItem`: answers read back as YYYY-MM-DD in the script's time zone. */
export class DateItem
  extends QuestionBase<GoogleAppsScript.Forms.DateItem>
  implements Partial<GoogleAppsScript.Forms.DateItem>
{
  constructor(ctx: FormsContext, formId: string, itemId: number) {
    super(ctx, formId, itemId, 'DateItem');
  }
  includesYear(): boolean {
    return this._model().includesYear !== false;
  }
  setIncludesYear(enableYear: boolean): GoogleAppsScript.Forms.DateItem {
    this._model().includesYear = Boolean(enableYear);
    return this._self();
  }
  createResponse(response: Date): GoogleAppsScript.Forms.ItemResponse {
    return this._respond(response);
  }
}

/** `SectionHeaderItem`: layout only. */
export class SectionHeaderItem
  extends ItemBase<GoogleAppsScript.Forms.SectionHeaderItem>
  implements Partial<GoogleAppsScript.Forms.SectionHeaderItem>
{
  constructor(ctx: FormsContext, formId: string, itemId: number) {
    super(ctx, formId, itemId, 'SectionHeaderItem');
  }
}

/** `PageBreakItem`: starts a new page. */
export class PageBreakItem
  extends ItemBase<GoogleAppsScript.Forms.PageBreakItem>
  implements Partial<GoogleAppsScript.Forms.PageBreakItem>
{
  constructor(ctx: FormsContext, formId: string, itemId: number) {
    super(ctx, formId, itemId, 'PageBreakItem');
  }
}

/** The facade class and the `asXxxItem` name of each item type. */
export const ITEM_CLASSES: Record<ItemTypeName, { Facade: ItemFacadeClass; cast: string }> = {
  MULTIPLE_CHOICE: { Facade: MultipleChoiceItem, cast: 'asMultipleChoiceItem' },
  CHECKBOX: { Facade: CheckboxItem, cast: 'asCheckboxItem' },
  LIST: { Facade: ListItem, cast: 'asListItem' },
  SCALE: { Facade: ScaleItem, cast: 'asScaleItem' },
  GRID: { Facade: GridItem, cast: 'asGridItem' },
  CHECKBOX_GRID: { Facade: CheckboxGridItem, cast: 'asCheckboxGridItem' },
  TEXT: { Facade: TextItem, cast: 'asTextItem' },
  PARAGRAPH_TEXT: { Facade: ParagraphTextItem, cast: 'asParagraphTextItem' },
  SECTION_HEADER: { Facade: SectionHeaderItem, cast: 'asSectionHeaderItem' },
  PAGE_BREAK: { Facade: PageBreakItem, cast: 'asPageBreakItem' },
  DATE: { Facade: DateItem, cast: 'asDateItem' },
};
