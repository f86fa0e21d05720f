import { type DocumentModel, inlineText, type NodeModel } from './model';

/** The line a page break becomes in the plain-text export. */
export const PAGE_BREAK_LINE = '---- разрыв страницы ----';
const RULE_LINE = '------------------------------';
const NUMBERED = ['NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER'];

/** Numbers list items per list id, as a reader sees "1.", "2.", ... */
class ListCounter {
  private readonly counts = new Map<string, number>();
  marker(item: NodeModel): string {
    const glyph = String(item.attrs?.GLYPH_TYPE ?? 'BULLET');
    const indent = '  '.repeat(Number(item.attrs?.NESTING_LEVEL ?? 0));
    if (!NUMBERED.includes(glyph)) return `${indent}• `;
    const key = `${item.listId ?? ''}/${String(item.attrs?.NESTING_LEVEL ?? 0)}`;
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    return `${indent}${n}. `;
  }
}

/** Lines of one paragraph: its text, with page breaks and rules on lines of their own. */
function paragraphLines(node: NodeModel, prefix: string): string[] {
  const lines: string[] = [];
  let current = '';
  let hasText = false;
  for (const child of node.children ?? []) {
    if (child.type === 'TEXT') {
      current += child.text ?? '';
      hasText = true;
    } else {
      if (hasText || current) lines.push(prefix + current);
      lines.push(child.type === 'PAGE_BREAK' ? PAGE_BREAK_LINE : RULE_LINE);
      current = '';
      hasText = false;
    }
  }
  if (hasText || lines.length === 0) lines.push(prefix + current);
  return lines;
}

function blockLines(node: NodeModel, lists: ListCounter): string[] {
  switch (node.type) {
    case 'PARAGRAPH':
      return paragraphLines(node, '');
    case 'LIST_ITEM':
      return paragraphLines(node, lists.marker(node));
    case 'TABLE':
      return (node.children ?? []).map((row) =>
        (row.children ?? [])
          .map((cell) => (cell.children ?? []).map((b) => blockLines(b, lists).join(' / ')).join(' / '))
          .join(' | '),
      );
    default:
      return [];
  }
}

function sectionLines(section: NodeModel): string[] {
  const lists = new ListCounter();
  return (section.children ?? []).flatMap((b) => blockLines(b, lists));
}

/**
 * A document as a person would read it: header, body (one line per paragraph, table rows with cells split by
 * ' | ', page breaks as a marked line), footer. Emulator helper, not an Apps Script API.
 */
export function exportText(doc: DocumentModel): string {
  const out: string[] = [];
  if (doc.header) out.push(...sectionLines(doc.header), '---- конец верхнего колонтитула ----');
  out.push(...sectionLines(doc.body));
  if (doc.footer) out.push('---- нижний колонтитул ----', ...sectionLines(doc.footer));
  return out.join('\n');
}

function runsMarkdown(node: NodeModel): string {
  let out = '';
  let at = 0;
  for (const run of node.runs ?? []) {
    let piece = (node.text ?? '').slice(at, at + run.n).replace(/([\\*_`[\]#|])/g, '\\$1');
    at += run.n;
    if (!piece.trim()) {
      out += piece;
      continue;
    }
    if (run.a.ITALIC) piece = `*${piece}*`;
    if (run.a.BOLD) piece = `**${piece}**`;
    out += piece;
  }
  return out;
}

function inlineMarkdown(node: NodeModel): string {
  return (node.children ?? [])
    .map((c) =>
      c.type === 'TEXT' ? runsMarkdown(c) : c.type === 'PAGE_BREAK' ? '\n\n---\n\n' : '\n\n***\n\n',
    )
    .join('');
}

const HEADING_MARKS: Record<string, string> = {
  TITLE: '# ',
  HEADING1: '# ',
  HEADING2: '## ',
  HEADING3: '### ',
  HEADING4: '#### ',
  HEADING5: '##### ',
  HEADING6: '###### ',
  SUBTITLE: '## ',
};

/** The body as Markdown, for `getAs('text/markdown')`: headings, bold/italic, lists, tables. */
export function exportMarkdown(doc: DocumentModel): string {
  const lists = new ListCounter();
  const blocks = (doc.body.children ?? []).map((node) => {
    if (node.type === 'PARAGRAPH')
      return (HEADING_MARKS[String(node.attrs?.HEADING)] ?? '') + inlineMarkdown(node);
    if (node.type === 'LIST_ITEM') return lists.marker(node).replace('• ', '- ') + inlineMarkdown(node);
    const rows = (node.children ?? []).map(
      (row) =>
        `| ${(row.children ?? []).map((cell) => (cell.children ?? []).map(inlineText).join(' ')).join(' | ')} |`,
    );
    if (rows.length === 0) return '';
    const width = node.children?.[0]?.children?.length ?? 0;
    return [rows[0], `|${' --- |'.repeat(width)}`, ...rows.slice(1)].join('\n');
  });
  return blocks.join('\n\n') + '\n';
}
