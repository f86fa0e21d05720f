import type { Runtime } from '../core/runtime';
import { elementArg, indexArg, ParentFacade } from './container';
import { type DocCtx, ElementFacade, nodeOf, registerFacade } from './element';
import { gasError } from './errors';
import { type NodeModel, textNode, withAttr } from './model';
import * as runs from './runs';

type TextEl = GoogleAppsScript.Document.Text;
type Heading = GoogleAppsScript.Document.ParagraphHeading;
type Align = GoogleAppsScript.Document.HorizontalAlignment;

/**
 * What Paragraph and ListItem share: text children, inline page breaks and rules, and paragraph attributes
 * (heading, alignment, indents, spacing) stored as `DocumentApp.Attribute` keys.
 */
abstract class ParagraphLike extends ParentFacade {
  _attr(key: string): unknown {
    return this._node.attrs?.[key] ?? null;
  }

  _setAttr(key: string, value: unknown): never {
    this._edit();
    this._node.attrs = withAttr(this._node.attrs ?? {}, key, value);
    return this as never;
  }

  /** A new Text child: `appendText(...).setBold(true)` formats just the appended words. */
  appendText(text: string | TextEl): TextEl {
    return this._placeText(`DocumentApp.${this._className}.appendText`, [text], this.getNumChildren(), text);
  }

  /** [COMMUNITY, UNVERIFIED] New text continues the formatting of the text before it (people reset bold). */
  insertText(childIndex: number, text: string | TextEl): TextEl {
    const method = `DocumentApp.${this._className}.insertText`;
    indexArg(method, [childIndex, text]);
    return this._placeText(method, [childIndex, text], childIndex, text);
  }

  _placeText(method: string, args: unknown[], childIndex: number, text: string | TextEl): TextEl {
    const before = (this._node.children ?? [])
      .slice(0, childIndex)
      .filter((c) => c.type === 'TEXT' && c.text)
      .pop();
    const inherited = before ? runs.attrsAt(before, (before.text ?? '').length - 1) : {};
    const node = elementArg(method, args, text, 'TEXT', (t) => textNode(t, inherited));
    this._insert(childIndex, node);
    return this._wrap(node);
  }

  /** Replaces the contents with plain text that keeps the formatting of the first character [UNVERIFIED]. */
  setText(text: string): never {
    this._edit();
    const first = (this._node.children ?? []).find((c) => c.type === 'TEXT');
    const attrs = first ? runs.attrsAt(first, 0) : {};
    for (const child of [...(this._node.children ?? [])]) this._ctx.store.tree.remove(child);
    if (text) this._ctx.store.tree.insert(this._node, 0, textNode(text, attrs));
    return this as never;
  }

  clear(): never {
    return this.setText('');
  }

  appendPageBreak(pageBreak?: GoogleAppsScript.Document.PageBreak): GoogleAppsScript.Document.PageBreak {
    return this.insertPageBreak(this.getNumChildren(), pageBreak);
  }

