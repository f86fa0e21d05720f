import type { ServiceModule } from '../core/module';
import { MimeTypes } from '../docs/files';
import type { Workspace } from '../workspace';
import { respondentAnswer } from './answers';
import { FormsContext, type ResponsesLocale } from './context';
import { headerRow } from './destination';
import { blankEvent, copyEvent, rowEvent } from './events';
import { FormAppFacade, wrapForm } from './form-app';
import { storeResponse, wrapResponse } from './form-response';
import { makeItemResponse } from './item-response';
import { parsePrefilledUrl } from './prefill-parse';
import { LAYOUT, type AnswerModel, type FormModel, type FormsState, type ResponseModel } from './model';

export type { FormsState } from './model';

/** What `snapshot()` returns: the forms with their items and responses, as plain JSON. */
export interface FormsSnapshot extends FormsState {
  responsesLocale: ResponsesLocale | 'auto';
}

const EMPTY_FORM = { collectEmail: false, items: [] } as unknown as FormModel;

/** Faults a person's submission can bring (§5.3): the event delivered twice, or followed by a blank copy. */
export interface SubmitOptions {
  email?: string;
  duplicate?: boolean;
  blankDuplicate?: boolean;
}

/**
 * FormApp (docs/apps-script-platform.md §5) and the emulator's handles on it: a person submitting a form, which fires
 * the spreadsheet's and the form's ON_FORM_SUBMIT triggers, and blank or duplicate deliveries.
 */
export class FormsModule implements ServiceModule<FormsSnapshot> {
  private readonly ctx: FormsContext;
  private readonly formApp: FormAppFacade;

  constructor(readonly ws: Workspace) {
    this.ctx = new FormsContext(ws);
    this.ctx.makeItemResponse = (formId, itemId, answer) =>
      makeItemResponse(this.ctx, formId, itemId, answer);
    this.formApp = new FormAppFacade(this.ctx);
  }

  globals(): Record<string, unknown> {
    return { FormApp: this.formApp };
  }

  /**
   * Names and headers of newly linked sheets: 'en' («Form Responses 1», Timestamp), 'ru' («Ответы на форму (1)»,
   * Отметка времени), or 'auto' (the default): the spreadsheet's locale decides.
   */
  get responsesLocale(): ResponsesLocale | 'auto' {
    return this.ctx.responsesLocale;
  }
  set responsesLocale(locale: ResponsesLocale | 'auto') {
    this.ctx.responsesLocale = locale;
  }

  /** The form's data (read-only use): items, responses, destination, Drive file name. */
  form(formId: string): FormModel | undefined {
    return this.ctx.findForm(formId);
  }

  /**
   * A person fills in and sends the form (not an Apps Script call). `answers` are keyed by item title or item id;
   * the response is stored, appended to the destination sheet, and the installed ON_FORM_SUBMIT triggers of the
   * destination spreadsheet and of the form fire with the real event shapes (§5.3). Returns the response id.
   */
  submitAsRespondent(formId: string, answers: Record<string, unknown>, options: SubmitOptions = {}): string {
    const form = this.ctx.findForm(formId);
    if (!form) throw new Error(`emulator: no form ${formId}`);
    if (!form.acceptingResponses) throw new Error(`emulator: form ${formId} is not accepting responses`);
    const email = options.email ?? '';
    if (form.collectEmail && !email)
      throw new Error(`emulator: form ${formId} collects emails; pass { email }`);
    if (form.limitOneResponsePerUser && email && form.responses.some((r) => r.email === email)) {
      throw new Error(
        `emulator: ${email} has already answered form ${formId}, which takes one response per person`,
      );
    }
    const model: ResponseModel = {
      id: null,
      timestamp: null,
      email,
      answers: this.answersOf(form, answers),
    };
    const appended = storeResponse(this.ctx, form.id, model);
    if (appended && form.destination) {
      const ssId = form.destination.id;
      const event = rowEvent(this.ws.rt, appended);
      this.ws.platform.fireTriggers('ON_FORM_SUBMIT', ssId, () => copyEvent(event));
      if (options.duplicate) this.ws.platform.fireTriggers('ON_FORM_SUBMIT', ssId, () => copyEvent(event));
      if (options.blankDuplicate) this.fireBlankSubmit(ssId);
    }
    this.ws.platform.fireTriggers('ON_FORM_SUBMIT', form.id, () => ({
      response: wrapResponse(this.ctx, form.id, model),
      source: wrapForm(this.ctx, form.id),
    }));
    return String(model.id);
  }

