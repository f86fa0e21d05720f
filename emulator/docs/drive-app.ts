import { GasObject } from '../core/gas-object';
import type { Runtime } from '../core/runtime';
import { driveAppMissing, gasError } from './errors';
import { type FileModel, fileUrl, MimeTypes } from './files';
import { type DocsStore, ROOT_ID } from './store';

/**
 * docs/architecture.md: the add-on does not use DriveApp (it needs the full `drive` scope). This minimal DriveApp exists
 * so tests can inspect Drive and so a stray call is counted and visible.
 */
export class DriveApp extends GasObject implements Partial<GoogleAppsScript.Drive.DriveApp> {
  constructor(
    rt: Runtime,
    readonly _store: DocsStore,
  ) {
    super(rt, 'DriveApp', 'DriveApp');
  }

  _find(method: string, id: string, folder: boolean): FileModel {
    this._rt.require('services', `DriveApp.${method}`);
    const file = this._store.file(String(id));
    const ok = file && (folder ? file.mimeType === MimeTypes.FOLDER : true);
    // §4.1 [FIELD]: the live text for a missing file names only the method; getFolderById's is assumed alike.
    if (!file || !ok) throw gasError(driveAppMissing(method));
    return file;
  }

  getFileById(id: string): GoogleAppsScript.Drive.File {
    return new DriveFile(
      this._rt,
      this._store,
      this._find('getFileById', id, false),
    ) as unknown as GoogleAppsScript.Drive.File;
  }

  getFolderById(id: string): GoogleAppsScript.Drive.Folder {
    return new DriveFolder(
      this._rt,
      this._store,
      this._find('getFolderById', id, true),
    ) as unknown as GoogleAppsScript.Drive.Folder;
  }

  getRootFolder(): GoogleAppsScript.Drive.Folder {
    return new DriveFolder(
      this._rt,
      this._store,
      this._find('getRootFolder', ROOT_ID, true),
    ) as unknown as GoogleAppsScript.Drive.Folder;
  }
}

/** What File and Folder share. */
abstract class DriveItem extends GasObject {
  constructor(
    rt: Runtime,
    className: string,
    readonly _store: DocsStore,
    readonly _file: FileModel,
  ) {
    super(rt, 'DriveApp', className);
  }

  getId(): string {
    return this._file.id;
  }
  getName(): string {
    return this._file.name;
  }
  setName(name: string): never {
    this._file.name = String(name);
    this._store.touch(this._file.id);
    return this as never;
  }
  getUrl(): string {
    return fileUrl(this._file);
  }
  isTrashed(): boolean {
    return this._file.trashed;
  }
  setTrashed(trashed: boolean): never {
    this._file.trashed = Boolean(trashed);
    return this as never;
  }
  getDateCreated(): Date {
    return new Date(this._file.createdTime);
  }
  getLastUpdated(): Date {
    return new Date(this._file.modifiedTime);
  }
  getOwner(): GoogleAppsScript.Drive.User {
    const email = this._file.owner;
    return { getEmail: () => email } as unknown as GoogleAppsScript.Drive.User;
  }
}

/** `File`. */
export class DriveFile extends DriveItem implements Partial<GoogleAppsScript.Drive.File> {
  constructor(rt: Runtime, store: DocsStore, file: FileModel) {
    super(rt, 'File', store, file);
  }

  getMimeType(): string {
    return this._file.mimeType;
  }

  /**
   * §4.1: returns the new File; for a Doc the copy holds a deep copy of the document. Without a name the copy is
   * "Copy of <name>" and without a folder it goes where the original is [UNVERIFIED].
   */
  makeCopy(
    nameOrFolder?: string | GoogleAppsScript.Drive.Folder,
    folder?: GoogleAppsScript.Drive.Folder,
  ): GoogleAppsScript.Drive.File {
    const name = typeof nameOrFolder === 'string' ? nameOrFolder : `Copy of ${this._file.name}`;
    const dest = (typeof nameOrFolder === 'string' ? folder : nameOrFolder) as unknown as
      DriveFolder | undefined;
    if (dest && !(dest._file as FileModel | undefined)) throw gasError('Invalid argument: destination');
    const parents = dest ? [dest._file.id] : [...this._file.parents];
    const copy = this._store.copyFile(this._file, name, parents);
    return new DriveFile(this._rt, this._store, copy) as unknown as GoogleAppsScript.Drive.File;
  }
}

/** `Folder`: id, name, URL, trash state, and the files directly inside it. */
export class DriveFolder extends DriveItem implements Partial<GoogleAppsScript.Drive.Folder> {
  constructor(rt: Runtime, store: DocsStore, file: FileModel) {
    super(rt, 'Folder', store, file);
  }

  getFiles(): GoogleAppsScript.Drive.FileIterator {
    const files = this._store.state.files.filter(
      (f) => f.parents.includes(this._file.id) && f.mimeType !== MimeTypes.FOLDER,
    );
    return iterator(
      files.map((f) => new DriveFile(this._rt, this._store, f)),
    ) as unknown as GoogleAppsScript.Drive.FileIterator;
  }

  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    const folders = this._store.state.files.filter(
      (f) => f.parents.includes(this._file.id) && f.mimeType === MimeTypes.FOLDER,
    );
    return iterator(
      folders.map((f) => new DriveFolder(this._rt, this._store, f)),
    ) as unknown as GoogleAppsScript.Drive.FolderIterator;
  }
}

/** Apps Script iterators have `hasNext()` / `next()`, not the JS protocol. */
function iterator<T>(items: T[]): { hasNext(): boolean; next(): T } {
  let i = 0;
  return {
    hasNext: () => i < items.length,
    next: () => {
      if (i >= items.length) throw gasError('Cannot retrieve the next object: iterator has reached the end.');
      return items[i++];
    },
  };
}
