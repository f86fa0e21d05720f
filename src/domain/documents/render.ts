import type { BlockNode, CompiledTemplate, InlineNode, RowNode } from './compiled';
import { type Scope, type ScopeField } from './fields';
import { inSentence } from './person-fields';
import type { DocBlock, DocParagraph, DocRow, DocTree, TextRun } from './model';
import { runsText } from './model';
import type { Place } from './problems';
import { nameKey } from './template-tags';

/**
 * What a document shows where the data has nothing for a field: a mark no one can take for a signature line,
 * naming the field, so a document made anyway tells what to write in.
 */
export function blankFor(field: string): string {
  return `[не заполнено: ${field}]`;
}

/** A field the data could not fill, where it stands, and for which item of a repeat. */
export interface MissingValue extends Place {
  readonly field: string;
  /** «Пары, строка 2» inside a repeat. */
  readonly item?: string;
}

/** A filled document and what it could not fill. */
export interface Rendered {
  readonly document: DocTree;
  readonly missing: readonly MissingValue[];
}

/** The scopes in force (innermost last) and the repeat items they came from. */
interface Context {
  readonly scopes: readonly Scope[];
  readonly items: readonly string[];
  readonly missing: MissingValue[];
}

function lookupField(ctx: Context, name: string): ScopeField | undefined {
  const key = nameKey(name);
  for (let i = ctx.scopes.length - 1; i >= 0; i--)
    for (const [fieldName, field] of ctx.scopes[i].fields) if (nameKey(fieldName) === key) return field;
  return undefined;
}

function lookupList(ctx: Context, name: string): readonly Scope[] | undefined {
  const key = nameKey(name);
  for (let i = ctx.scopes.length - 1; i >= 0; i--)
    for (const [listName, list] of ctx.scopes[i].lists) if (nameKey(listName) === key) return list;
  return undefined;
}

/** A condition holds when its field has text, or its repeat has items; `нет` turns it round. */
function holds(ctx: Context, test: string, negate: boolean): boolean {
  const list = lookupList(ctx, test);
  const value = list ? list.length > 0 : !!(lookupField(ctx, test)?.value('nominative') ?? '').trim();
  return value !== negate;
}

interface Filled {
  readonly runs: TextRun[];
  /** A condition was false here: a paragraph left empty by it is dropped. */
  droppedSome: boolean;
  /** The last thing filled was a value ending in a full stop. */
  endsWithDot: boolean;
}

/**
 * Capitalised where it starts a paragraph (a table cell too), except a value that opens with an abbreviation
 * («г. Светлогорск», «и. о. заведующего»); a position inside a sentence in lower case.
 */
function inPlace(value: string, field: ScopeField | undefined, startsParagraph: boolean): string {
  if (startsParagraph)
    return ABBREVIATION.test(value) ? value : value.charAt(0).toUpperCase() + value.slice(1);
  return field?.commonNoun ? (inSentence(value) ?? value) : value;
}

/** A short lower-case word with a full stop opening a value: «г.», «пос.», «и. о.». */
const ABBREVIATION = /^[а-яё]{1,4}\.\s/;

function fillInline(nodes: readonly InlineNode[], ctx: Context, out: Filled): void {
  for (const node of nodes) {
    if (node.t === 'text') {
      // A value ending in «г.» or «и т. д.» needs no second full stop from the template.
      const run =
        out.endsWithDot && node.run.text.startsWith('.')
          ? { ...node.run, text: node.run.text.slice(1) }
          : node.run;
      out.runs.push(run);
      out.endsWithDot = false;
    } else if (node.t === 'if') {
      if (holds(ctx, node.test, node.negate)) fillInline(node.body, ctx, out);
      else out.droppedSome = true;
    } else {
      const field = lookupField(ctx, node.name);
      const value = field?.value(node.grammaticalCase);
      const startsParagraph = !runsText(out.runs).trim();
      if (value) out.runs.push({ ...node.look, text: inPlace(value, field, startsParagraph) });
      else if (!field?.optional) {
        out.runs.push({ ...node.look, text: blankFor(node.name) });
        const item = ctx.items[ctx.items.length - 1];
        ctx.missing.push({ field: node.name, ...node.place, ...(item ? { item } : {}) });
      }
      out.endsWithDot = !!value && value.endsWith('.');
    }
  }
}

