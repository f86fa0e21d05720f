import type { FormsContext } from './context';
import { CheckboxItem, ListItem, MultipleChoiceItem } from './choice-items';
import { PageNavigationType } from './enums';
import { EMPTY_ROWS, gasError, SCALE_BOUNDS } from './errors';
import { ItemBase, QuestionBase, type ItemFacadeClass } from './item-base';
import type { ItemTypeName, PageNavigationName } from './model';

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

/** `DateTimeItem` (§5.4): a date and a time of day; answers read back `YYYY-MM-DD HH:MM` (`MM-DD HH:MM`). */
export class DateTimeItem
  extends QuestionBase<GoogleAppsScript.Forms.DateTimeItem>
  implements Partial<GoogleAppsScript.Forms.DateTimeItem>
{
  constructor(ctx: FormsContext, formId: string, itemId: number) {
    super(ctx, formId, itemId, 'DateTimeItem');
  }
  includesYear(): boolean {
    return this._model().includesYear !== false;
  }
  /** [DOC] The default for new date-time items is true. */
  setIncludesYear(enableYear: boolean): GoogleAppsScript.Forms.DateTimeItem {
    this._model().includesYear = Boolean(enableYear);
    return this._self();
  }
  /** [DOC] Seconds are ignored; without the year setting the year is ignored too. Script time zone. */
  createResponse(response: Date): GoogleAppsScript.Forms.ItemResponse {
    return this._respond(response);
  }
}

/** `TimeItem` (§5.4): a time of day; answers read back `HH:MM`. */
export class TimeItem
  extends QuestionBase<GoogleAppsScript.Forms.TimeItem>
  implements Partial<GoogleAppsScript.Forms.TimeItem>
{
  constructor(ctx: FormsContext, formId: string, itemId: number) {
    super(ctx, formId, itemId, 'TimeItem');
  }
  /** [DOC] Out-of-range values behave as a clock would: 10, 90 is 11:30; -1, 60 is 00:00. */
  createResponse(hour: number, minute: number): GoogleAppsScript.Forms.ItemResponse {
    return this._respond([hour, minute]);
  }
}

/** `DurationItem` (§5.4): a length of time; answers read back `HH:MM:SS`. */
export class DurationItem
  extends QuestionBase<GoogleAppsScript.Forms.DurationItem>
  implements Partial<GoogleAppsScript.Forms.DurationItem>
{
  constructor(ctx: FormsContext, formId: string, itemId: number) {
    super(ctx, formId, itemId, 'DurationItem');
  }
  /** [DOC] Hours 0..72, minutes and seconds 0..59; values beyond are clamped (24, 60, 90 is 24:59:59). */
  createResponse(hours: number, minutes: number, seconds: number): GoogleAppsScript.Forms.ItemResponse {
    return this._respond([hours, minutes, seconds]);
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

/**
 * `PageBreakItem` (§5.4): starts a new page; its title and help text head that page. `setGoToPage` says where
 * the respondent goes after the page *before* this break: another page break (GO_TO_PAGE), or CONTINUE,
 * RESTART, SUBMIT. A target page break that was deleted reads back as null.
 */
export class PageBreakItem
  extends ItemBase<GoogleAppsScript.Forms.PageBreakItem>
  implements Partial<GoogleAppsScript.Forms.PageBreakItem>
{
  constructor(ctx: FormsContext, formId: string, itemId: number) {
    super(ctx, formId, itemId, 'PageBreakItem');
  }
  getPageNavigationType(): GoogleAppsScript.Forms.PageNavigationType {
    return (this._model().navigation ?? 'CONTINUE') as unknown as GoogleAppsScript.Forms.PageNavigationType;
  }
  getGoToPage(): GoogleAppsScript.Forms.PageBreakItem {
    const model = this._model();
    const target = model.goToPageId ?? null;
    const exists =
      model.navigation === 'GO_TO_PAGE' &&
      target !== null &&
      this._ctx.form(this._formId).items.some((i) => i.id === target && i.type === 'PAGE_BREAK');
    return (
      exists ? new PageBreakItem(this._ctx, this._formId, target) : null
    ) as GoogleAppsScript.Forms.PageBreakItem;
  }
  /** A page break of this form (GO_TO_PAGE), or a `FormApp.PageNavigationType`; anything else fits no overload. */
  setGoToPage(
    target: GoogleAppsScript.Forms.PageBreakItem | GoogleAppsScript.Forms.PageNavigationType,
  ): GoogleAppsScript.Forms.PageBreakItem {
    const model = this._model();
    const named = String(target);
    if (typeof target === 'string' && named in PageNavigationType) {
      model.navigation = named as PageNavigationName;
      model.goToPageId = null;
      return this._self();
    }
    const page = target as unknown as { _formId?: string; _itemId?: number };
    const item =
      page?._formId === this._formId
        ? this._ctx.form(this._formId).items.find((i) => i.id === page._itemId)
        : undefined;
    if (!item || item.type !== 'PAGE_BREAK') {
      throw gasError(
        `The parameters (${argType(target)}) don't match the method signature for FormApp.PageBreakItem.setGoToPage.`,
      );
    }
    model.navigation = 'GO_TO_PAGE';
    model.goToPageId = item.id;
    return this._self();
  }
}

/** How a signature error names an argument: `FormApp.TextItem` for a facade, else its JS kind. */
function argType(value: unknown): string {
  const named = value as { _service?: string; _className?: string } | null;
  if (named?._className) return `${named._service}.${named._className}`;
  return value === null || value === undefined ? 'null' : typeof value === 'string' ? 'String' : typeof value;
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
  DATETIME: { Facade: DateTimeItem, cast: 'asDateTimeItem' },
  TIME: { Facade: TimeItem, cast: 'asTimeItem' },
  DURATION: { Facade: DurationItem, cast: 'asDurationItem' },
};