  /**
   * A person opens a pre-filled link (FormResponse.toPrefilledUrl, or its Form.shortenFormUrl form), adds or changes `answers` (by title or id) and
   * sends the form, as submitAsRespondent does. Returns the response id.
   */
  submitPrefilled(url: string, answers: Record<string, unknown> = {}, options: SubmitOptions = {}): string {
    const long = this.ctx.state.shortLinks[url] ?? url;
    const prefilled = parsePrefilledUrl(long, (publishedId) => this.ctx.findForm(publishedId));
    return this.submitAsRespondent(prefilled.formId, { ...prefilled.answers, ...answers }, options);
  }

  /** Delivers a blank form-submit event to a spreadsheet's triggers: new timestamp, empty answers, no row (§5.3). */
  fireBlankSubmit(spreadsheetId: string): void {
    const form = this.ctx.state.forms.find((f) => f.destination?.id === spreadsheetId);
    const ss = this.ctx.spreadsheet(spreadsheetId);
    if (!ss) throw new Error(`emulator: no spreadsheet ${spreadsheetId}`);
    const locale = form?.destination?.locale ?? this.ctx.localeFor(ss);
    const sheetName = form?.destination?.sheetName;
    const sheet = this.ws.rt.internal(() => (sheetName ? ss.getSheetByName(sheetName) : ss.getSheets()[0]));
    if (!sheet) throw new Error(`emulator: the responses sheet of ${spreadsheetId} is gone`);
    // The sheet's own header row, as the real event's keys follow the sheet's columns.
    const written = this.ws.rt.internal(() =>
      sheet.getLastColumn() > 0 ? sheet.getRange(1, 1, 1, sheet.getLastColumn()).getDisplayValues()[0] : [],
    );
    const headers = written.length
      ? written
      : form
        ? headerRow(form, locale)
        : [headerRow(EMPTY_FORM, locale)[0]];
    const at = new Date(this.ws.rt.now + 1000);
    const event = blankEvent(this.ws.rt, sheet, headers, at, locale);
    this.ws.platform.fireTriggers('ON_FORM_SUBMIT', spreadsheetId, () => copyEvent(event));
  }

  private answersOf(form: FormModel, answers: Record<string, unknown>): AnswerModel[] {
    const out: AnswerModel[] = [];
    for (const [key, raw] of Object.entries(answers)) {
      const item = form.items.find((i) => String(i.id) === key) ?? form.items.find((i) => i.title === key);
      if (!item || LAYOUT.includes(item.type))
        throw new Error(`emulator: form ${form.id} has no question "${key}"`);
      const previous = out.findIndex((a) => a.itemId === item.id);
      if (previous >= 0) out.splice(previous, 1);
      if (raw === undefined || raw === null || raw === '' || (Array.isArray(raw) && raw.length === 0))
        continue;
      out.push({ itemId: item.id, value: respondentAnswer(item, raw, this.ws.rt.scriptTimeZone) });
    }
    for (const item of form.items) {
      if (item.required && !out.some((a) => a.itemId === item.id)) {
        throw new Error(`emulator: required question "${item.title}" is not answered`);
      }
    }
    return out;
  }

  snapshot(): FormsSnapshot {
    return JSON.parse(
      JSON.stringify({ ...this.ctx.state, responsesLocale: this.ctx.responsesLocale }),
    ) as FormsSnapshot;
  }

  restore(state: FormsSnapshot): void {
    const copy = JSON.parse(JSON.stringify(state)) as Partial<FormsSnapshot>;
    this.ctx.state = { forms: copy.forms ?? [], seq: copy.seq ?? 0, shortLinks: copy.shortLinks ?? {} };
    this.ctx.responsesLocale = copy.responsesLocale ?? 'auto';
    const drive = (this.ws as Partial<Workspace>).docs?.drive;
    if (drive) for (const file of this.files()) drive.ensure(file);
  }

  /** Every form as the Drive file it is (Drive registers the ones it lacks, e.g. after a restore). */
  files(): Array<{ id: string; name: string; mimeType: string }> {
    return this.ctx.state.forms.map((f) => ({ id: f.id, name: f.fileName, mimeType: MimeTypes.FORM }));
  }
}
