import type { NodeModel } from './model';

/** A piece of an element's text: a Text node's characters, or a separator between blocks (not editable). */
export interface Segment {
  node: NodeModel | null;
  start: number;
  text: string;
}

/**
 * The text of an element as `editAsText()` sees it: every Text inside, in document order, with '\n' between
 * paragraphs, table rows and cells — the same string `getText()` gives (§4.3).
 */
export function segments(owner: NodeModel): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  const push = (node: NodeModel | null, text: string) => {
    out.push({ node, start: at, text });
    at += text.length;
  };
  const visit = (node: NodeModel): void => {
    if (node.type === 'TEXT') return push(node, node.text ?? '');
    if (node.type === 'PARAGRAPH' || node.type === 'LIST_ITEM') {
      for (const child of node.children ?? []) if (child.type === 'TEXT') visit(child);
      return;
    }
    (node.children ?? []).forEach((child, i) => {
      if (i > 0) push(null, '\n');
      visit(child);
    });
  };
  visit(owner);
  return out;
}

/** Calls `fn` for each Text piece overlapping `start..endInclusive`, with offsets local to that Text. */
export function eachPiece(
  owner: NodeModel,
  start: number,
  endInclusive: number,
  fn: (node: NodeModel, from: number, toInclusive: number) => void,
): void {
  for (const seg of segments(owner)) {
    if (!seg.node || seg.text.length === 0) continue;
    const from = Math.max(start, seg.start) - seg.start;
    const to = Math.min(endInclusive, seg.start + seg.text.length - 1) - seg.start;
    if (from <= to) fn(seg.node, from, to);
  }
}

/** The Text piece and local offset where an insertion at `offset` lands (the end of the piece before it). */
export function pieceAt(owner: NodeModel, offset: number): { node: NodeModel; local: number } | null {
  let found: { node: NodeModel; local: number } | null = null;
  for (const seg of segments(owner)) {
    if (!seg.node) continue;
    if (offset >= seg.start && offset <= seg.start + seg.text.length) {
      found = { node: seg.node, local: offset - seg.start };
      if (offset < seg.start + seg.text.length) break;
    }
  }
  return found;
}
