import { GasObject } from '../core/gas-object';
import type { FormsContext } from './context';
import { DestinationType, ItemType, PageNavigationType } from './enums';
import { EMPTY_TITLE, NO_FORM } from './errors';
import { Form } from './form';
import { fakeId, type FormModel } from './model';

type GasForm = GoogleAppsScript.Forms.Form;

/** FormApp reaches the user's files: not in NONE, LIMITED or custom functions (§2.1 table, "Other services"). */
const SERVICES = 'services';

/** `FormApp` (§5.1): create and open forms. */
export class FormAppFacade extends GasObject implements Partial<GoogleAppsScript.Forms.FormApp> {
  readonly ItemType = ItemType as unknown as typeof GoogleAppsScript.Forms.ItemType;
  readonly DestinationType = DestinationType as unknown as typeof GoogleAppsScript.Forms.DestinationType;
  readonly PageNavigationType =
    PageNavigationType as unknown as typeof GoogleAppsScript.Forms.PageNavigationType;

  constructor(private readonly _ctx: FormsContext) {
    super(_ctx.rt, 'FormApp', 'FormApp');
  }

  /**
   * A new, published form. Live oddity (§5.1): the title becomes the Drive file name, and `getTitle()` returns ''.
   * Throws on an empty title.
   */
  create(title: string, isPublished = true): GasForm {
    this._ctx.rt.require(SERVICES, 'FormApp.create');
    if (title === null || title === undefined || String(title) === '') throw new Error(EMPTY_TITLE);
    const id = this._ctx.newFile(String(title));
    const form: FormModel = {
      id,
      publishedId: fakeId('1FAIpQLS', this._ctx.nextSeq(), 56),
      fileName: String(title),
      title: '',
      description: '',
      confirmationMessage: '',
      collectEmail: false,
      limitOneResponsePerUser: false,
      allowResponseEdits: false,
      published: Boolean(isPublished),
      acceptingResponses: Boolean(isPublished),
      items: [],
      responses: [],
      destination: null,
    };
    this._ctx.state.forms.push(form);
    return wrapForm(this._ctx, form.id);
  }

  openById(id: string): GasForm {
    this._ctx.rt.require(SERVICES, 'FormApp.openById');
    const form = this._ctx.state.forms.find((f) => f.id === String(id));
    if (!form) throw new Error(NO_FORM('openById'));
    return wrapForm(this._ctx, form.id);
  }

  /** Takes an edit URL (`/forms/d/<id>/edit`) or a published one (`/forms/d/e/<publishedId>/viewform`). */
  openByUrl(url: string): GasForm {
    this._ctx.rt.require(SERVICES, 'FormApp.openByUrl');
    const match = /\/forms\/d\/(?:e\/)?([-\w]+)/.exec(String(url));
    const form = match ? this._ctx.findForm(match[1]) : undefined;
    if (!form) throw new Error(NO_FORM('openByUrl'));
    return wrapForm(this._ctx, form.id);
  }

  /** Null: a Sheets add-on is not bound to a form. */
  getActiveForm(): GasForm {
    return null as unknown as GasForm;
  }
}

/** Builds a Form facade. */
export function wrapForm(ctx: FormsContext, formId: string): GasForm {
  return new Form(ctx, formId) as unknown as GasForm;
}
