import { type DocBlock, type DocListItem, type DocTree, runsText } from './model';

/** The line a page break becomes, as the emulator's plain-text export writes it. */
export const PAGE_BREAK_LINE = '---- разрыв страницы ----';

/** Numbers the points of each list on, as Docs does, so «1.», «2.» continue across a table between them. */
class ListNumbers {
  private readonly counts = new Map<string, number>();

  marker(item: DocListItem): string {
    const indent = '  '.repeat(item.level);
    if (!item.numbered) return `${indent}– `;
    const key = `${item.list}/${item.level}`;
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    for (const other of [...this.counts.keys()])
      if (other.startsWith(`${item.list}/`) && Number(other.split('/').pop()) > item.level)
        this.counts.delete(other);
    return `${indent}${n}. `;
  }
}

function blockLines(block: DocBlock, lists: ListNumbers): string[] {
  switch (block.type) {
    case 'paragraph':
      return [runsText(block.runs)];
    case 'item':
      return [lists.marker(block) + runsText(block.runs)];
    case 'pageBreak':
      return [PAGE_BREAK_LINE];
    case 'table':
      return block.rows.map((row) =>
        row.cells.map((cell) => cell.blocks.flatMap((b) => blockLines(b, lists)).join(' / ')).join(' | '),
      );
  }
}

/**
 * A document as a head reads it: a line per paragraph, points numbered «1. », a table row per line with its cells
 * split by « | » — the same shape as the emulator's export of a built Doc, so a preview and the made document
 * read alike.
 */
export function documentText(tree: Pick<DocTree, 'blocks'>): string {
  const lists = new ListNumbers();
  return tree.blocks.flatMap((b) => blockLines(b, lists)).join('\n');
}
