import { DRIVE_ID_LENGTH } from '../core/drive-id';
import type { Runtime } from '../core/runtime';
import { MimeTypes } from '../docs/files';
import type { Workspace } from '../workspace';
import { NO_ITEM } from './errors';
import { type AnswerValue, fakeId, type FormModel, type FormsState, type ItemModel } from './model';

/** The language the destination sheet's names and headers come in (see destination.ts). */
export type ResponsesLocale = 'en' | 'ru';

/** What every FormApp facade shares: the workspace, the state, and lookups into it. */
export class FormsContext {
  state: FormsState = { forms: [], seq: 0, shortLinks: {} };
  /**
   * [UNVERIFIED] Which UI language names a newly linked sheet: «Form Responses 1» (en) or «Ответы на форму (1)»
   * (ru); 'auto' follows the spreadsheet's locale (the emulator's spreadsheets are ru_RU).
   */
  responsesLocale: ResponsesLocale | 'auto' = 'auto';

  /** Set by the module: builds an ItemResponse facade (kept here to avoid an import cycle among the facades). */
  makeItemResponse: (
    formId: string,
    itemId: number,
    answer: AnswerValue,
  ) => GoogleAppsScript.Forms.ItemResponse = () => {
    throw new Error('emulator: FormsContext.makeItemResponse is not wired');
  };

  constructor(readonly ws: Workspace) {}

  get rt(): Runtime {
    return this.ws.rt;
  }

  nextSeq(): number {
    return ++this.state.seq;
  }

  /** The form with that id or published id, or undefined. */
  findForm(id: string): FormModel | undefined {
    return this.state.forms.find((f) => f.id === id || f.publishedId === id);
  }

  form(id: string): FormModel {
    const form = this.findForm(id);
    if (!form) throw new Error(`emulator: form ${id} no longer exists`);
    return form;
  }

  item(formId: string, itemId: number): ItemModel {
    const item = this.form(formId).items.find((i) => i.id === itemId);
    if (!item) throw new Error(NO_ITEM(String(itemId)));
    return item;
  }

  /** The UI language a sheet linked in this spreadsheet gets its name and headers in. */
  localeFor(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ResponsesLocale {
    if (this.responsesLocale !== 'auto') return this.responsesLocale;
    return this.rt.internal(() => ss.getSpreadsheetLocale()).startsWith('ru') ? 'ru' : 'en';
  }

  /** The sibling spreadsheet emulator's facade for an id, or null (no such spreadsheet, or no emulator yet). */
  spreadsheet(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
    const module = this.ws.spreadsheet as unknown as { byId?: (id: string) => unknown };
    if (typeof module.byId !== 'function') return null;
    const found = this.rt.internal(() => {
      try {
        return module.byId?.(id);
      } catch {
        return null;
      }
    });
    return (found ?? null) as GoogleAppsScript.Spreadsheet.Spreadsheet | null;
  }

  /**
   * A new form's Drive file: Drive gives the id from its one counter, so form ids never collide with each other or
   * with documents and spreadsheets. Without a Drive (a module tested alone) the forms sequence makes one.
   */
  newFile(name: string): string {
    const drive = (this.ws as Partial<Workspace>).docs?.drive;
    if (!drive) return fakeId('1', this.nextSeq(), DRIVE_ID_LENGTH);
    return this.rt.internal(() => drive.register({ name, mimeType: MimeTypes.FORM }).id);
  }
}
