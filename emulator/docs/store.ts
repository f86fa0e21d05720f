import { driveFileId } from '../core/drive-id';
import type { Runtime } from '../core/runtime';
import { DOCS_CREATE_QUOTA, gasError } from './errors';
import { type FileModel, MimeTypes } from './files';
import { deepCopy, type DocumentModel, emptyDocument } from './model';
import { mergeTexts } from './normalize';
import { DocTree } from './tree';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The daily quotas this area enforces; §0 consumer figures by default, tests may lower them. */
export interface DocsLimits {
  documentsCreatedPerDay: number;
}

/** Per-user daily quota use. §0: quotas reset 24 h after the first request; the window starts at that request. */
export interface QuotaState {
  windowStart: number | null;
  documentsCreated: number;
}

/** Everything this area stores, as plain JSON. */
export interface DocsState {
  files: FileModel[];
  documents: Record<string, DocumentModel>;
  seq: number;
  quota: QuotaState;
}

/** One `Document` handle: `saveAndClose()` or the end of the execution closes it (§4.2). */
export interface Session {
  docId: string;
  closed: boolean;
  /** The execution that opened it (`Runtime.execution`), whose end closes it. */
  execution: number;
}

/** The id of the user's root folder ("My Drive"); `'root'` is accepted as an alias, as in the Drive API. */
export const ROOT_ID = '0AEmuMyDriveRoot';

/** Files, folders and documents of the emulated Drive, with the parent index of document elements. */
export class DocsStore {
  state: DocsState = initialState('');
  tree = new DocTree();
  readonly limits: DocsLimits = { documentsCreatedPerDay: 250 };
  /**
   * The Drive scope the add-on was granted. With 'drive.file' (docs/architecture.md) the Advanced Drive service sees only
   * files the add-on created; others answer 404 like missing ones. 'drive' (the default) sees everything.
   */
  driveScope: 'drive' | 'drive.file' = 'drive';

  /** Whether the Advanced Drive service may see this file under the granted scope. */
  visibleToDriveApi(file: FileModel): boolean {
    return this.driveScope === 'drive' || file.byApp === true || file.id === ROOT_ID;
  }
  private sessions: Session[] = [];

  constructor(private readonly rt: Runtime) {
    this.state = initialState(rt.activeUser);
  }

  /** The file with this id (`'root'` is the root folder), or null. */
  file(id: string): FileModel | null {
    const key = id === 'root' ? ROOT_ID : id;
    return this.state.files.find((f) => f.id === key) ?? null;
  }

  document(id: string): DocumentModel | null {
    return this.state.documents[id] ?? null;
  }

  /**
   * A new Drive file id from Drive's one counter (`driveFileId`), for every kind of file: Docs, Sheets, Forms,
   * folders, uploads. An id Drive already holds (a file restored from a snapshot) is skipped.
   */
  newId(): string {
    let id: string;
    do id = driveFileId(++this.state.seq);
    while (this.file(id));
    return id;
  }

  /** Adds a file record; folders and Google Docs get no content, a Doc gets an empty document. */
  addFile(fields: Partial<FileModel> & Pick<FileModel, 'name' | 'mimeType'>): FileModel {
    const now = new Date(this.rt.now).toISOString();
    const file: FileModel = {
      id: fields.id ?? this.newId(),
      name: fields.name,
      mimeType: fields.mimeType,
      parents: fields.parents ?? [ROOT_ID],
      trashed: fields.trashed ?? false,
      createdTime: now,
      modifiedTime: now,
      owner: fields.owner ?? this.rt.activeUser,
    };
    if (fields.description !== undefined) file.description = fields.description;
    if (fields.content !== undefined) file.content = fields.content;
    if (fields.byApp) file.byApp = true;
    if (this.file(file.id)) throw new Error(`emulator: a Drive file with id ${file.id} already exists`);
    this.state.files.push(file);
    if (file.mimeType === MimeTypes.DOCUMENT) this.putDocument(file.id, emptyDocument());
    return file;
  }

  /** Stores a document model under an id and indexes its elements. */
  putDocument(id: string, doc: DocumentModel): void {
    this.state.documents[id] = doc;
    this.tree.index(doc, id);
  }

  /** A copy of a file; a Doc's copy holds a deep copy of its document. */
  copyFile(source: FileModel, name: string, parents: string[]): FileModel {
    const copy = this.addFile({
      name,
      mimeType: source.mimeType,
      parents,
      description: source.description,
      byApp: true,
    });
    if (source.content !== undefined) copy.content = source.content;
    const doc = this.document(source.id);
    if (doc) this.putDocument(copy.id, deepCopy(doc));
    return copy;
  }

  /** Records an edit of a file: its modified time moves to now and its version goes up by one. */
  touch(id: string | null): void {
    const file = id ? this.file(id) : null;
    if (!file) return;
    file.modifiedTime = new Date(this.rt.now).toISOString();
    file.version = (file.version ?? 1) + 1;
  }

  /** Counts one `DocumentApp.create` against the daily quota; throws once it is used up. */
  chargeDocumentCreate(): void {
    const quota = this.state.quota;
    if (quota.windowStart === null || this.rt.now >= quota.windowStart + DAY_MS) {
      quota.windowStart = this.rt.now;
      quota.documentsCreated = 0;
    }
    if (quota.documentsCreated >= this.limits.documentsCreatedPerDay) throw gasError(DOCS_CREATE_QUOTA);
    quota.documentsCreated++;
  }

  /** A new open handle on a document. */
  open(docId: string): Session {
    const session = { docId, closed: false, execution: this.rt.execution };
    this.sessions.push(session);
    return session;
  }

  /**
   * The platform's end of an execution: every Document it opened is saved and closed (§4.2); another execution's
   * handles (the caller of an interleaved one) stay open.
   */
  closeAll(): void {
    const ending = this.rt.execution;
    const closing = this.sessions.filter((s) => s.execution === ending);
    const ids = new Set(closing.map((s) => s.docId));
    for (const s of closing) s.closed = true;
    this.sessions = this.sessions.filter((s) => s.execution !== ending);
    for (const id of ids) this.save(id);
  }

  /** Closes one handle; the document is saved once no other handle on it is open (§4.2). */
  close(session: Session): void {
    session.closed = true;
    this.sessions = this.sessions.filter((s) => s !== session);
    if (!this.sessions.some((s) => s.docId === session.docId)) this.save(session.docId);
  }

  /** What saving does to the stored document (see `mergeTexts`). */
  save(docId: string): void {
    const doc = this.document(docId);
    if (doc) mergeTexts(doc, this.tree);
  }

  snapshot(): DocsState {
    return deepCopy(this.state);
  }

  restore(state: DocsState): void {
    this.state = deepCopy(state);
    this.tree = new DocTree();
    this.sessions = [];
    for (const [id, doc] of Object.entries(this.state.documents)) this.tree.index(doc, id);
  }
}

function initialState(owner: string): DocsState {
  const epoch = new Date(0).toISOString();
  const root: FileModel = {
    id: ROOT_ID,
    name: 'My Drive',
    mimeType: MimeTypes.FOLDER,
    parents: [],
    trashed: false,
    createdTime: epoch,
    modifiedTime: epoch,
    owner,
  };
  return { files: [root], documents: {}, seq: 0, quota: { windowStart: null, documentsCreated: 0 } };
}
