import type { Runtime } from '../core/runtime';
import { type DocCtx, ElementFacade, registerFacade } from './element';
import { TEXT_ATTRIBUTES } from './enums';
import { gasError } from './errors';
import { elementText, type NodeModel, textNode } from './model';
import * as runs from './runs';
import { eachPiece, pieceAt, segments } from './segments';
import { findText, replaceText } from './search';

type Doc = GoogleAppsScript.Document.Text;

/**
 * `Text`: a Text element, or the `editAsText()` view of a paragraph, cell or section (then offsets run over
 * the whole element's text, with '\n' between paragraphs). Character attributes are stored per run.
 */
export class Text extends ElementFacade implements Partial<Doc> {
  constructor(rt: Runtime, node: NodeModel, ctx: DocCtx) {
    super(rt, 'Text', node, ctx);
  }

  override getType(): GoogleAppsScript.Document.ElementType {
    return 'TEXT' as unknown as GoogleAppsScript.Document.ElementType;
  }

  override getParent(): GoogleAppsScript.Document.ContainerElement {
    if (this._node.type === 'TEXT') return super.getParent();
    return this._wrap(this._node);
  }

  getText(): string {
    return elementText(this._node);
  }

  setText(text: string): Doc {
    this._edit();
    const pieces = segments(this._node).filter((s) => s.node);
    const first = pieces[0]?.node ?? null;
    const attrs = first ? runs.attrsAt(first, 0) : {};
    for (const s of pieces) if (s.node && s.text) runs.deleteText(s.node, 0, s.text.length - 1);
    const target = first ?? this._newPiece();
    if (text) runs.insertText(target, 0, text, attrs);
    return this._self();
  }

  insertText(offset: number, text: string): Doc {
    this._edit();
    const length = this.getText().length;
    if (offset < 0 || offset > length)
      throw gasError(`Index (${offset}) must be less than or equal to the content length (${length}).`);
    const piece = pieceAt(this._node, offset) ?? { node: this._newPiece(), local: 0 };
    runs.insertText(piece.node, piece.local, text);
    return this._self();
  }

  appendText(text: string): Doc {
    return this.insertText(this.getText().length, text);
  }

  deleteText(startOffset: number, endOffsetInclusive: number): Doc {
    this._edit();
    this._checkRange(startOffset, endOffsetInclusive);
    const pieces: Array<[NodeModel, number, number]> = [];
    eachPiece(this._node, startOffset, endOffsetInclusive, (n, a, b) => pieces.push([n, a, b]));
    for (const [n, a, b] of pieces) runs.deleteText(n, a, b);
    return this._self();
  }

  /** An empty Text child for a paragraph that has none yet. */
  _newPiece(): NodeModel {
    if (this._node.type !== 'PARAGRAPH' && this._node.type !== 'LIST_ITEM') {
      throw gasError('Cannot insert text into an element without paragraphs.');
    }
    const node = textNode('');
    this._ctx.store.tree.insert(this._node, (this._node.children ?? []).length, node);
    return node;
  }

  _checkRange(start: number, end: number): void {
    const length = this.getText().length;
    if (start < 0 || end >= length || start > end) {
      throw gasError(`The range ${start}..${end} is outside the text (length ${length}).`);
    }
  }

  _self(): Doc {
    return this as unknown as Doc;
  }

  /** `setX(value)` or `setX(start, endInclusive, value)` for one character attribute. */
  _set(key: string, args: unknown[]): Doc {
    this._edit();
    const [start, end, value] = args.length >= 3 ? args : [0, this.getText().length - 1, args[0]];
    if (args.length >= 3) this._checkRange(start as number, end as number);
    eachPiece(this._node, start as number, end as number, (n, a, b) => runs.setAttr(n, a, b, key, value));
    return this._self();
  }

