import { GasObject } from '../core/gas-object';
import type { Runtime } from '../core/runtime';
import { type AttributeName, type ElementTypeName, TEXT_ATTRIBUTES } from './enums';
import { DOCUMENT_CLOSED, gasError, LAST_PARAGRAPH } from './errors';
import { deepCopy, type NodeModel, walk, withAttr } from './model';
import { attrOver, setAttr } from './runs';
import type { DocsStore, Session } from './store';

/** What every element facade needs: the store (documents, parent index) and the Document handle it came from. */
export interface DocCtx {
  store: DocsStore;
  /** The handle the element was reached through; null for a detached copy. */
  session: Session | null;
}

type FacadeCtor = new (rt: Runtime, node: NodeModel, ctx: DocCtx) => ElementFacade;
const registry = new Map<ElementTypeName, FacadeCtor>();

/** Each element class registers itself, so `wrap` can build the right facade without import cycles. */
export function registerFacade(type: ElementTypeName, ctor: FacadeCtor): void {
  registry.set(type, ctor);
}

/** The facade of a model node, typed as the Apps Script class the caller expects. */
export function wrap<T>(rt: Runtime, node: NodeModel, ctx: DocCtx): T {
  const ctor = registry.get(node.type);
  if (!ctor) throw new Error(`emulator: no facade for element type ${node.type}`);
  return new ctor(rt, node, ctx) as unknown as T;
}

/** The model node behind a facade a script passes back in (a Paragraph, a TableRow...). */
export function nodeOf(element: unknown): NodeModel {
  const node = (element as { _node?: NodeModel } | null)?._node;
  if (!node) throw gasError('Invalid argument: element');
  return node;
}

const PARAGRAPH_KEYS: readonly AttributeName[] = [
  'HEADING',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'INDENT_END',
  'SPACING_BEFORE',
  'SPACING_AFTER',
  'LINE_SPACING',
  'LEFT_TO_RIGHT',
];

/**
 * Methods every Apps Script document element has (`Element`): type, parent, siblings, copy, attributes, casts.
 * Chaining methods are typed `never` here so each facade fits its Apps Script interface (`implements
 * Partial<...>`); scripts and tests see the Apps Script types. Missing results are `null`, as live.
 */
export abstract class ElementFacade extends GasObject {
  constructor(
    rt: Runtime,
    className: string,
    readonly _node: NodeModel,
    readonly _ctx: DocCtx,
  ) {
    super(rt, 'DocumentApp', className);
  }

  /** Guards an edit: a closed Document's elements refuse it (§4.2, §8 item 12); the file's modified time moves. */
  _edit(): void {
    if (this._ctx.session?.closed) throw gasError(DOCUMENT_CLOSED);
    this._ctx.store.touch(this._ctx.store.tree.docIdOf(this._node));
  }

  _wrap<T>(node: NodeModel): T {
    return wrap<T>(this._rt, node, this._ctx);
  }

  getType(): GoogleAppsScript.Document.ElementType {
    return this._node.type as unknown as GoogleAppsScript.Document.ElementType;
  }

  getParent(): GoogleAppsScript.Document.ContainerElement {
    const parent = this._ctx.store.tree.parentOf(this._node);
    return (parent ? this._wrap(parent) : null) as GoogleAppsScript.Document.ContainerElement;
  }

  getNextSibling(): GoogleAppsScript.Document.Element {
    return this._sibling(1);
  }

  getPreviousSibling(): GoogleAppsScript.Document.Element {
    return this._sibling(-1);
  }

  _sibling(step: number): GoogleAppsScript.Document.Element {
    const siblings = this._ctx.store.tree.parentOf(this._node)?.children ?? [];
    const next = siblings[siblings.indexOf(this._node) + step];
    return (next ? this._wrap(next) : null) as GoogleAppsScript.Document.Element;
  }

  /** Whether this is the last element of its document section. */
  isAtDocumentEnd(): boolean {
    let at: NodeModel = this._node;
    for (let p = this._ctx.store.tree.parentOf(at); p; p = this._ctx.store.tree.parentOf(at)) {
      if (p.children?.[p.children.length - 1] !== at) return false;
      at = p;
    }
    return this._ctx.store.tree.docIdOf(at) !== null;
  }

