import { GasObject } from '../core/gas-object';
import type { Runtime } from '../core/runtime';
import { Document } from './document';
import * as enums from './enums';
import { gasError } from './errors';
import { idFromUrl, MimeTypes } from './files';
import type { DocsStore } from './store';

type Doc = GoogleAppsScript.Document.Document;

/** [FIELD] Live text of `DocumentApp.openById` for a missing id, or an id that is not a Doc. */
export const DOCUMENT_MISSING =
  "Document is missing (perhaps it was deleted, or you don't have read access?)";

/**
 * `DocumentApp` as a Sheets add-on sees it: it creates and opens Docs by id or URL (no active document).
 * Every entry point touches user data, so it needs AuthMode.FULL (§2.1).
 */
export class DocumentApp extends GasObject implements Partial<GoogleAppsScript.Document.DocumentApp> {
  readonly Attribute = enums.Attribute as unknown as typeof GoogleAppsScript.Document.Attribute;
  readonly ElementType = enums.ElementType as unknown as typeof GoogleAppsScript.Document.ElementType;
  readonly GlyphType = enums.GlyphType as unknown as typeof GoogleAppsScript.Document.GlyphType;
  readonly HorizontalAlignment =
    enums.HorizontalAlignment as unknown as typeof GoogleAppsScript.Document.HorizontalAlignment;
  readonly ParagraphHeading =
    enums.ParagraphHeading as unknown as typeof GoogleAppsScript.Document.ParagraphHeading;
  readonly TextAlignment = enums.TextAlignment as unknown as typeof GoogleAppsScript.Document.TextAlignment;
  readonly VerticalAlignment =
    enums.VerticalAlignment as unknown as typeof GoogleAppsScript.Document.VerticalAlignment;

  constructor(
    rt: Runtime,
    readonly _store: DocsStore,
  ) {
    super(rt, 'DocumentApp', 'DocumentApp');
  }

  /** §0/§4.2: counts toward "Documents created" (250 a day for a consumer account). */
  create(name: string): Doc {
    this._rt.require('services', 'DocumentApp.create');
    // [UNVERIFIED] wording for an empty name.
    if (typeof name !== 'string' || name === '') throw gasError('Invalid argument: name');
    this._store.chargeDocumentCreate();
    const file = this._store.addFile({ name, mimeType: MimeTypes.DOCUMENT, byApp: true });
    return this._open(file.id);
  }

  openById(id: string): Doc {
    this._rt.require('services', 'DocumentApp.openById');
    return this._open(id);
  }

  openByUrl(url: string): Doc {
    this._rt.require('services', 'DocumentApp.openByUrl');
    const id = idFromUrl(String(url));
    if (!id) throw gasError('Invalid argument: url');
    return this._open(id);
  }

  /** A Sheets add-on is not bound to a Doc, so there is no active document. */
  getActiveDocument(): Doc {
    return null as unknown as Doc;
  }

  getUi(): GoogleAppsScript.Base.Ui {
    throw gasError('Cannot call DocumentApp.getUi() from this context.');
  }

  _open(id: string): Doc {
    const file = this._store.file(id);
    if (!file || file.mimeType !== MimeTypes.DOCUMENT || !this._store.document(id)) {
      throw gasError(DOCUMENT_MISSING);
    }
    return new Document(this._rt, this._store, this._store.open(id)) as unknown as Doc;
  }
}