  /** [DOC] "PageBreaks may not be contained within TableCells" [UNVERIFIED wording of the exception]. */
  insertPageBreak(
    childIndex: number,
    pageBreak?: GoogleAppsScript.Document.PageBreak,
  ): GoogleAppsScript.Document.PageBreak {
    for (let p = this._ctx.store.tree.parentOf(this._node); p; p = this._ctx.store.tree.parentOf(p)) {
      if (p.type === 'TABLE_CELL') throw gasError('PageBreaks may not be contained within TableCells.');
    }
    const node: NodeModel = pageBreak ? nodeOf(pageBreak) : { type: 'PAGE_BREAK' };
    this._insert(childIndex, node);
    return this._wrap(node);
  }

  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    return this.insertHorizontalRule(this.getNumChildren());
  }

  insertHorizontalRule(childIndex: number): GoogleAppsScript.Document.HorizontalRule {
    const node: NodeModel = { type: 'HORIZONTAL_RULE' };
    this._insert(childIndex, node);
    return this._wrap(node);
  }

  // [UNVERIFIED] A paragraph that never had a heading set reads NORMAL; other unset attributes read null.
  getHeading(): Heading {
    return (this._attr('HEADING') ?? 'NORMAL') as Heading;
  }
  setHeading(heading: Heading): never {
    return this._setAttr('HEADING', String(heading));
  }
  getAlignment(): Align {
    return this._attr('HORIZONTAL_ALIGNMENT') as Align;
  }
  setAlignment(alignment: Align): never {
    return this._setAttr('HORIZONTAL_ALIGNMENT', alignment === null ? null : String(alignment));
  }
  getIndentFirstLine(): number {
    return this._attr('INDENT_FIRST_LINE') as number;
  }
  setIndentFirstLine(indent: number): never {
    return this._setAttr('INDENT_FIRST_LINE', indent);
  }
  getIndentStart(): number {
    return this._attr('INDENT_START') as number;
  }
  setIndentStart(indent: number): never {
    return this._setAttr('INDENT_START', indent);
  }
  getIndentEnd(): number {
    return this._attr('INDENT_END') as number;
  }
  setIndentEnd(indent: number): never {
    return this._setAttr('INDENT_END', indent);
  }
  getSpacingBefore(): number {
    return this._attr('SPACING_BEFORE') as number;
  }
  setSpacingBefore(spacing: number): never {
    return this._setAttr('SPACING_BEFORE', spacing);
  }
  getSpacingAfter(): number {
    return this._attr('SPACING_AFTER') as number;
  }
  setSpacingAfter(spacing: number): never {
    return this._setAttr('SPACING_AFTER', spacing);
  }
  getLineSpacing(): number {
    return this._attr('LINE_SPACING') as number;
  }
  setLineSpacing(multiplier: number): never {
    return this._setAttr('LINE_SPACING', multiplier);
  }
  isLeftToRight(): boolean {
    return this._attr('LEFT_TO_RIGHT') as boolean;
  }
  setLeftToRight(leftToRight: boolean): never {
    return this._setAttr('LEFT_TO_RIGHT', leftToRight);
  }
}

/** `Paragraph`. */
export class Paragraph extends ParagraphLike implements Partial<GoogleAppsScript.Document.Paragraph> {
  constructor(rt: Runtime, node: NodeModel, ctx: DocCtx) {
    super(rt, 'Paragraph', node, ctx);
  }
}

/** `ListItem`: a paragraph in a list; items appended one after another share a list id. */
export class ListItem extends ParagraphLike implements Partial<GoogleAppsScript.Document.ListItem> {
  constructor(rt: Runtime, node: NodeModel, ctx: DocCtx) {
    super(rt, 'ListItem', node, ctx);
  }
  getListId(): string {
    return this._node.listId ?? '';
  }
  setListId(listItem: GoogleAppsScript.Document.ListItem): never {
    this._edit();
    this._node.listId = nodeOf(listItem).listId;
    return this as never;
  }
  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    return (this._attr('GLYPH_TYPE') ?? 'BULLET') as GoogleAppsScript.Document.GlyphType;
  }
  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): never {
    return this._setAttr('GLYPH_TYPE', String(glyphType));
  }
  getNestingLevel(): number {
    return (this._attr('NESTING_LEVEL') ?? 0) as number;
  }
  setNestingLevel(nestingLevel: number): never {
    return this._setAttr('NESTING_LEVEL', nestingLevel);
  }
}

/** `PageBreak`: lives inside a paragraph. */
export class PageBreak extends ElementFacade implements Partial<GoogleAppsScript.Document.PageBreak> {
  constructor(rt: Runtime, node: NodeModel, ctx: DocCtx) {
    super(rt, 'PageBreak', node, ctx);
  }
}

/** `HorizontalRule`: lives inside a paragraph. */
export class HorizontalRule
  extends ElementFacade
  implements Partial<GoogleAppsScript.Document.HorizontalRule>
{
  constructor(rt: Runtime, node: NodeModel, ctx: DocCtx) {
    super(rt, 'HorizontalRule', node, ctx);
  }
}

registerFacade('PARAGRAPH', Paragraph);
registerFacade('LIST_ITEM', ListItem);
registerFacade('PAGE_BREAK', PageBreak);
registerFacade('HORIZONTAL_RULE', HorizontalRule);
