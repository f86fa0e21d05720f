import type { BlockNode, CompiledTemplate, InlineNode, RunLook } from './compiled';
import { checkNames } from './check-names';
import type { FieldsSpec } from './fields';
import type { DocBlock, DocListItem, DocParagraph, DocTable, DocTree, TextRun } from './model';
import { runsText } from './model';
import { type Place, type TemplateProblem, textAround } from './problems';
import { groupRows, type RowTag } from './group-rows';
import { findTags, type TagAt } from './template-tags';

/** A template read into what the renderer fills, or every mistake in it with where it is. */
export type ParsedTemplate =
  | { readonly ok: true; readonly template: CompiledTemplate }
  | { readonly ok: false; readonly problems: readonly TemplateProblem[] };

/** Where the paragraphs being read are: the body, or a cell whose row collects the repeat tags. */
type Container =
  { readonly kind: 'body' } | { readonly kind: 'cell'; readonly where: string; readonly rowTags: RowTag[] };

interface Walk {
  readonly problems: TemplateProblem[];
  /** Each place in reading order, so problems found by later passes are listed where they stand. */
  readonly order: Map<string, number>;
  bodyParagraphs: number;
  tables: number;
}

const placeKey = (place: Place) => `${place.where}\u0000${place.around}`;

function lookAt(runs: readonly TextRun[], offset: number): RunLook {
  let at = 0;
  for (const run of runs) {
    if (offset < at + run.text.length) {
      const { text: _text, ...look } = run;
      return look;
    }
    at += run.text.length;
  }
  return {};
}

/** The runs covering `start..end` of a paragraph's text, each cut to the range. */
function sliceRuns(runs: readonly TextRun[], start: number, end: number): InlineNode[] {
  const out: InlineNode[] = [];
  let at = 0;
  for (const run of runs) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + run.text.length);
    if (from < to) out.push({ t: 'text', run: { ...run, text: run.text.slice(from - at, to - at) } });
    at += run.text.length;
  }
  return out;
}

/** `{{#если …}}` or `{{/если}}` alone in its paragraph: a condition over whole paragraphs and tables. */
function blockLevelTag(text: string, tags: readonly TagAt[]): TagAt | null {
  const own = tags.filter((t) => t.tag.kind !== 'repeatOpen' && t.tag.kind !== 'repeatClose');
  if (own.length !== 1 || (own[0].tag.kind !== 'ifOpen' && own[0].tag.kind !== 'ifClose')) return null;
  let rest = text;
  for (const t of [...tags].reverse()) rest = rest.slice(0, t.start) + rest.slice(t.end);
  return rest.trim() ? null : own[0];
}

type IfFrame = Extract<InlineNode, { t: 'if' }>;

/** A paragraph's text as literal runs, fields and inline conditions; repeat tags go to the row. */
function inlineContent(
  runs: readonly TextRun[],
  tags: readonly TagAt[],
  placeAt: (t: TagAt) => Place,
  container: Container,
  walk: Walk,
): InlineNode[] {
  const root: InlineNode[] = [];
  const stack: IfFrame[] = [];
  const body = () => (stack.length ? stack[stack.length - 1].body : root);
  let cursor = 0;
  for (const at of tags) {
    body().push(...sliceRuns(runs, cursor, at.start));
    cursor = at.end;
    const place = placeAt(at);
    const { tag } = at;
    if (tag.kind === 'field') {
      const { name, grammaticalCase, caseWord } = tag;
      body().push({ t: 'field', name, grammaticalCase, caseWord, look: lookAt(runs, at.start), place });
    } else if (tag.kind === 'ifOpen') {
      const frame: IfFrame = { t: 'if', test: tag.test, negate: tag.negate, place, body: [] };
      body().push(frame);
      stack.push(frame);
    } else if (tag.kind === 'ifClose') {
      if (stack.pop() === undefined)
        walk.problems.push({
          ...place,
          message:
            '«{{/если}}» закрывает условие, которое не было открыто: удалите его или поставьте раньше «{{#если Поле}}»',
        });
    } else if (tag.kind === 'repeatOpen' || tag.kind === 'repeatClose') {
      if (container.kind === 'cell')
        container.rowTags.push({ open: tag.kind === 'repeatOpen', name: tag.name, raw: at.raw, place });
      else
        walk.problems.push({
          ...place,
          message: `повтор «${at.raw}» возможен только в строке таблицы: повторяется строка таблицы, в ячейках которой стоят «{{#${tag.name}}}» и «{{/${tag.name}}}»`,
        });
    } else {
      walk.problems.push({ ...place, message: tag.message });
    }
  }
  body().push(...sliceRuns(runs, cursor, runsText(runs).length));
  for (const frame of stack)
    walk.problems.push({
      ...frame.place,
      message: `условие «{{#если ${frame.test}}}» не закрыто в этом абзаце: допишите «{{/если}}» в том же абзаце или, чтобы условие охватило несколько абзацев, поставьте «{{#если …}}» и «{{/если}}» каждый отдельным абзацем`,
    });
  return root;
}

