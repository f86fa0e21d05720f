import type { GrammaticalCase } from '../russian/cases';
import type { DocListItem, DocParagraph, DocTable, PageSetup, TextRun } from './model';
import type { Place } from './problems';

/** A run's look without its text: what a value put in place of a tag takes from the tag's first character. */
export type RunLook = Omit<TextRun, 'text'>;

/** The inside of a paragraph: literal text, a field to fill, or a condition over part of the paragraph. */
export type InlineNode =
  | { readonly t: 'text'; readonly run: TextRun }
  | {
      readonly t: 'field';
      readonly name: string;
      readonly grammaticalCase: GrammaticalCase;
      /** The case word as typed, when there was one. */
      readonly caseWord?: string;
      readonly look: RunLook;
      readonly place: Place;
    }
  | {
      readonly t: 'if';
      readonly test: string;
      readonly negate: boolean;
      readonly place: Place;
      readonly body: InlineNode[];
    };

/** A block of a section or cell: a paragraph to fill, a table, a page break, or a condition over whole blocks. */
export type BlockNode =
  | { readonly t: 'paragraph'; readonly source: DocParagraph | DocListItem; readonly content: InlineNode[] }
  | { readonly t: 'table'; readonly source: DocTable; readonly rows: RowNode[] }
  | { readonly t: 'pageBreak' }
  | {
      readonly t: 'if';
      readonly test: string;
      readonly negate: boolean;
      readonly place: Place;
      readonly body: BlockNode[];
    };

/** A row of a table as it is, or a run of rows repeated per item of a list. */
export type RowNode =
  | { readonly t: 'row'; readonly cells: BlockNode[][] }
  | { readonly t: 'repeat'; readonly name: string; readonly place: Place; readonly rows: RowNode[] };

/** A template read and checked: what the renderer fills. */
export interface CompiledTemplate {
  readonly page: PageSetup;
  readonly blocks: readonly BlockNode[];
}
