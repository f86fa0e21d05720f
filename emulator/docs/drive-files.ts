import { GasObject } from '../core/gas-object';
import type { Runtime } from '../core/runtime';
import { patchAppProperties } from './app-properties';
import { blobText } from './blob';
import { fileResource, listFileFields } from './drive-fields';
import { parseQuery } from './drive-query';
import { apiError } from './errors';
import { type FileModel, MimeTypes } from './files';
import { paragraphNode, sectionNode } from './model';
import { type DocsStore, ROOT_ID } from './store';

type Schema = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type Args = Record<string, unknown>;

/** [FIELD] The Drive API's 404 text ("File not found: <id>.", with the period) inside the Apps Script wrapper. */
function notFound(method: string, id: string): Error {
  return apiError(`drive.files.${method}`, `File not found: ${id}.`);
}

/**
 * `Drive.Files` of the Advanced Drive service, v3: create, get, update (addParents/removeParents, appProperties),
 * list (a subset of `q`), copy, remove. A copy does not carry the source's appProperties [UNVERIFIED]. Folders
 * are files of type application/vnd.google-apps.folder.
 */
export class DriveFiles extends GasObject {
  constructor(
    rt: Runtime,
    readonly _store: DocsStore,
  ) {
    super(rt, 'Drive', 'Drive.Files');
  }

  _need(method: string): void {
    this._rt.require('services', `Drive.Files.${method}`);
  }

  _get(method: string, id: string): FileModel {
    const file = this._store.file(String(id));
    if (!file || !this._store.visibleToDriveApi(file)) throw notFound(method, String(id));
    return file;
  }

  _parents(method: string, ids: unknown): string[] {
    const list = (Array.isArray(ids) ? ids : []).map(String);
    for (const id of list) {
      const parent = this._get(method, id);
      if (parent.mimeType !== MimeTypes.FOLDER) throw notFound(method, id);
    }
    return list.map((id) => (id === 'root' ? ROOT_ID : id));
  }

  /** A blob given with a Google Docs type is converted: each line of its text becomes a paragraph. */
  create(resource: Schema, mediaData?: GoogleAppsScript.Base.Blob, optionalArgs: Args = {}): Schema {
    this._need('create');
    const blob = mediaData as unknown as
      { getContentType?: () => string; getName?: () => string } | undefined;
    const mimeType = resource.mimeType ?? blob?.getContentType?.() ?? 'application/octet-stream';
    const name = resource.name ?? blob?.getName?.() ?? 'Untitled';
    const parents = resource.parents?.length ? this._parents('create', resource.parents) : [ROOT_ID];
    // [UNVERIFIED] Whether a Google Doc made through the Drive API counts towards «Documents created» is not
    // documented; it is charged here, the conservative reading, so the add-on's handling of the limit is tested.
    if (mimeType === MimeTypes.DOCUMENT) this._store.chargeDocumentCreate();
    const file = this._store.addFile({
      name,
      mimeType,
      parents,
      description: resource.description ?? undefined,
      byApp: true,
    });
    try {
      patchAppProperties('create', file, resource.appProperties);
    } catch (error) {
      this._store.state.files = this._store.state.files.filter((f) => f !== file);
      throw error;
    }
    if (mediaData) {
      const text = blobText(mediaData);
      const doc = this._store.document(file.id);
      if (doc) {
        const body = sectionNode('BODY_SECTION');
        body.children = text.split(/\r?\n/).map((line) => paragraphNode(line));
        doc.body = body;
        this._store.putDocument(file.id, doc);
      } else if (mimeType !== MimeTypes.FOLDER) file.content = text;
    }
    return fileResource(file, optionalArgs.fields as string | undefined) as Schema;
  }

  /** `{alt: 'media'}` returns the stored content of a non-Google file as a string. */
  get(fileId: string, optionalArgs: Args = {}): Schema {
    this._need('get');
    const file = this._get('get', fileId);
    if (optionalArgs.alt === 'media') return (file.content ?? '') as unknown as Schema;
    return fileResource(file, optionalArgs.fields as string | undefined) as Schema;
  }

  /** Patch semantics; parents change only through `addParents` / `removeParents` (comma-separated ids). */
  update(
    resource: Schema,
    fileId: string,
    mediaData?: GoogleAppsScript.Base.Blob,
    optionalArgs: Args = {},
  ): Schema {
    this._need('update');
    const file = this._get('update', fileId);
    if (resource.parents !== undefined) {
      // [UNVERIFIED in Apps Script] The Drive API's text when `parents` is written directly in v3.
      throw apiError(
        'drive.files.update',
        'The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
      );
    }
    const add = this._parents('update', splitIds(optionalArgs.addParents));
    const remove = splitIds(optionalArgs.removeParents).map((id) => (id === 'root' ? ROOT_ID : id));
    patchAppProperties('update', file, resource.appProperties);
    if (resource.name !== undefined && resource.name !== null) file.name = resource.name;
    if (resource.description !== undefined && resource.description !== null)
      file.description = resource.description;
    if (resource.trashed !== undefined && resource.trashed !== null) file.trashed = resource.trashed;
    file.parents = [
      ...file.parents.filter((p) => !remove.includes(p)),
      ...add.filter((p) => !file.parents.includes(p)),
    ];
    if (mediaData && !this._store.document(file.id)) file.content = blobText(mediaData);
    this._store.touch(file.id);
    return fileResource(file, optionalArgs.fields as string | undefined) as Schema;
  }

  /** Trashed files are listed unless the query says `trashed = false`, as in the API. */
  list(optionalArgs: Args = {}): GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList {
    this._need('list');
    const match = parseQuery(optionalArgs.q as string | undefined);
    const all = this._store.state.files.filter(
      (f) => f.id !== ROOT_ID && this._store.visibleToDriveApi(f) && match(f),
    );
    const pageSize = Math.min(Math.max(Number(optionalArgs.pageSize ?? 100), 1), 1000);
    const start = Number(optionalArgs.pageToken ?? 0);
    const page = all.slice(start, start + pageSize);
    const fields = listFileFields(optionalArgs.fields as string | undefined);
    const out: Record<string, unknown> = {
      kind: 'drive#fileList',
      incompleteSearch: false,
      files: page.map((f) => fileResource(f, fields)),
    };
    if (start + pageSize < all.length) out.nextPageToken = String(start + pageSize);
    return out as GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList;
  }

  /** A copy in the same folders unless the resource names others; a Doc's copy holds a deep copy of its content. */
  copy(resource: Schema, fileId: string, optionalArgs: Args = {}): Schema {
    this._need('copy');
    const source = this._get('copy', fileId);
    const parents = resource.parents?.length ? this._parents('copy', resource.parents) : [...source.parents];
    const copy = this._store.copyFile(source, resource.name ?? `Copy of ${source.name}`, parents);
    return fileResource(copy, optionalArgs.fields as string | undefined) as Schema;
  }

  /** Deletes for good (no trash), as `files.delete` does. */
  remove(fileId: string): void {
    this._need('remove');
    const file = this._get('delete', fileId);
    this._store.state.files = this._store.state.files.filter((f) => f !== file);
    const { [file.id]: _gone, ...documents } = this._store.state.documents;
    this._store.state.documents = documents;
  }
}

function splitIds(value: unknown): string[] {
  return typeof value === 'string' && value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

/** The `Drive` global: the Advanced Drive service (v3); only `Files` is emulated. */
export class DriveService extends GasObject {
  readonly Files: DriveFiles;
  constructor(rt: Runtime, store: DocsStore) {
    super(rt, 'Drive', 'Drive');
    this.Files = new DriveFiles(rt, store);
  }
}