function sameLook(a: TextRun, b: TextRun): boolean {
  return (
    a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.fontSizePt === b.fontSizePt
  );
}

/** Runs cut at line breaks typed inside a value, neighbours of the same look joined, empty ones gone. */
function lines(runs: readonly TextRun[]): TextRun[][] {
  const out: TextRun[][] = [[]];
  for (const run of runs)
    run.text.split(/\r\n|\r|\n/).forEach((piece, i) => {
      if (i > 0) out.push([]);
      const line = out[out.length - 1];
      const last = line[line.length - 1];
      if (!piece) return;
      if (last && sameLook(last, run)) line[line.length - 1] = { ...last, text: last.text + piece };
      else line.push({ ...run, text: piece });
    });
  return out;
}

/** A paragraph filled: a line break typed in a value starts a paragraph of the same look (an item's stays one). */
function renderParagraph(block: Extract<BlockNode, { t: 'paragraph' }>, ctx: Context): DocBlock[] {
  const filled: Filled = { runs: [], droppedSome: false, endsWithDot: false };
  fillInline(block.content, ctx, filled);
  if (filled.droppedSome && !runsText(filled.runs).trim()) return [];
  const { source } = block;
  return lines(filled.runs).map((runs, i): DocBlock => {
    if (i === 0) return { ...source, runs };
    const paragraph: DocParagraph = { type: 'paragraph', runs, style: source.style };
    return paragraph;
  });
}

function renderRows(rows: readonly RowNode[], ctx: Context): DocRow[] {
  return rows.flatMap((row): DocRow[] => {
    if (row.t === 'row') return [{ cells: row.cells.map((cell) => ({ blocks: renderCell(cell, ctx) })) }];
    const items = lookupList(ctx, row.name) ?? [];
    return items.flatMap((scope, i) =>
      renderRows(row.rows, {
        ...ctx,
        scopes: [...ctx.scopes, scope],
        items: [...ctx.items, `${row.name}, строка ${i + 1}`],
      }),
    );
  });
}

/** A cell keeps at least one paragraph, as Docs requires, even when conditions emptied it. */
function renderCell(blocks: readonly BlockNode[], ctx: Context): DocBlock[] {
  const out = renderBlocks(blocks, ctx);
  if (out.some((b) => b.type === 'paragraph' || b.type === 'item')) return out;
  const first = blocks.find((b) => b.t === 'paragraph');
  const style = first && first.t === 'paragraph' ? first.source.style : {};
  return [...out, { type: 'paragraph', runs: [], style }];
}

function renderBlocks(blocks: readonly BlockNode[], ctx: Context): DocBlock[] {
  return blocks.flatMap((block): DocBlock[] => {
    switch (block.t) {
      case 'paragraph':
        return renderParagraph(block, ctx);
      case 'pageBreak':
        return [{ type: 'pageBreak' }];
      case 'if':
        return holds(ctx, block.test, block.negate) ? renderBlocks(block.body, ctx) : [];
      case 'table': {
        const rows = renderRows(block.rows, ctx);
        return rows.length ? [{ ...block.source, rows }] : [];
      }
    }
  });
}

/**
 * Fills a read template from a scope. Values go in as plain text: a person's «{{Дата приказа}}», «<b>» or «=1+1»
 * stays those characters, as nothing filled is read as a tag again. A field the data has nothing for shows a
 * marked blank and is listed in `missing` (unless the field is optional), so the preview can say what to fill.
 */
export function render(template: CompiledTemplate, scope: Scope): Rendered {
  const missing: MissingValue[] = [];
  const blocks = renderBlocks(template.blocks, { scopes: [scope], items: [], missing });
  return { document: { page: template.page, blocks }, missing };
}
