/**
 * Docs and Drive of the emulated Workspace: `DocumentApp`, the Advanced Drive service `Drive` (v3, Files) and
 * a minimal `DriveApp`, over one in-memory file store.
 *
 * For tests and other emulator modules (not Apps Script APIs):
 * - `ws.docs.drive.register({ name, mimeType, parents?, byApp?, id? })` puts a file made elsewhere (a spreadsheet,
 *   a form) into Drive, so `Drive.Files.list/get`, `DriveApp` and folders see it, and returns the stored record.
 *   Without `id` Drive gives the file a new one from its one counter: every file id of the Workspace comes from
 *   there, so ids never collide. `ensure(...)` registers a file only when Drive does not hold its id yet.
 * - `ws.docs.DocumentApp` / `ws.docs.Drive` / `ws.docs.DriveApp` are the same objects as the globals, typed.
 *   A test makes a document with `ws.docs.DocumentApp.create('Приказ')` (counted like a script call), or
 *   with `ws.docs.createDocument('Приказ')` (not counted; returns the id).
 * - `ws.docs.exportText(id)` / `exportHtml(id)` render a document for assertions and the playground.
 * - `ws.docs.limits.documentsCreatedPerDay` lowers the §0 quota for a test.
 * - `ws.docs.driveScope = 'drive.file'` makes `Drive.Files` see only files the add-on created (docs/architecture.md);
 *   files from `createDocument` or `drive.register(..., byApp: false)` then answer "File not found".
 */
import type { ServiceModule } from '../core/module';
import type { Workspace } from '../workspace';
import { DocumentApp } from './document-app';
import { DriveService } from './drive-files';
import { DriveApp } from './drive-app';
import { exportHtml } from './export-html';
import { exportText } from './export-text';
import type { FileModel } from './files';
import { MimeTypes } from './files';
import { type DocsLimits, type DocsState, DocsStore } from './store';
import './paragraph';
import './sections';
import './table';
import './text';

export { MimeTypes } from './files';
export { PAGE_BREAK_LINE } from './export-text';

/** What another module tells Drive about a file it owns. */
export interface RegisteredFile {
  /** The file's id; absent for a new file, which then gets Drive's next id. */
  id?: string;
  name: string;
  mimeType: string;
  parents?: string[];
  /**
   * Made by the add-on (a form or spreadsheet the script created), so visible under the drive.file scope.
   * True by default: modules register what scripts create; pass false for a file a person made by hand.
   */
  byApp?: boolean;
}

/** The Docs/Drive area of the Workspace (see the file comment for the helper API). */
export class DocsModule implements ServiceModule<DocsState> {
  readonly store: DocsStore;
  readonly DocumentApp: GoogleAppsScript.Document.DocumentApp;
  /** The Advanced Drive service as a script sees it (only `Files` is emulated). */
  readonly Drive: { Files: GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection };
  readonly DriveApp: GoogleAppsScript.Drive.DriveApp;
  /** Drive's file registry for other modules and tests. */
  readonly drive: {
    register(file: RegisteredFile): FileModel;
    ensure(file: RegisteredFile & { id: string }): FileModel;
    file(id: string): FileModel | null;
  };

  constructor(readonly ws: Workspace) {
    const store = (this.store = new DocsStore(ws.rt));
    this.DocumentApp = new DocumentApp(ws.rt, store) as unknown as GoogleAppsScript.Document.DocumentApp;
    this.Drive = new DriveService(ws.rt, store) as unknown as DocsModule['Drive'];
    this.DriveApp = new DriveApp(ws.rt, store) as unknown as GoogleAppsScript.Drive.DriveApp;
    const register = (file: RegisteredFile): FileModel =>
      store.addFile({
        id: file.id,
        name: file.name,
        mimeType: file.mimeType,
        parents: file.parents,
        byApp: file.byApp ?? true,
      });
    this.drive = {
      register,
      ensure: (file) => store.file(file.id) ?? register(file),
      file: (id) => store.file(id),
    };
    this.syncFiles();
    ws.rt.onExecutionEnd(() => this.store.closeAll());
  }

  /**
   * Puts the spreadsheets and forms of the sibling modules into Drive when Drive does not hold them yet: the bound
   * spreadsheet, made before Drive existed, and files of a snapshot taken before spreadsheets were Drive files.
   */
  private syncFiles(): void {
    const ws = this.ws as Partial<Workspace>;
    for (const file of [...(ws.spreadsheet?.files() ?? []), ...(ws.forms?.files() ?? [])])
      this.drive.ensure(file);
  }

  get limits(): DocsLimits {
    return this.store.limits;
  }

  /** The Drive scope granted to the add-on: 'drive.file' hides files it did not create from `Drive.Files`. */
  get driveScope(): 'drive' | 'drive.file' {
    return this.store.driveScope;
  }

  set driveScope(scope: 'drive' | 'drive.file') {
    this.store.driveScope = scope;
  }

  globals(): Record<string, unknown> {
    return { DocumentApp: this.DocumentApp, Drive: this.Drive, DriveApp: this.DriveApp };
  }

  /** Creates an empty Doc without counting a call or charging the quota (test setup); returns its id. */
  createDocument(name: string, parents?: string[]): string {
    return this.store.addFile({ name, mimeType: MimeTypes.DOCUMENT, parents }).id;
  }

  /** Plain text of a document as a person reads it. */
  exportText(docId: string): string {
    return exportText(this.model(docId));
  }

  /** Escaped, readable HTML of a document. */
  exportHtml(docId: string): string {
    return exportHtml(this.model(docId), this.store.file(docId)?.name ?? '');
  }

  private model(docId: string) {
    const doc = this.store.document(docId);
    if (!doc) throw new Error(`emulator: no document with id ${docId}`);
    return doc;
  }

  snapshot(): DocsState {
    return this.store.snapshot();
  }

  restore(state: DocsState): void {
    if (state && Array.isArray(state.files)) this.store.restore(state);
    this.syncFiles();
  }
}
