import type { ElementTypeName } from './enums';

/** Attribute values keyed by `DocumentApp.Attribute` name; an absent key reads back as `null`. */
export type AttrBag = Partial<Record<string, string | number | boolean>>;

/** A run of characters of a Text sharing the same attributes. */
export interface Run {
  n: number;
  a: AttrBag;
}

/**
 * One element of a document as plain JSON: sections, paragraphs, list items, tables, rows, cells hold
 * `children`; a Text holds `text` and attribute `runs`; page breaks and rules are leaves.
 */
export interface NodeModel {
  type: ElementTypeName;
  attrs?: AttrBag;
  children?: NodeModel[];
  text?: string;
  runs?: Run[];
  listId?: string;
}

/** A Google Doc: its body and optional header and footer. */
export interface DocumentModel {
  body: NodeModel;
  header: NodeModel | null;
  footer: NodeModel | null;
}

/** Block elements a section or table cell may hold. */
export const BLOCK_TYPES: readonly ElementTypeName[] = ['PARAGRAPH', 'LIST_ITEM', 'TABLE'];

/** A Text element holding `text` with uniform attributes. */
export function textNode(text: string, attrs: AttrBag = {}): NodeModel {
  return { type: 'TEXT', text, runs: text ? [{ n: text.length, a: { ...attrs } }] : [] };
}

/** A paragraph holding `text` (no children when empty, as a fresh empty paragraph has none). */
export function paragraphNode(text = '', type: 'PARAGRAPH' | 'LIST_ITEM' = 'PARAGRAPH'): NodeModel {
  const node: NodeModel = { type, attrs: {}, children: text ? [textNode(text)] : [] };
  return node;
}

/** A table cell holding one paragraph: Docs cells always contain at least one paragraph. */
export function cellNode(text = ''): NodeModel {
  return { type: 'TABLE_CELL', attrs: {}, children: [paragraphNode(text)] };
}

/** A table row of cells with these texts. */
export function rowNode(texts: readonly string[] = []): NodeModel {
  return { type: 'TABLE_ROW', attrs: {}, children: texts.map((t) => cellNode(t)) };
}

/** A table from a grid of texts; short rows are padded with empty cells so the table stays rectangular. */
export function tableNode(cells: readonly (readonly string[])[] = []): NodeModel {
  const width = Math.max(0, ...cells.map((r) => r.length));
  const rows = cells.map((r) => rowNode([...r, ...Array<string>(width - r.length).fill('')]));
  return { type: 'TABLE', attrs: {}, children: rows };
}

/** A body, header or footer section with one empty paragraph, as Docs creates them. */
export function sectionNode(type: 'BODY_SECTION' | 'HEADER_SECTION' | 'FOOTER_SECTION'): NodeModel {
  return { type, attrs: {}, children: [paragraphNode()] };
}

/** A new empty document. */
export function emptyDocument(): DocumentModel {
  return { body: sectionNode('BODY_SECTION'), header: null, footer: null };
}

/** A detached deep copy of a node (what `Element.copy()` returns). */
export function deepCopy<T>(node: T): T {
  return JSON.parse(JSON.stringify(node)) as T;
}

/** Text of a paragraph-like node: its Text children concatenated. */
export function inlineText(node: NodeModel): string {
  return (node.children ?? []).map((c) => (c.type === 'TEXT' ? (c.text ?? '') : '')).join('');
}

/**
 * `getText()` of any element: the children's texts joined by newlines — paragraphs, table rows and the cells of a
 * row alike (§4.3 [LIVE]: a 2×2 table reads `R1C1\nR1C2\nR2C1\nR2C2`, a row `R1C1\nR1C2`).
 */
export function elementText(node: NodeModel): string {
  switch (node.type) {
    case 'TEXT':
      return node.text ?? '';
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return inlineText(node);
    case 'PAGE_BREAK':
    case 'HORIZONTAL_RULE':
      return '';
    default:
      return (node.children ?? []).map(elementText).join('\n');
  }
}

/** Every node under `node` (itself included), depth first, in document order. */
export function* walk(node: NodeModel): Generator<NodeModel> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** A copy of an attribute bag with one key set, or removed when the value is null (read back as inherited). */
export function withAttr(bag: AttrBag, key: string, value: unknown): AttrBag {
  const { [key]: _old, ...rest } = bag;
  return value === null || value === undefined
    ? rest
    : { ...rest, [key]: value as string | number | boolean };
}
