import { ElementFacade, isLastSectionParagraph, nodeOf } from './element';
import { gasError } from './errors';
import { elementText, type NodeModel, paragraphNode, tableNode, walk } from './model';
import { findElement, findText, replaceText } from './search';
import { Text } from './text';

type El = GoogleAppsScript.Document.Element;
type Para = GoogleAppsScript.Document.Paragraph;
type Item = GoogleAppsScript.Document.ListItem;
type Tbl = GoogleAppsScript.Document.Table;

/** [FIELD] Live text for a child index out of range (seen for getChild and insertParagraph alike). */
export function checkIndex(index: number, count: number, inclusive: boolean): void {
  if (index < 0 || index > count || (!inclusive && index === count)) {
    throw gasError(`Child index (${index}) must be less than the number of child elements (${count}).`);
  }
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
  appendParagraph(paragraph: string | Para): Para {
    return this.insertParagraph(this.getNumChildren(), paragraph);
  }

  insertParagraph(childIndex: number, paragraph: string | Para): Para {
    const node = typeof paragraph === 'string' ? paragraphNode(paragraph) : nodeOf(paragraph);
    this._insert(childIndex, node);
    return this._wrap(node);
  }

  appendListItem(listItem: string | Item): Item {
    return this.insertListItem(this.getNumChildren(), listItem);
  }

  insertListItem(childIndex: number, listItem: string | Item): Item {
    const node = typeof listItem === 'string' ? paragraphNode(listItem, 'LIST_ITEM') : nodeOf(listItem);
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
    if (Array.isArray(cells)) checkCells(cells, `${this._className}.appendTable`);
    const table = this.insertTable(this.getNumChildren(), cells);
    this._ctx.store.tree.insert(this._node, this.getNumChildren(), paragraphNode());
    return table;
  }

  insertTable(childIndex: number, cells?: string[][] | Tbl): Tbl {
    if (Array.isArray(cells)) checkCells(cells, `${this._className}.insertTable`);
    const node = cells === undefined || Array.isArray(cells) ? tableNode(cells ?? []) : nodeOf(cells);
    this._insert(childIndex, node);
    return this._wrap(node);
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
