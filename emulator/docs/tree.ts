import { gasError, MUST_BE_DETACHED } from './errors';
import type { DocumentModel, NodeModel } from './model';

/**
 * Who holds whom. Models stay plain JSON (no parent pointers), so parents and the owning document live here,
 * in weak maps rebuilt whenever a document is created or restored.
 */
export class DocTree {
  private readonly parents = new WeakMap<NodeModel, NodeModel>();
  private readonly roots = new WeakMap<NodeModel, string>();

  /** Links every node of a document to its parent and its sections to the document id. */
  index(doc: DocumentModel, docId: string): void {
    for (const section of [doc.body, doc.header, doc.footer]) {
      if (!section) continue;
      this.roots.set(section, docId);
      this.link(section);
    }
  }

  private link(node: NodeModel): void {
    for (const child of node.children ?? []) {
      this.parents.set(child, node);
      this.link(child);
    }
  }

  parentOf(node: NodeModel): NodeModel | null {
    return this.parents.get(node) ?? null;
  }

  /** The id of the document holding `node`, or null for a detached element. */
  docIdOf(node: NodeModel): string | null {
    let at: NodeModel | null = node;
    while (at) {
      const root = this.roots.get(at);
      if (root !== undefined) return root;
      at = this.parentOf(at);
    }
    return null;
  }

  isAttached(node: NodeModel): boolean {
    return this.parents.has(node) || this.roots.has(node);
  }

  /** Puts a detached node under `parent` at `index` (§8 item 12: an attached one throws). */
  insert(parent: NodeModel, index: number, node: NodeModel): void {
    if (this.isAttached(node)) throw gasError(MUST_BE_DETACHED);
    const children = (parent.children ??= []);
    if (index < 0 || index > children.length)
      throw gasError(
        `Child index (${index}) must be less than or equal to the number of child elements (${children.length}).`,
      );
    children.splice(index, 0, node);
    this.parents.set(node, parent);
    this.link(node);
  }

  /** Takes a node out of its parent; it becomes detached. */
  remove(node: NodeModel): void {
    const parent = this.parentOf(node);
    if (!parent?.children) return;
    const i = parent.children.indexOf(node);
    if (i >= 0) parent.children.splice(i, 1);
    this.parents.delete(node);
  }

  /** Makes a section the root of a document (used when a header or footer is added). */
  addRoot(section: NodeModel, docId: string): void {
    this.roots.set(section, docId);
    this.link(section);
  }

  /** Detaches a header or footer section from its document (`HeaderSection.removeFromParent()`). */
  removeRoot(section: NodeModel): void {
    this.roots.delete(section);
  }
}
