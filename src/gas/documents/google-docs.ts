/**
 * The DocumentStore port on the Advanced Drive service and DocumentApp. A document is made by `Drive.Files.create`
 * with its key in `appProperties` (one call: it never exists without its key), so a stopped execution's document
 * is found again by `Drive.Files.list` under the `drive.file` scope, which sees only files the add-on made
 * (docs/apps-script-platform.md §4). Its content is then written through DocumentApp (scope `documents`).
 */
import { DailyLimitError, UserError } from '../../domain/user-error';
import type { DocTree } from '../../domain/documents/model';
import type { DocumentStore, EnsureOptions, StoredDocument } from '../../ports/document-store';
import { readTree } from './read-tree';
import { writeTree } from './write-tree';

const DOCUMENT_MIME = 'application/vnd.google-apps.document';
/** Which workbook made the document: two workbooks of one curator never share a key. */
const WORKBOOK_PROPERTY = 'nastavnikWorkbook';
/** The item the document is for (an order's or a programme's ID with its kind). */
const KEY_PROPERTY = 'nastavnikKey';
/** Set once the content is written: a document without it was left half-written by a stopped execution. */
const DONE_PROPERTY = 'nastavnikDone';

/** Google Docs of this workbook's add-on. */
export class GoogleDocs implements DocumentStore {
  constructor(private readonly workbookId: () => string) {}

  findByKey(key: string): StoredDocument | null {
    const found = this.find(key);
    return found?.done ? found.document : null;
  }

  ensure(name: string, key: string, tree: DocTree, options: EnsureOptions = {}): StoredDocument {
    const found = this.find(key);
    if (found?.done) return found.document;
    if (found) return this.write(found.document.id, name, tree, options);
    const file = withinDailyLimit(() =>
      drive().create(
        {
          name,
          mimeType: DOCUMENT_MIME,
          appProperties: { [WORKBOOK_PROPERTY]: this.workbookId(), [KEY_PROPERTY]: key },
        },
        undefined as unknown as GoogleAppsScript.Base.Blob,
        { fields: 'id,name,webViewLink' },
      ),
    );
    if (!file.id) throw new Error('Drive.Files.create answered no id');
    return this.write(file.id, name, tree, options);
  }

  /** The document made under `key` and not trashed, and whether its content was finished. */
  private find(key: string): { document: StoredDocument; done: boolean } | null {
    const q =
      `appProperties has { key='${WORKBOOK_PROPERTY}' and value='${quoted(this.workbookId())}' } and ` +
      `appProperties has { key='${KEY_PROPERTY}' and value='${quoted(key)}' } and trashed = false`;
    const found =
      drive().list({ q, fields: 'files(id,name,webViewLink,appProperties)', pageSize: 10 }).files ?? [];
    const file = found.find((f) => f.appProperties?.[DONE_PROPERTY]) ?? found[0];
    if (!file?.id) return null;
    return {
      document: { id: file.id, name: file.name ?? '', url: file.webViewLink ?? docUrl(file.id) },
      done: Boolean(file.appProperties?.[DONE_PROPERTY]),
    };
  }

  rewrite(id: string, name: string, tree: DocTree): StoredDocument {
    return this.write(id, name, tree, {});
  }

  /** Writes the content, then marks it done; a tree to be read later is kept under the version that marks it. */
  private write(id: string, name: string, tree: DocTree, options: EnsureOptions): StoredDocument {
    const document = DocumentApp.openById(id);
    if (document.getName() !== name) document.setName(name);
    const body = document.getBody();
    body.clear();
    writeTree(body, tree);
    document.saveAndClose();
    const marked = drive().update(
      { appProperties: { [DONE_PROPERTY]: '1' } },
      id,
      undefined as unknown as GoogleAppsScript.Base.Blob,
      { fields: 'version' },
    );
    // The tree as written reads back the same (test/gas/documents/google-docs.test.ts), so it stands for a read.
    if (options.readLater && marked.version) putCached(id, marked.version, tree);
    return { id, name, url: docUrl(id) };
  }

  /**
   * Reading a Doc costs a call per paragraph and run (hundreds for an order), so a template the add-on made is
   * kept in the document cache under its Drive `version`, which every edit moves on. A curator's
   * own Doc is invisible to Drive under `drive.file` and is read every time.
   */
  read(id: string): DocTree {
    const version = driveVersion(id);
    const hit = version ? CacheService.getDocumentCache()?.get(cacheKey(id, version)) : null;
    if (hit) return JSON.parse(hit) as DocTree;
    const tree = this.readNow(id);
    if (version) putCached(id, version, tree);
    return tree;
  }

  private readNow(id: string): DocTree {
    let document: GoogleAppsScript.Document.Document;
    try {
      document = DocumentApp.openById(id);
    } catch {
      throw new UserError(
        `Документ ${id} не открывается: возможно, он удалён или у вас нет к нему доступа. ` +
          'Проверьте ссылку на шаблон или верните шаблон по умолчанию.',
      );
    }
    return readTree(document.getBody());
  }
}

/** CacheService keeps a value up to 100 KB for up to six hours (docs/apps-script-platform.md §6.3). */
const MAX_CACHED = 45_000; // characters: Cyrillic takes two bytes of the 100 KB
const CACHE_SECONDS = 6 * 60 * 60;

function cacheKey(id: string, version: string): string {
  return `nastavnik.doc.${id}.${version}`;
}

/** Keeps a document's tree under its version, when it fits a cache value. */
function putCached(id: string, version: string, tree: DocTree): void {
  const json = JSON.stringify(tree);
  if (json.length < MAX_CACHED)
    CacheService.getDocumentCache()?.put(cacheKey(id, version), json, CACHE_SECONDS);
}

/** The file's version, or null when Drive does not show it to the add-on (a curator's own Doc). */
function driveVersion(id: string): string | null {
  try {
    return drive().get(id, { fields: 'version' }).version ?? null;
  } catch {
    return null;
  }
}

/** The Advanced Drive service; appsscript.json enables it (README, «OAuth scopes»). */
function drive(): GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection {
  if (typeof Drive === 'undefined' || !Drive.Files) {
    throw new Error('The Advanced Drive service (v3) is not enabled in appsscript.json');
  }
  return Drive.Files;
}

function quoted(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
}

function docUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

/** The platform's words when a daily quota is spent (docs/apps-script-platform.md §0). */
const DAILY_QUOTA = /Service invoked too many times for one day/i;

/** What the curator reads when Google will make no more documents today. */
export const DOCUMENTS_LIMIT_TEXT =
  'Google не даёт создать сегодня больше документов: для обычного аккаунта лимит — 250 документов в сутки ' +
  '(для Google Workspace — 1500). Продолжите через сутки: уже созданные документы не повторятся.';

/** Runs a create, turning the spent daily quota into a DailyLimitError the curator can act on. */
function withinDailyLimit<T>(create: () => T): T {
  try {
    return create();
  } catch (error) {
    if (error instanceof Error && DAILY_QUOTA.test(error.message))
      throw new DailyLimitError(DOCUMENTS_LIMIT_TEXT);
    throw error;
  }
}
