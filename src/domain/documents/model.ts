/**
 * A document as a small tree that maps onto DocumentApp one to one: the adapter builds a Google Doc from it
 * (Body.appendParagraph / appendListItem / appendTable / appendPageBreak, Text.setBold…, Paragraph.setAlignment…,
 * Body.setMargin…) and reads a template Doc back into it. Lengths on the page are in millimetres (the standard
 * speaks in them), type sizes and spacing in points (as Docs does); `mmToPt` converts for the adapter.
 */

/** A piece of text with one look: Docs keeps these as attribute runs of a Text element. */
export interface TextRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Only where a run differs from the page's size (a small note). */
  readonly fontSizePt?: number;
}

/** `DocumentApp.HorizontalAlignment`, lower-case. */
export type Alignment = 'left' | 'center' | 'right' | 'justify';

/** `DocumentApp.ParagraphHeading`; orders use `normal` with bold runs, so the page font applies everywhere. */
export type Heading = 'normal' | 'title' | 'subtitle' | 'heading1' | 'heading2' | 'heading3';

/** What a paragraph or list item looks like as a whole. */
export interface ParagraphStyle {
  readonly align?: Alignment;
  readonly heading?: Heading;
  /** The red line: the first line's indent (12.5 mm in a document's text). */
  readonly firstLineIndentMm?: number;
  /** The left indent of every line (the annex mark sits at the right half of the page this way). */
  readonly startIndentMm?: number;
  readonly spaceBeforePt?: number;
  readonly spaceAfterPt?: number;
  /** A multiple of the single line (1 = single). */
  readonly lineSpacing?: number;
}

/** A paragraph of runs. */
export interface DocParagraph {
  readonly type: 'paragraph';
  readonly runs: readonly TextRun[];
  readonly style: ParagraphStyle;
}

/**
 * A point of a list (`ListItem`). Items with the same `list` key are one list and Docs numbers them on through
 * tables and paragraphs between them; `numbered` items read «1.», «2.», the others a dash-like bullet.
 */
export interface DocListItem {
  readonly type: 'item';
  readonly runs: readonly TextRun[];
  readonly style: ParagraphStyle;
  readonly list: string;
  readonly numbered: boolean;
  /** 0 for «1.», 1 for a point nested under it. */
  readonly level: number;
}

/** What a table cell, a section or a condition holds. */
export type DocBlock = DocParagraph | DocListItem | DocTable | DocPageBreak;

/** A cell: Docs cells always hold at least one paragraph. */
export interface DocCell {
  readonly blocks: readonly DocBlock[];
}

/** A row of cells; the `header` row is repeated by the reader's eye, not by Docs (no API for it). */
export interface DocRow {
  readonly cells: readonly DocCell[];
}

/** A table: bordered (an annex) or not (a layout grid: the date and number line, the signature). */
export interface DocTable {
  readonly type: 'table';
  readonly rows: readonly DocRow[];
  readonly borders: boolean;
  /** Widths of the columns, left to right; absent means equal shares of the text width. */
  readonly columnWidthsMm?: readonly number[];
}

/** A page break (the annex starts on a page of its own). */
export interface DocPageBreak {
  readonly type: 'pageBreak';
}

/** The page: A4, margins and the type of the whole document. */
export interface PageSetup {
  readonly marginsMm: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
  readonly fontFamily: string;
  readonly fontSizePt: number;
  /** Single spacing is the norm for orders; Docs' own default is 1.15. */
  readonly lineSpacing: number;
}

/** A whole document: its page and its body. */
export interface DocTree {
  readonly page: PageSetup;
  readonly blocks: readonly DocBlock[];
}

/** Millimetres to the points Apps Script takes for margins, indents and widths (1 pt = 1/72 in = 0.3528 mm). */
export function mmToPt(mm: number): number {
  return Math.round((mm * 72 * 100) / 25.4) / 100;
}

/** The text of a paragraph or item: its runs joined. */
export function runsText(runs: readonly TextRun[]): string {
  return runs.map((r) => r.text).join('');
}
