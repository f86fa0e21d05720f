import type { Runtime } from '../core/runtime';
import { ContainerFacade } from './container';
import { type DocCtx, nodeOf, registerFacade } from './element';
import { gasError, MUST_BE_DETACHED } from './errors';
import { type NodeModel, paragraphNode, withAttr } from './model';

type PageBreak = GoogleAppsScript.Document.PageBreak;

/** `Body`: the main section of a document. Only the body takes page breaks directly. */
export class Body extends ContainerFacade implements Partial<GoogleAppsScript.Document.Body> {
  constructor(rt: Runtime, node: NodeModel, ctx: DocCtx) {
    super(rt, 'Body', node, ctx);
  }

  appendPageBreak(pageBreak?: PageBreak): PageBreak {
    return this.insertPageBreak(this.getNumChildren(), pageBreak);
  }

  /** The break sits inside a new paragraph, as in Docs. */
  insertPageBreak(childIndex: number, pageBreak?: PageBreak): PageBreak {
    const node: NodeModel = pageBreak ? nodeOf(pageBreak) : { type: 'PAGE_BREAK' };
    if (this._ctx.store.tree.isAttached(node)) throw gasError(MUST_BE_DETACHED);
    const holder = paragraphNode();
    this._insert(childIndex, holder);
    this._ctx.store.tree.insert(holder, 0, node);
    return this._wrap(node);
  }

  // Page geometry in points. [UNVERIFIED] Unset values read as Google Docs' defaults: US Letter, 1-inch margins.
  _geometry(key: string, fallback: number): number {
    return Number(this._node.attrs?.[key] ?? fallback);
  }
  _setGeometry(key: string, value: number): never {
    this._edit();
    this._node.attrs = withAttr(this._node.attrs ?? {}, key, value);
    return this as never;
  }
  getMarginTop(): number {
    return this._geometry('MARGIN_TOP', 72);
  }
  setMarginTop(points: number): never {
    return this._setGeometry('MARGIN_TOP', points);
  }
  getMarginBottom(): number {
    return this._geometry('MARGIN_BOTTOM', 72);
  }
  setMarginBottom(points: number): never {
    return this._setGeometry('MARGIN_BOTTOM', points);
  }
  getMarginLeft(): number {
    return this._geometry('MARGIN_LEFT', 72);
  }
  setMarginLeft(points: number): never {
    return this._setGeometry('MARGIN_LEFT', points);
  }
  getMarginRight(): number {
    return this._geometry('MARGIN_RIGHT', 72);
  }
  setMarginRight(points: number): never {
    return this._setGeometry('MARGIN_RIGHT', points);
  }
  getPageWidth(): number {
    return this._geometry('PAGE_WIDTH', 612);
  }
  setPageWidth(points: number): never {
    return this._setGeometry('PAGE_WIDTH', points);
  }
  getPageHeight(): number {
    return this._geometry('PAGE_HEIGHT', 792);
  }
  setPageHeight(points: number): never {
    return this._setGeometry('PAGE_HEIGHT', points);
  }
}

/**
 * A header or footer leaves its document on `removeFromParent()`: `getHeader()` then returns null and the next
 * `addHeader()` makes a new one (§4.3 [LIVE]). The removed section is detached, like any removed element.
 */
function removeSection(facade: ContainerFacade, slot: 'header' | 'footer'): void {
  const { store } = facade._ctx;
  const docId = store.tree.docIdOf(facade._node);
  const doc = docId ? store.document(docId) : null;
  if (!doc || doc[slot] !== facade._node) return;
  facade._edit();
  doc[slot] = null;
  store.tree.removeRoot(facade._node);
}

/** `HeaderSection`: the document header (`Document.addHeader()`). */
export class HeaderSection
  extends ContainerFacade
  implements Partial<GoogleAppsScript.Document.HeaderSection>
{
  constructor(rt: Runtime, node: NodeModel, ctx: DocCtx) {
    super(rt, 'HeaderSection', node, ctx);
  }

  override removeFromParent(): never {
    removeSection(this, 'header');
    return this as never;
  }
}

/** `FooterSection`: the document footer (`Document.addFooter()`). */
export class FooterSection
  extends ContainerFacade
  implements Partial<GoogleAppsScript.Document.FooterSection>
{
  constructor(rt: Runtime, node: NodeModel, ctx: DocCtx) {
    super(rt, 'FooterSection', node, ctx);
  }

  override removeFromParent(): never {
    removeSection(this, 'footer');
    return this as never;
  }
}

registerFacade('BODY_SECTION', Body);
registerFacade('HEADER_SECTION', HeaderSection);
registerFacade('FOOTER_SECTION', FooterSection);
