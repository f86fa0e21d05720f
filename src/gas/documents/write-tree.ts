/**
 * Writes a document tree into a Body through DocumentApp, with few calls: a paragraph is one append and one
 * `setAttributes`; a run of another look one more; a table is one `appendTable` of its texts, one call for its
 * type and borders, one per column width, and calls only for cells that are not plain text.
 */
import {
  mmToPt,
  runsText,
  type DocBlock,
  type DocCell,
  type DocListItem,
  type DocParagraph,
  type DocTable,
  type DocTree,
  type PageSetup,
  type ParagraphStyle,
  type TextRun,
} from '../../domain/documents/model';

type Body = GoogleAppsScript.Document.Body;
type Container = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.TableCell;
type Styled = GoogleAppsScript.Document.Paragraph | GoogleAppsScript.Document.ListItem;

/** Replaces nothing: appends the tree's blocks to an empty body (a new or cleared document) and sets the page. */
export function writeTree(body: Body, tree: DocTree): void {
  const { marginsMm } = tree.page;
  body.setAttributes({
    [DocumentApp.Attribute.MARGIN_TOP]: mmToPt(marginsMm.top),
    [DocumentApp.Attribute.MARGIN_RIGHT]: mmToPt(marginsMm.right),
    [DocumentApp.Attribute.MARGIN_BOTTOM]: mmToPt(marginsMm.bottom),
    [DocumentApp.Attribute.MARGIN_LEFT]: mmToPt(marginsMm.left),
  });
  // A new document holds one empty paragraph; the first block takes its place, so no blank line leads the page.
  const first = body.getNumChildren() === 1 ? body.getChild(0) : null;
  const lists = new Map<string, GoogleAppsScript.Document.ListItem>();
  appendBlocks(body, tree.blocks, tree.page, lists);
  if (first && first.getType() === DocumentApp.ElementType.PARAGRAPH && body.getNumChildren() > 1) {
    first.removeFromParent();
  }
}

function appendBlocks(
  container: Container,
  blocks: readonly DocBlock[],
  page: PageSetup,
  lists: Map<string, GoogleAppsScript.Document.ListItem>,
): void {
  // Docs puts an empty paragraph after every table it appends: the paragraph that follows takes its place.
  let afterTable: GoogleAppsScript.Document.Paragraph | null = null;
  for (const block of blocks) {
    const reuse = afterTable;
    afterTable = null;
    if (block.type === 'paragraph') {
      const text = runsText(block.runs);
      let target: GoogleAppsScript.Document.Paragraph;
      if (reuse) {
        reuse.setText(text);
        target = reuse;
      } else target = container.appendParagraph(text);
      styleParagraph(target, block, page);
    } else if (block.type === 'item') appendItem(container, block, page, lists);
    else if (block.type === 'table') afterTable = appendTable(container, block, page, lists);
    else if (reuse) reuse.appendPageBreak();
    else if ('appendPageBreak' in container) container.appendPageBreak();
  }
}

function appendItem(
  container: Container,
  item: DocListItem,
  page: PageSetup,
  lists: Map<string, GoogleAppsScript.Document.ListItem>,
): void {
  const made = container.appendListItem(runsText(item.runs));
  const list = lists.get(item.list);
  if (list) made.setListId(list);
  else lists.set(item.list, made);
  styleParagraph(made, item, page, {
    [DocumentApp.Attribute.GLYPH_TYPE]: item.numbered
      ? DocumentApp.GlyphType.NUMBER
      : DocumentApp.GlyphType.BULLET,
    [DocumentApp.Attribute.NESTING_LEVEL]: item.level,
  });
}