  removeFromParent(): never {
    const tree = this._ctx.store.tree;
    const parent = tree.parentOf(this._node);
    if (!parent) return this as never;
    this._edit();
    if (isLastSectionParagraph(parent, this._node)) throw gasError(LAST_PARAGRAPH);
    tree.remove(this._node);
    return this as never;
  }

  /** A detached deep copy (`Element.copy()`, §4.2): it has no parent and may be inserted anywhere. */
  copy(): never {
    return wrap<never>(this._rt, deepCopy(this._node), { store: this._ctx.store, session: null });
  }

  getAttributes(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of TEXT_ATTRIBUTES) out[key] = uniformTextAttr(this._node, key);
    if (this._node.type === 'PARAGRAPH' || this._node.type === 'LIST_ITEM') {
      for (const key of PARAGRAPH_KEYS) out[key] = key === 'HEADING' ? 'NORMAL' : null;
    }
    for (const [key, value] of Object.entries(this._node.attrs ?? {})) out[key] = value;
    return out;
  }

  setAttributes(attributes: Record<string, unknown>): never {
    this._edit();
    applyAttributes(this._node, attributes);
    return this as never;
  }

  _as<T>(type: ElementTypeName): T {
    if (this._node.type !== type) throw gasError(`Cannot cast ${this._node.type} to ${type}.`);
    return this as unknown as T;
  }

  asParagraph(): GoogleAppsScript.Document.Paragraph {
    return this._as('PARAGRAPH');
  }
  asListItem(): GoogleAppsScript.Document.ListItem {
    return this._as('LIST_ITEM');
  }
  asTable(): GoogleAppsScript.Document.Table {
    return this._as('TABLE');
  }
  asTableRow(): GoogleAppsScript.Document.TableRow {
    return this._as('TABLE_ROW');
  }
  asTableCell(): GoogleAppsScript.Document.TableCell {
    return this._as('TABLE_CELL');
  }
  asText(): GoogleAppsScript.Document.Text {
    return this._as('TEXT');
  }
  asPageBreak(): GoogleAppsScript.Document.PageBreak {
    return this._as('PAGE_BREAK');
  }
  asHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    return this._as('HORIZONTAL_RULE');
  }
  asBody(): GoogleAppsScript.Document.Body {
    return this._as('BODY_SECTION');
  }
  asHeaderSection(): GoogleAppsScript.Document.HeaderSection {
    return this._as('HEADER_SECTION');
  }
  asFooterSection(): GoogleAppsScript.Document.FooterSection {
    return this._as('FOOTER_SECTION');
  }
}

/** A section must keep a paragraph at its end (Docs cannot end a section with a table). */
export function isLastSectionParagraph(parent: NodeModel, node: NodeModel): boolean {
  const isSection = parent.type.endsWith('_SECTION');
  const children = parent.children ?? [];
  return isSection && node.type === 'PARAGRAPH' && children[children.length - 1] === node;
}

/** One character attribute over all text of an element: the value if uniform, else null. */
export function uniformTextAttr(node: NodeModel, key: string): unknown {
  let value: unknown = undefined;
  for (const n of walk(node)) {
    if (n.type !== 'TEXT' || !n.text) continue;
    const v = attrOver(n, 0, n.text.length - 1, key);
    if (value === undefined) value = v;
    else if (v !== value) return null;
  }
  return value ?? null;
}

/** Applies an attributes object: character attributes go to every Text inside, the rest to the node itself. */
export function applyAttributes(node: NodeModel, attributes: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(attributes)) {
    if ((TEXT_ATTRIBUTES as readonly string[]).includes(key) || node.type === 'TEXT') {
      for (const n of walk(node))
        if (n.type === 'TEXT' && n.text) setAttr(n, 0, n.text.length - 1, key, value);
    } else {
      node.attrs = withAttr(node.attrs ?? {}, key, value);
    }
  }
}