type BlockIf = Extract<BlockNode, { t: 'if' }>;

/** The blocks of the body or of one cell, with conditions over whole blocks matched within it. */
function readBlocks(blocks: readonly DocBlock[], container: Container, walk: Walk): BlockNode[] {
  const root: BlockNode[] = [];
  const stack: BlockIf[] = [];
  const out = () => (stack.length ? stack[stack.length - 1].body : root);
  const paragraphs = blocks.filter((b) => b.type === 'paragraph' || b.type === 'item').length;
  let inCell = 0;
  for (const block of blocks) {
    if (block.type === 'pageBreak') out().push({ t: 'pageBreak' });
    else if (block.type === 'table') out().push(readTable(block, walk));
    else {
      const where =
        container.kind === 'body'
          ? `абзац ${++walk.bodyParagraphs}`
          : `${container.where}${paragraphs > 1 ? `, абзац ${++inCell}` : ''}`;
      const read = readParagraph(block, where, container, walk);
      if (read.kind === 'content') out().push(read.node);
      else if (read.kind === 'open') {
        out().push(read.node);
        stack.push(read.node);
      } else if (stack.pop() === undefined)
        walk.problems.push({
          ...read.place,
          message:
            '«{{/если}}» закрывает условие, которое не было открыто: удалите этот абзац или поставьте выше абзац «{{#если Поле}}»',
        });
    }
  }
  const scope = container.kind === 'body' ? 'в тексте документа (не в таблице)' : 'в той же ячейке';
  for (const frame of stack)
    walk.problems.push({
      ...frame.place,
      message: `условие «{{#если ${frame.test}}}» не закрыто: поставьте абзац «{{/если}}» ${scope} там, где условие кончается`,
    });
  return root;
}

/** What a paragraph is: content, or (alone in it) the opening or closing tag of a condition over blocks. */
type ReadParagraph =
  | { readonly kind: 'content'; readonly node: BlockNode }
  | { readonly kind: 'open'; readonly node: BlockIf }
  | { readonly kind: 'close'; readonly place: Place };

function readParagraph(
  block: DocParagraph | DocListItem,
  where: string,
  container: Container,
  walk: Walk,
): ReadParagraph {
  const text = runsText(block.runs);
  const tags = findTags(text);
  const placeAt = (t: TagAt): Place => {
    const place = { where, around: textAround(text, t.start, t.end) };
    if (!walk.order.has(placeKey(place))) walk.order.set(placeKey(place), walk.order.size);
    return place;
  };
  const alone = blockLevelTag(text, tags);
  if (!alone)
    return {
      kind: 'content',
      node: {
        t: 'paragraph',
        source: block,
        content: inlineContent(block.runs, tags, placeAt, container, walk),
      },
    };
  inlineContent(
    [],
    tags.filter((t) => t !== alone),
    placeAt,
    container,
    walk,
  );
  const place = placeAt(alone);
  if (alone.tag.kind !== 'ifOpen') return { kind: 'close', place };
  return { kind: 'open', node: { t: 'if', test: alone.tag.test, negate: alone.tag.negate, place, body: [] } };
}

function readTable(table: DocTable, walk: Walk): BlockNode {
  const t = ++walk.tables;
  const rows = table.rows.map((row, r) => {
    const rowTags: RowTag[] = [];
    const cells = row.cells.map((cell, c) =>
      readBlocks(
        cell.blocks,
        { kind: 'cell', where: `таблица ${t}, строка ${r + 1}, ячейка ${c + 1}`, rowTags },
        walk,
      ),
    );
    return { cells, rowTags, number: r + 1 };
  });
  return { t: 'table', source: table, rows: groupRows(rows, walk.problems) };
}

/**
 * Reads a template (built in code or read from the curator's Doc) into what the renderer fills, and checks it
 * against the fields of its kind: unknown fields, cases on what does not decline, unclosed or mismatched blocks,
 * repeats outside a table row — each reported with where it is, before any document is made.
 */
export function parseTemplate(tree: DocTree, spec: FieldsSpec): ParsedTemplate {
  const walk: Walk = { problems: [], order: new Map(), bodyParagraphs: 0, tables: 0 };
  const blocks = readBlocks(tree.blocks, { kind: 'body' }, walk);
  const at = (p: TemplateProblem) => walk.order.get(placeKey(p)) ?? walk.order.size;
  const problems = [...walk.problems, ...checkNames(blocks, spec)].sort((a, b) => at(a) - at(b));
  return problems.length ? { ok: false, problems } : { ok: true, template: { page: tree.page, blocks } };
}
