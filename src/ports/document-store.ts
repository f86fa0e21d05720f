/**
 * Google Docs the add-on makes (orders, programmes): each carries a key, so a document an execution made before it
 * was stopped is found again instead of made twice. Only the add-on's own files are searched (scope `drive.file`).
 */
import type { DocTree } from '../domain/documents/model';

/** A document as the registry links to it. */
export interface StoredDocument {
  readonly id: string;
  readonly url: string;
  readonly name: string;
}

/** How a document is kept once written. */
export interface EnsureOptions {
  /** It will be read back (a template): keep the tree written, so the next read costs no call per paragraph. */
  readonly readLater?: boolean;
}

export interface DocumentStore {
  /** The document this workbook's add-on finished under `key` and nobody trashed, or null. */
  findByKey(key: string): StoredDocument | null;
  /**
   * The document for `key`: the one finished earlier as it is (the curator may have edited it), the one a stopped
   * execution left half-written written again, or a new Google Doc named `name` that carries `key` from its first
   * moment. Never a second document for one key.
   */
  ensure(name: string, key: string, tree: DocTree, options?: EnsureOptions): StoredDocument;
  /** Replaces the whole content of a document (one the add-on made) with `tree`, and its name. */
  rewrite(id: string, name: string, tree: DocTree): StoredDocument;
  /** A document (a template) read as a tree; a UserError when it cannot be opened. */
  read(id: string): DocTree;
}
