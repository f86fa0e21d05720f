/**
 * Reads a Body (a template the curator may have edited) into a document tree: paragraphs and list items with their
 * alignment, heading, indents and bold/italic/underline runs, tables with their cells, page breaks. What the tree
 * does not model (colours, images, fonts of single words) is left out: the template's text and structure are what
 * an order is made from.
 */
import type {
  Alignment,
  DocBlock,
  DocCell,
  DocTree,
  Heading,
  ParagraphStyle,
  TextRun,
} from '../../domain/documents/model';

type Container = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.TableCell;
type Styled = GoogleAppsScript.Document.Paragraph | GoogleAppsScript.Document.ListItem;

const PT_PER_MM = 72 / 25.4;

/** The body as a tree; the page's font is the first paragraph's, margins the body's. */
export function readTree(body: GoogleAppsScript.Document.Body): DocTree {
  const attrs = body.getAttributes() as Record<string, unknown>;
  const mm = (key: GoogleAppsScript.Document.Attribute, fallback: number) =>
    typeof attrs[key] === 'number' ? Math.round((attrs[key] as number) / PT_PER_MM) : fallback;
  const A = DocumentApp.Attribute;
  const blocks = readBlocks(body);
  // Docs keeps the type on the text, not on the body: the first paragraph with text says what the page uses.
  const first = body.getNumChildren() > 0 ? body.getChild(0) : null;
  const text =
    first && first.getType() === DocumentApp.ElementType.PARAGRAPH ? first.asParagraph().editAsText() : null;
  const family = text && text.getText() !== '' ? text.getFontFamily(0) : null;
  const size = text && text.getText() !== '' ? text.getFontSize(0) : null;
  return {
    page: {
      marginsMm: {
        top: mm(A.MARGIN_TOP, 20),
        right: mm(A.MARGIN_RIGHT, 10),
        bottom: mm(A.MARGIN_BOTTOM, 20),
        left: mm(A.MARGIN_LEFT, 20),
      },
      fontFamily: family ?? 'Times New Roman',
      fontSizePt: size ?? 14,
      lineSpacing: 1,
    },
    blocks,
  };
}

function readBlocks(container: Container): DocBlock[] {
  const blocks: DocBlock[] = [];
  const count = container.getNumChildren();
  let previous: GoogleAppsScript.Document.ElementType | null = null;
  for (let i = 0; i < count; i++) {
    const child = container.getChild(i);
    const type = child.getType();
    const afterTable = previous === DocumentApp.ElementType.TABLE;
    previous = type;
    if (type === DocumentApp.ElementType.PARAGRAPH) {
      const paragraph = child.asParagraph();
      const pageBreak = hasPageBreak(paragraph);
      const empty = paragraph.getText() === '';
      // A page break lives in a paragraph of its own (Body.appendPageBreak): that paragraph is the break. After a
      // table Docs puts an empty paragraph of its own; writeTree writes a paragraph that follows a table into it.
      // So an empty one there is Docs' when nothing or no paragraph follows and it has no look of its own; an
      // author's empty line with spacing survives (an unstyled one before a list or a table cannot be told apart).
      const style = empty && pageBreak ? null : styleOf(paragraph);
      const docsOwn =
        afterTable &&
        empty &&
        Object.keys(style ?? {}).length === 0 &&
        (i + 1 === count || container.getChild(i + 1).getType() !== DocumentApp.ElementType.PARAGRAPH);
      if (style && !docsOwn) blocks.push({ type: 'paragraph', runs: runsOf(paragraph), style });
      if (pageBreak) blocks.push({ type: 'pageBreak' });
    } else if (type === DocumentApp.ElementType.LIST_ITEM) {
      const item = child.asListItem();
      blocks.push({
        type: 'item',
        runs: runsOf(item),
        style: styleOf(item),
        list: item.getListId(),
        numbered: String(item.getGlyphType()) === String(DocumentApp.GlyphType.NUMBER),
        level: item.getNestingLevel(),
      });
    } else if (type === DocumentApp.ElementType.TABLE) {
      const table = child.asTable();
      const rows = [];
      for (let r = 0; r < table.getNumRows(); r++) {
        const row = table.getRow(r);
        const cells: DocCell[] = [];
        for (let c = 0; c < row.getNumCells(); c++) cells.push({ blocks: readBlocks(row.getCell(c)) });
        rows.push({ cells });
      }
      const widths = rows[0]?.cells.map((_, c) => table.getColumnWidth(c)) ?? [];
      const columnWidthsMm = widths.every((w) => typeof w === 'number' && w > 0)
        ? widths.map((w) => Math.round((w / PT_PER_MM) * 10) / 10)
        : undefined;
      blocks.push({
        type: 'table',
        rows,
        borders: table.getBorderWidth() > 0,
        ...(columnWidthsMm && columnWidthsMm.length > 0 ? { columnWidthsMm } : {}),
      });
    }
  }
  return blocks;
}

function hasPageBreak(paragraph: GoogleAppsScript.Document.Paragraph): boolean {
  return paragraph.findElement(DocumentApp.ElementType.PAGE_BREAK) !== null;
}

function runsOf(target: Styled): TextRun[] {
  const text = target.editAsText();
  const whole = text.getText();
  if (whole === '') return [{ text: '' }];
  const starts = text.getTextAttributeIndices();
  return starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : whole.length;
    const run: { -readonly [K in keyof TextRun]: TextRun[K] } = { text: whole.slice(start, end) };
    if (text.isBold(start)) run.bold = true;
    if (text.isItalic(start)) run.italic = true;
    if (text.isUnderline(start)) run.underline = true;
    return run;
  });
}

/** The paragraph's look in one call (`getAttributes`), as writeTree sets it: what is 0 or single is left out. */
function styleOf(target: Styled): ParagraphStyle {
  const A = DocumentApp.Attribute;
  const attrs = target.getAttributes() as Record<string, unknown>;
  const style: { -readonly [K in keyof ParagraphStyle]: ParagraphStyle[K] } = {};
  const align = String(attrs[A.HORIZONTAL_ALIGNMENT] ?? '').toLowerCase();
  if (align === 'center' || align === 'right' || align === 'justify') style.align = align as Alignment;
  const heading = HEADINGS[String(attrs[A.HEADING] ?? '')];
  if (heading && heading !== 'normal') style.heading = heading;
  const mm = (pt: unknown) => (typeof pt === 'number' && pt > 0 ? Math.round((pt / PT_PER_MM) * 10) / 10 : 0);
  const first = mm(attrs[A.INDENT_FIRST_LINE]);
  if (first) style.firstLineIndentMm = first;
  const start = mm(attrs[A.INDENT_START]);
  if (start) style.startIndentMm = start;
  const before = attrs[A.SPACING_BEFORE];
  if (typeof before === 'number' && before > 0) style.spaceBeforePt = before;
  const after = attrs[A.SPACING_AFTER];
  if (typeof after === 'number' && after > 0) style.spaceAfterPt = after;
  const line = attrs[A.LINE_SPACING];
  if (typeof line === 'number' && line > 0 && line !== 1) style.lineSpacing = line;
  return style;
}

const HEADINGS: Readonly<Record<string, Heading>> = {
  NORMAL: 'normal',
  TITLE: 'title',
  SUBTITLE: 'subtitle',
  HEADING1: 'heading1',
  HEADING2: 'heading2',
  HEADING3: 'heading3',
};