/** Appends a table; answers the empty paragraph Docs put after it, when it did. */
function appendTable(
  container: Container,
  table: DocTable,
  page: PageSetup,
  lists: Map<string, GoogleAppsScript.Document.ListItem>,
): GoogleAppsScript.Document.Paragraph | null {
  const grid = table.rows.map((row) => row.cells.map((cell) => firstText(cell)));
  const made = container.appendTable(grid);
  made.setAttributes({
    [DocumentApp.Attribute.FONT_FAMILY]: page.fontFamily,
    [DocumentApp.Attribute.FONT_SIZE]: page.fontSizePt,
    [DocumentApp.Attribute.BORDER_WIDTH]: table.borders ? 1 : 0,
  });
  table.columnWidthsMm?.forEach((mm, column) => made.setColumnWidth(column, mmToPt(mm)));
  table.rows.forEach((row, r) =>
    row.cells.forEach((cell, c) => {
      if (isPlain(cell)) return;
      const target = made.getCell(r, c);
      const [head, ...rest] = cell.blocks;
      if (head?.type === 'paragraph') styleParagraph(target.getChild(0).asParagraph(), head, page);
      appendBlocks(target, head?.type === 'paragraph' ? rest : cell.blocks, page, lists);
    }),
  );
  const next = made.getNextSibling();
  return next && next.getType() === DocumentApp.ElementType.PARAGRAPH && next.asParagraph().getText() === ''
    ? next.asParagraph()
    : null;
}

/** A cell that `appendTable` made right already: one paragraph of plain left-aligned text. */
function isPlain(cell: DocCell): boolean {
  if (cell.blocks.length !== 1) return false;
  const [block] = cell.blocks;
  return block.type === 'paragraph' && Object.keys(block.style).length === 0 && block.runs.every(plainRun);
}

function firstText(cell: DocCell): string {
  const [head] = cell.blocks;
  return head?.type === 'paragraph' ? runsText(head.runs) : '';
}

function plainRun(run: TextRun): boolean {
  return !run.bold && !run.italic && !run.underline && run.fontSizePt === undefined;
}

function styleParagraph(
  target: Styled,
  block: DocParagraph | DocListItem,
  page: PageSetup,
  extra: Record<string, unknown> = {},
): void {
  target.setAttributes({ ...paragraphAttributes(block.style, page), ...extra });
  if (block.runs.every(plainRun)) return;
  const text = target.editAsText();
  let offset = 0;
  for (const run of block.runs) {
    const end = offset + run.text.length - 1;
    if (run.text.length > 0 && !plainRun(run)) text.setAttributes(offset, end, runAttributes(run));
    offset += run.text.length;
  }
}

function paragraphAttributes(style: ParagraphStyle, page: PageSetup): Record<string, unknown> {
  const A = DocumentApp.Attribute;
  const out: Record<string, unknown> = {
    [A.FONT_FAMILY]: page.fontFamily,
    [A.FONT_SIZE]: page.fontSizePt,
    [A.LINE_SPACING]: style.lineSpacing ?? page.lineSpacing,
    [A.HORIZONTAL_ALIGNMENT]: DocumentApp.HorizontalAlignment[ALIGNMENT_NAMES[style.align ?? 'left']],
    [A.HEADING]: DocumentApp.ParagraphHeading[HEADING_NAMES[style.heading ?? 'normal']],
    [A.SPACING_BEFORE]: style.spaceBeforePt ?? 0,
    [A.SPACING_AFTER]: style.spaceAfterPt ?? 0,
  };
  if (style.firstLineIndentMm !== undefined) out[A.INDENT_FIRST_LINE] = mmToPt(style.firstLineIndentMm);
  if (style.startIndentMm !== undefined) out[A.INDENT_START] = mmToPt(style.startIndentMm);
  return out;
}

function runAttributes(run: TextRun): Record<string, unknown> {
  const A = DocumentApp.Attribute;
  const out: Record<string, unknown> = {};
  if (run.bold) out[A.BOLD] = true;
  if (run.italic) out[A.ITALIC] = true;
  if (run.underline) out[A.UNDERLINE] = true;
  if (run.fontSizePt !== undefined) out[A.FONT_SIZE] = run.fontSizePt;
  return out;
}

const ALIGNMENT_NAMES = { left: 'LEFT', center: 'CENTER', right: 'RIGHT', justify: 'JUSTIFY' } as const;
const HEADING_NAMES = {
  normal: 'NORMAL',
  title: 'TITLE',
  subtitle: 'SUBTITLE',
  heading1: 'HEADING1',
  heading2: 'HEADING2',
  heading3: 'HEADING3',
} as const;
