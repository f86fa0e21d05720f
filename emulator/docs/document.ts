import { GasObject } from '../core/gas-object';
import type { Runtime } from '../core/runtime';
import { Blob, convertedName } from './blob';
import { wrap } from './element';
import { DOCUMENT_CLOSED, FOOTER_EXISTS, gasError, HEADER_EXISTS } from './errors';
import { exportMarkdown, exportText } from './export-text';
import { fileUrl, MimeTypes } from './files';
import { type DocumentModel, paragraphNode, sectionNode } from './model';
import type { DocsStore, Session } from './store';

/** A textual stand-in for PDF bytes: a PDF header, the document as plain text, an EOF marker. */
export function pdfStandIn(name: string, doc: DocumentModel): string {
  return `%PDF-1.4\n% emulator stand-in for "${name}": plain text, not a real PDF\n${exportText(doc)}\n%%EOF\n`;
}

/** `Document`: one open handle on a Google Doc. After `saveAndClose()` edits through it throw (§4.2). */
export class Document extends GasObject implements Partial<GoogleAppsScript.Document.Document> {
  constructor(
    rt: Runtime,
    readonly _store: DocsStore,
    readonly _session: Session,
  ) {
    super(rt, 'DocumentApp', 'Document');
  }

  _model(): DocumentModel {
    const doc = this._store.document(this._session.docId);
    if (!doc) throw gasError("Document is missing (perhaps it was deleted, or you don't have read access?)");
    return doc;
  }

  _edit(): void {
    if (this._session.closed) throw gasError(DOCUMENT_CLOSED);
    this._store.touch(this._session.docId);
  }

  _file() {
    const file = this._store.file(this._session.docId);
    if (!file) throw gasError("Document is missing (perhaps it was deleted, or you don't have read access?)");
    return file;
  }

  _wrap<T>(node: DocumentModel['body']): T {
    return wrap<T>(this._rt, node, { store: this._store, session: this._session });
  }

  getId(): string {
    return this._session.docId;
  }

  getName(): string {
    return this._file().name;
  }

  setName(name: string): GoogleAppsScript.Document.Document {
    this._edit();
    this._file().name = String(name);
    return this as unknown as GoogleAppsScript.Document.Document;
  }

  getUrl(): string {
    return fileUrl(this._file());
  }

  getBody(): GoogleAppsScript.Document.Body {
    return this._wrap(this._model().body);
  }

  getHeader(): GoogleAppsScript.Document.HeaderSection {
    const header = this._model().header;
    return (header ? this._wrap(header) : null) as GoogleAppsScript.Document.HeaderSection;
  }

  /** §4.3 [LIVE]: a second header is refused with `Document tab already contains a header.` */
  addHeader(): GoogleAppsScript.Document.HeaderSection {
    this._edit();
    const doc = this._model();
    if (doc.header) throw gasError(HEADER_EXISTS);
    doc.header = sectionNode('HEADER_SECTION');
    this._store.tree.addRoot(doc.header, this._session.docId);
    return this._wrap(doc.header);
  }

  getFooter(): GoogleAppsScript.Document.FooterSection {
    const footer = this._model().footer;
    return (footer ? this._wrap(footer) : null) as GoogleAppsScript.Document.FooterSection;
  }

  /** §4.3: a second footer is refused like a second header (the footer's wording is [UNVERIFIED]). */
  addFooter(): GoogleAppsScript.Document.FooterSection {
    this._edit();
    const doc = this._model();
    if (doc.footer) throw gasError(FOOTER_EXISTS);
    doc.footer = sectionNode('FOOTER_SECTION');
    this._store.tree.addRoot(doc.footer, this._session.docId);
    return this._wrap(doc.footer);
  }

  /** [LIVE, §4.2] Undocumented: clears only the body; header and footer stay. */
  clear(): GoogleAppsScript.Document.Document {
    this._edit();
    const body = this._model().body;
    for (const child of [...(body.children ?? [])]) this._store.tree.remove(child);
    this._store.tree.insert(body, 0, paragraphNode());
    return this as unknown as GoogleAppsScript.Document.Document;
  }

  /** §4.2: saves and closes this handle; `DocumentApp.openById` gives a new, editable one. */
  saveAndClose(): void {
    if (!this._session.closed) this._store.close(this._session);
  }

  /**
   * §4.1/§4.2: 'application/pdf' (a textual stand-in, see `pdfStandIn`) or 'text/markdown'. The name takes the
   * new extension in place of the last dot-part, as documented for `getAs`.
   */
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    const name = this._file().name;
    let blob: Blob;
    if (contentType === MimeTypes.PDF)
      blob = new Blob(this._rt, pdfStandIn(name, this._model()), MimeTypes.PDF, convertedName(name, 'pdf'));
    else if (contentType === MimeTypes.MARKDOWN)
      blob = new Blob(this._rt, exportMarkdown(this._model()), MimeTypes.MARKDOWN, convertedName(name, 'md'));
    // [UNVERIFIED] wording of the refusal for other types.
    else throw gasError(`Converting from ${MimeTypes.DOCUMENT} to ${contentType} is not supported.`);
    return blob as unknown as GoogleAppsScript.Base.Blob;
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    return this.getAs(MimeTypes.PDF);
  }
}