  /** The distinct values of one attribute over the whole text, or at one offset. */
  _values(key: string, offset?: number): Set<unknown> {
    const length = this.getText().length;
    const [start, end] = offset === undefined ? [0, length - 1] : [offset, offset];
    const out = new Set<unknown>();
    eachPiece(this._node, start, end, (n, a, b) => runs.valuesIn(n, a, b, key).forEach((v) => out.add(v)));
    return out;
  }

  /** `getX()`: the value if uniform, else null (also null when unset: inherited from the style). */
  _get(key: string, offset?: number): unknown {
    const values = this._values(key, offset);
    return values.size === 1 ? [...values][0] : null;
  }

  setBold(...args: unknown[]): Doc {
    return this._set('BOLD', args);
  }
  setItalic(...args: unknown[]): Doc {
    return this._set('ITALIC', args);
  }
  setUnderline(...args: unknown[]): Doc {
    return this._set('UNDERLINE', args);
  }
  setStrikethrough(...args: unknown[]): Doc {
    return this._set('STRIKETHROUGH', args);
  }
  setFontSize(...args: unknown[]): Doc {
    return this._set('FONT_SIZE', args);
  }
  setFontFamily(...args: unknown[]): Doc {
    return this._set('FONT_FAMILY', args);
  }
  setForegroundColor(...args: unknown[]): Doc {
    return this._set('FOREGROUND_COLOR', args);
  }
  setBackgroundColor(...args: unknown[]): Doc {
    return this._set('BACKGROUND_COLOR', args);
  }
  setLinkUrl(...args: unknown[]): Doc {
    return this._set('LINK_URL', args);
  }

  isBold(offset?: number): boolean {
    return this._flag('BOLD', offset);
  }
  isItalic(offset?: number): boolean {
    return this._flag('ITALIC', offset);
  }
  isUnderline(offset?: number): boolean {
    return this._flag('UNDERLINE', offset);
  }
  isStrikethrough(offset?: number): boolean {
    return this._flag('STRIKETHROUGH', offset);
  }
  // [UNVERIFIED] Unset reads as false; over mixed text the whole-text form returns null ("mixed values", [DOC]).
  _flag(key: string, offset?: number): boolean {
    const values = this._values(key, offset);
    if (values.has(true) && values.size > 1) return null as unknown as boolean;
    return values.has(true);
  }
  getFontSize(offset?: number): number {
    return this._get('FONT_SIZE', offset) as number;
  }
  getFontFamily(offset?: number): string {
    return this._get('FONT_FAMILY', offset) as string;
  }
  getForegroundColor(offset?: number): string {
    return this._get('FOREGROUND_COLOR', offset) as string;
  }
  getLinkUrl(offset?: number): string {
    return this._get('LINK_URL', offset) as string;
  }

  /** `setAttributes(attributes)` or `setAttributes(start, endInclusive, attributes)`. */
  override setAttributes(...args: unknown[]): never {
    const attributes = (args.length >= 3 ? args[2] : args[0]) as Record<string, unknown>;
    for (const [key, value] of Object.entries(attributes)) {
      this._set(key, args.length >= 3 ? [args[0], args[1], value] : [value]);
    }
    return this as never;
  }

  /** Character attributes over the whole text (null where mixed), or at one offset. */
  override getAttributes(offset?: number): Record<string, unknown> {
    return Object.fromEntries(TEXT_ATTRIBUTES.map((key) => [key, this._get(key, offset)]));
  }

  getTextAttributeIndices(): number[] {
    const out: number[] = [];
    for (const s of segments(this._node))
      if (s.node) for (const i of runs.runStarts(s.node)) out.push(s.start + i);
    return [...new Set(out.length ? out : [0])];
  }

  findText(
    pattern: string,
    from?: GoogleAppsScript.Document.RangeElement,
  ): GoogleAppsScript.Document.RangeElement {
    return findText(this._rt, this._ctx, this._node, pattern, from) as GoogleAppsScript.Document.RangeElement;
  }

  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    this._edit();
    replaceText(this._node, searchPattern, replacement);
    return this as unknown as GoogleAppsScript.Document.Element;
  }
}

registerFacade('TEXT', Text);
