import { GasObject } from '../core/gas-object';
import type { FormsContext } from './context';
import { formEditUrl, linkDestination, unlinkDestination } from './destination';
import { BAD_DESTINATION, NO_DESTINATION, NO_ITEM, UNPUBLISHED } from './errors';
import { wrapResponse } from './form-response';
import { wrapItem, wrapTyped } from './item';
import { newItemModel } from './item-base';
import { fakeId, type FormModel, type ItemTypeName } from './model';

type GasForm = GoogleAppsScript.Forms.Form;
type ItemArg = GoogleAppsScript.Forms.Item | number;

/** `Form` (§5.1): settings, items, responses and the response destination of one form. */
export class Form extends GasObject implements Partial<GasForm> {
  constructor(
    private readonly _ctx: FormsContext,
    readonly _formId: string,
  ) {
    super(_ctx.rt, 'FormApp', 'Form');
  }

  /** @internal */
  _model(): FormModel {
    return this._ctx.form(this._formId);
  }

  private _set(change: (form: FormModel) => void): GasForm {
    change(this._model());
    return this as unknown as GasForm;
  }

  getId(): string {
    return this._formId;
  }
  /** '' after `FormApp.create(title)` until setTitle: the title went to the Drive file name (§5.1 live oddity). */
  getTitle(): string {
    return this._model().title;
  }
  setTitle(title: string): GasForm {
    return this._set((f) => (f.title = String(title)));
  }
  getDescription(): string {
    return this._model().description;
  }
  setDescription(description: string): GasForm {
    return this._set((f) => (f.description = String(description)));
  }
  getConfirmationMessage(): string {
    return this._model().confirmationMessage;
  }
  setConfirmationMessage(message: string): GasForm {
    return this._set((f) => (f.confirmationMessage = String(message)));
  }
  collectsEmail(): boolean {
    return this._model().collectEmail;
  }
  setCollectEmail(collect: boolean): GasForm {
    return this._set((f) => (f.collectEmail = Boolean(collect)));
  }
  hasLimitOneResponsePerUser(): boolean {
    return this._model().limitOneResponsePerUser;
  }
  setLimitOneResponsePerUser(enabled: boolean): GasForm {
    return this._set((f) => (f.limitOneResponsePerUser = Boolean(enabled)));
  }
  canEditResponse(): boolean {
    return this._model().allowResponseEdits;
  }
  setAllowResponseEdits(enabled: boolean): GasForm {
    return this._set((f) => (f.allowResponseEdits = Boolean(enabled)));
  }
  isPublished(): boolean {
    return this._model().published;
  }
  /** [UNVERIFIED] Unpublishing also stops accepting responses. */
  setPublished(enabled: boolean): GasForm {
    return this._set((f) => {
      f.published = Boolean(enabled);
      if (!f.published) f.acceptingResponses = false;
    });
  }
  isAcceptingResponses(): boolean {
    return this._model().acceptingResponses;
  }
  /** Throws on an unpublished form (§5.1 [DOC]). */
  setAcceptingResponses(enabled: boolean): GasForm {
    if (enabled && !this._model().published) throw new Error(UNPUBLISHED);
    return this._set((f) => (f.acceptingResponses = Boolean(enabled)));
  }
  getPublishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this._model().publishedId}/viewform`;
  }
  /** A `https://forms.gle/…` link that leads to `url`; the emulator remembers it for submitPrefilled. */
  shortenFormUrl(url: string): string {
    const state = this._ctx.state;
    const known = Object.keys(state.shortLinks).find((short) => state.shortLinks[short] === String(url));
    if (known) return known;
    const short = `https://forms.gle/${fakeId('', this._ctx.nextSeq(), 17)}`;
    state.shortLinks[short] = String(url);
    return short;
  }
  getEditUrl(): string {
    return formEditUrl(this._model());
  }

  addMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this._add('MULTIPLE_CHOICE');
  }
  addCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return this._add('CHECKBOX');
  }
  addListItem(): GoogleAppsScript.Forms.ListItem {
    return this._add('LIST');
  }
  addScaleItem(): GoogleAppsScript.Forms.ScaleItem {
    return this._add('SCALE');
  }
  addGridItem(): GoogleAppsScript.Forms.GridItem {
    return this._add('GRID');
  }
  addCheckboxGridItem(): GoogleAppsScript.Forms.CheckboxGridItem {
    return this._add('CHECKBOX_GRID');
  }
  addTextItem(): GoogleAppsScript.Forms.TextItem {
    return this._add('TEXT');
  }
  addParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this._add('PARAGRAPH_TEXT');
  }
  addSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return this._add('SECTION_HEADER');
  }
  addPageBreakItem(): GoogleAppsScript.Forms.PageBreakItem {
    return this._add('PAGE_BREAK');
  }
  addDateItem(): GoogleAppsScript.Forms.DateItem {
    return this._add('DATE');
  }
  addDateTimeItem(): GoogleAppsScript.Forms.DateTimeItem {
    return this._add('DATETIME');
  }
  addTimeItem(): GoogleAppsScript.Forms.TimeItem {
    return this._add('TIME');
  }
  addDurationItem(): GoogleAppsScript.Forms.DurationItem {
    return this._add('DURATION');
  }

  private _add<T>(type: ItemTypeName): T {
    const item = newItemModel(this._ctx, type);
    this._model().items.push(item);
    return wrapTyped<T>(this._ctx, this._formId, item.id);
  }

  getItems(itemType?: GoogleAppsScript.Forms.ItemType): GoogleAppsScript.Forms.Item[] {
    const type = itemType === undefined ? undefined : String(itemType);
    return this._model()
      .items.filter((i) => type === undefined || i.type === type)
      .map((i) => wrapItem(this._ctx, this._formId, i.id));
  }

  /** Null when the form has no such item. */
  getItemById(id: number): GoogleAppsScript.Forms.Item {
    const found = this._model().items.some((i) => i.id === Number(id));
    return (found ? wrapItem(this._ctx, this._formId, Number(id)) : null) as GoogleAppsScript.Forms.Item;
  }

  deleteItem(item: ItemArg): void {
    const items = this._model().items;
    items.splice(this._index(item), 1);
  }

  moveItem(item: ItemArg, toIndex: number): GoogleAppsScript.Forms.Item {
    const items = this._model().items;
    const from = this._index(item);
    if (!(toIndex >= 0 && toIndex < items.length)) throw new Error(NO_ITEM(String(toIndex)));
    const [moved] = items.splice(from, 1);
    items.splice(toIndex, 0, moved);
    return wrapItem(this._ctx, this._formId, moved.id);
  }

  private _index(item: ItemArg): number {
    const items = this._model().items;
    const index = typeof item === 'number' ? item : items.findIndex((i) => i.id === item.getId());
    if (!(index >= 0 && index < items.length))
      throw new Error(NO_ITEM(String(typeof item === 'number' ? item : item.getId())));
    return index;
  }

  /** Links a spreadsheet: a new «Form Responses N» sheet with a header row and the responses so far (§5.1). */
  setDestination(type: GoogleAppsScript.Forms.DestinationType, destination: string): GasForm {
    if (String(type) !== 'SPREADSHEET') throw new Error(BAD_DESTINATION(String(destination)));
    linkDestination(this._ctx, this._model(), String(destination));
    return this as unknown as GasForm;
  }
  /** Unlinks; the sheet keeps the rows it has (§5.1 [DOC]). */
  removeDestination(): GasForm {
    unlinkDestination(this._ctx, this._model());
    return this as unknown as GasForm;
  }
  getDestinationId(): string {
    const destination = this._model().destination;
    if (!destination) throw new Error(NO_DESTINATION);
    return destination.id;
  }
  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    const destination = this._model().destination;
    if (!destination) throw new Error(NO_DESTINATION);
    return destination.type as unknown as GoogleAppsScript.Forms.DestinationType;
  }

  createResponse(): GoogleAppsScript.Forms.FormResponse {
    return wrapResponse(this._ctx, this._formId, { id: null, timestamp: null, email: '', answers: [] });
  }
  getResponses(timestamp?: GoogleAppsScript.Base.Date): GoogleAppsScript.Forms.FormResponse[] {
    const after = timestamp ? (timestamp as unknown as Date).getTime() : -Infinity;
    return this._model()
      .responses.filter((r) => Date.parse(r.timestamp ?? '') >= after)
      .map((r) => wrapResponse(this._ctx, this._formId, r));
  }
  getResponse(responseId: string): GoogleAppsScript.Forms.FormResponse {
    const found = this._model().responses.find((r) => r.id === responseId);
    // [UNVERIFIED] The live text for an unknown response id.
    if (!found) throw new Error(`No response with ID ${responseId} exists for this form.`);
    return wrapResponse(this._ctx, this._formId, found);
  }
  /** Empties the form's own store; the destination sheet keeps its rows. */
  deleteAllResponses(): GasForm {
    return this._set((f) => (f.responses = []));
  }
}
