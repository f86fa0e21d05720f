import type { Runtime } from '../core/runtime';
import { ContainerFacade } from './container';
import { type DocCtx, nodeOf, registerFacade } from './element';
import { type NodeModel, paragraphNode } from './model';

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
    const holder = paragraphNode();
    this._insert(childIndex, holder);
    this._ctx.store.tree.insert(holder, 0, node);
    return this._wrap(node);
  }
}

/** `HeaderSection`: the document header (`Document.addHeader()`). */
export class HeaderSection
  extends ContainerFacade
  implements Partial<GoogleAppsScript.Document.HeaderSection>
{
  constructor(rt: Runtime, node: NodeModel, ctx: DocCtx) {
    super(rt, 'HeaderSection', node, ctx);
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
}

registerFacade('BODY_SECTION', Body);
registerFacade('HEADER_SECTION', HeaderSection);
registerFacade('FOOTER_SECTION', FooterSection);
