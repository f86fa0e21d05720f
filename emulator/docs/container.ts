import { ElementFacade, isLastSectionParagraph, nodeOf } from './element';
import { gasError, signatureError } from './errors';
import { elementText, type NodeModel, paragraphNode, tableNode, walk } from './model';
import { findElement, findText, replaceText } from './search';
import { Text } from './text';

type El = GoogleAppsScript.Document.Element;
type Para = GoogleAppsScript.Document.Paragraph;
type Item = GoogleAppsScript.Document.ListItem;
type Tbl = GoogleAppsScript.Document.Table;

/**
 * Live texts for a child index out of range: reading (`getChild`) needs an index below the number of children
 * [FIELD]; inserting accepts one equal to it (an append), so its text says «less than or equal to» (§4.3 [LIVE]).
 */
export function checkIndex(index: number, count: number, inclusive: boolean): void {
  if (index < 0 || index > count || (!inclusive && index === count)) {
    const bound = inclusive ? 'less than or equal to' : 'less than';
    throw gasError(`Child index (${index}) must be ${bound} the number of child elements (${count}).`);
  }
}

/**
 * The model node of an element argument of the expected type, a new node from text where the method also takes
 * a string, or the live refusal of anything else (§4.3 [LIVE]: `The parameters (number,DocumentApp.Body) don't
 * match the method signature for DocumentApp.Body.insertParagraph.`). Checked before the index, as live.
 */
export function elementArg(
  method: string,
  args: unknown[],
  value: unknown,
  type: string,
  fromText?: (text: string) => NodeModel,
): NodeModel {
  if (typeof value === 'string' && fromText) return fromText(value);
  const node = (value as { _node?: NodeModel } | null)?._node;
  if (!node || node.type !== type) throw signatureError(method, args);
  return node;
}

/** Refuses a child index that is not a number, as overload resolution does live (§1.5 pattern). */
export function indexArg(method: string, args: unknown[]): void {
  if (typeof args[0] !== 'number') throw signatureError(method, args);
}

const BLOCKS = ['PARAGRAPH', 'LIST_ITEM', 'TABLE'];
const CHILD_TYPES: Record<string, string[]> = {
  BODY_SECTION: BLOCKS,
  HEADER_SECTION: BLOCKS,
  FOOTER_SECTION: BLOCKS,
  TABLE_CELL: BLOCKS,
  TABLE: ['TABLE_ROW'],
  TABLE_ROW: ['TABLE_CELL'],
  PARAGRAPH: ['TEXT', 'PAGE_BREAK', 'HORIZONTAL_RULE'],
  LIST_ITEM: ['TEXT', 'PAGE_BREAK', 'HORIZONTAL_RULE'],
};

function canHold(parent: string, child: string): boolean {
  return (CHILD_TYPES[parent] ?? []).includes(child);
}

/**
 * [UNVERIFIED] `appendTable(cells)` takes `String[][]`; the emulator refuses other cell values with the usual
 * signature-mismatch text (§1.5 pattern) instead of coercing, so callers convert numbers and dates themselves.
 */
function checkCells(cells: unknown[][], method: string): void {
  for (const row of cells) {
    if (!Array.isArray(row) || row.some((c) => typeof c !== 'string')) {
      const kinds = [
        ...new Set(cells.flatMap((r) => (Array.isArray(r) ? r.map((c) => typeof c) : [typeof r]))),
      ];
      throw gasError(
        `The parameters (${kinds.join('|')}[][]) don't match the method signature for DocumentApp.${method}.`,
      );
    }
  }
}

/** What elements with children share: counting, getting and removing children, text search and replace. */
export abstract class ParentFacade extends ElementFacade {
  getNumChildren(): number {
    return (this._node.children ?? []).length;
  }

  getChild(childIndex: number): El {
    const children = this._node.children ?? [];
    checkIndex(childIndex, children.length, false);
    return this._wrap(children[childIndex]);
  }

  getChildIndex(child: El): number {
    const i = (this._node.children ?? []).indexOf(nodeOf(child));
    if (i < 0) throw gasError('Element does not contain the specified child element.');
    return i;
  }

  removeChild(child: El): never {
    const node = nodeOf(child);
    if (!(this._node.children ?? []).includes(node))
      throw gasError('Element does not contain the specified child element.');
    this._edit();
    if (isLastSectionParagraph(this._node, node))
      throw gasError("Can't remove the last paragraph in a document section.");
    this._ctx.store.tree.remove(node);
    return this as never;
  }

  getText(): string {
    return elementText(this._node);
  }

  editAsText(): GoogleAppsScript.Document.Text {
    return new Text(this._rt, this._node, this._ctx) as unknown as GoogleAppsScript.Document.Text;
  }

  findText(
    pattern: string,
    from?: GoogleAppsScript.Document.RangeElement,
  ): GoogleAppsScript.Document.RangeElement {
    return findText(
      this._rt,
      this._ctx,
      this._node,
      pattern,
      from,
    ) as unknown as GoogleAppsScript.Document.RangeElement;
  }

  findElement(
    type: unknown,
    from?: GoogleAppsScript.Document.RangeElement,
  ): GoogleAppsScript.Document.RangeElement {
    return findElement(
      this._rt,
      this._ctx,
      this._node,
      type,
      from,
    ) as unknown as GoogleAppsScript.Document.RangeElement;
  }

  /** §4.2: RE2 pattern, matched against each text block on its own. */
  replaceText(searchPattern: string, replacement: string): El {
    this._edit();
    replaceText(this._node, searchPattern, replacement);
    return this as unknown as El;
  }

  _insert(index: number, node: NodeModel): void {
    this._edit();
    checkIndex(index, (this._node.children ?? []).length, true);
    // [UNVERIFIED wording] Docs' own structure rules: e.g. a row goes only into a table.
    if (!canHold(this._node.type, node.type))
      throw gasError(`Cannot insert ${node.type} into ${this._node.type}.`);
    this._ctx.store.tree.insert(this._node, index, node);
  }
}

/** Body, header, footer and table cell: containers of paragraphs, list items and tables. */
export abstract class ContainerFacade extends ParentFacade {
  /** `DocumentApp.Body.insertParagraph`: how signature errors name a method of this class. */
  _method(name: string): string {
    return `DocumentApp.${this._className}.${name}`;
  }

  appendParagraph(paragraph: string | Para): Para {
    const node = elementArg(this._method('appendParagraph'), [paragraph], paragraph, 'PARAGRAPH', (t) =>
      paragraphNode(t),
    );
    this._insert(this.getNumChildren(), node);
    return this._wrap(node);
  }

  insertParagraph(childIndex: number, paragraph: string | Para): Para {
    const method = this._method('insertParagraph');
    indexArg(method, [childIndex, paragraph]);
    const node = elementArg(method, [childIndex, paragraph], paragraph, 'PARAGRAPH', (t) => paragraphNode(t));
    this._insert(childIndex, node);
    return this._wrap(node);
  }

  appendListItem(listItem: string | Item): Item {
    const node = elementArg(this._method('appendListItem'), [listItem], listItem, 'LIST_ITEM', (t) =>
      paragraphNode(t, 'LIST_ITEM'),
    );
    return this._placeListItem(this.getNumChildren(), node);
  }

  insertListItem(childIndex: number, listItem: string | Item): Item {
    const method = this._method('insertListItem');
    indexArg(method, [childIndex, listItem]);
    const node = elementArg(method, [childIndex, listItem], listItem, 'LIST_ITEM', (t) =>
      paragraphNode(t, 'LIST_ITEM'),
    );
    return this._placeListItem(childIndex, node);
  }

  /** A list item continues the list of the item before it, or starts a new list. */
  _placeListItem(childIndex: number, node: NodeModel): Item {
    if (!node.listId) {
      const before = (this._node.children ?? [])[childIndex - 1];
      node.listId = before?.type === 'LIST_ITEM' && before.listId ? before.listId : this._newListId();
    }
    this._insert(childIndex, node);
    return this._wrap(node);
  }

  _newListId(): string {
    this._ctx.store.state.seq++;
    return `kix.emu${this._ctx.store.state.seq}`;
  }

  /**
   * §4.2: all three forms also append an empty paragraph after the table ("Google Docs documents cannot end
   * with a table"), and `appendTable()` with no argument makes a table of 0 rows [LIVE].
   */
  appendTable(cells?: string[][] | Tbl): Tbl {
    const node = this._tableArg('appendTable', cells === undefined ? [] : [cells], cells);
    this._insert(this.getNumChildren(), node);
    this._ctx.store.tree.insert(this._node, this.getNumChildren(), paragraphNode());
    return this._wrap(node);
  }

  insertTable(childIndex: number, cells?: string[][] | Tbl): Tbl {
    const args = cells === undefined ? [childIndex] : [childIndex, cells];
    indexArg(this._method('insertTable'), args);
    const node = this._tableArg('insertTable', args, cells);
    this._insert(childIndex, node);
    return this._wrap(node);
  }

  /** A new table from a grid of strings (none: 0 rows), or a detached Table. */
  _tableArg(method: string, args: unknown[], cells: unknown): NodeModel {
    if (cells === undefined) return tableNode([]);
    if (Array.isArray(cells)) {
      checkCells(cells as unknown[][], `${this._className}.${method}`);
      return tableNode(cells as string[][]);
    }
    return elementArg(this._method(method), args, cells, 'TABLE');
  }

  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    return this.insertHorizontalRule(this.getNumChildren());
  }

  /** The rule sits inside a new paragraph, as in Docs. */
  insertHorizontalRule(childIndex: number): GoogleAppsScript.Document.HorizontalRule {
    const holder = paragraphNode();
    holder.children = [{ type: 'HORIZONTAL_RULE' }];
    this._insert(childIndex, holder);
    return this._wrap(holder.children[0]);
  }

  getParagraphs(): Para[] {
    return this._descendants(['PARAGRAPH', 'LIST_ITEM']) as Para[];
  }

  getTables(): Tbl[] {
    return this._descendants(['TABLE']) as Tbl[];
  }

  getListItems(): Item[] {
    return this._descendants(['LIST_ITEM']) as Item[];
  }

  _descendants(types: string[]): unknown[] {
    return [...walk(this._node)]
      .slice(1)
      .filter((n) => types.includes(n.type))
      .map((n) => this._wrap(n));
  }

  /** Replaces all contents with one paragraph of plain text. */
  setText(text: string): never {
    this._edit();
    this._reset(paragraphNode(text));
    return this as never;
  }

  clear(): never {
    this._edit();
    this._reset(paragraphNode());
    return this as never;
  }

  _reset(paragraph: NodeModel): void {
    for (const child of [...(this._node.children ?? [])]) this._ctx.store.tree.remove(child);
    this._ctx.store.tree.insert(this._node, 0, paragraph);
  }
}
