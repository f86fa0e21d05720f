import type { AttrBag, DocumentModel, NodeModel } from './model';

/** Escapes person text for HTML body and attribute contexts alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const HEADING_TAGS: Record<string, string> = {
  HEADING1: 'h1',
  HEADING2: 'h2',
  HEADING3: 'h3',
  HEADING4: 'h4',
  HEADING5: 'h5',
  HEADING6: 'h6',
  TITLE: 'h1',
};
const NUMBERED = ['NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER'];

function styleOf(pairs: Array<[string, unknown, string?]>): string {
  const parts = pairs
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v, unit]) => `${k}:${String(v)}${unit ?? ''}`);
  return parts.length ? ` style="${escapeHtml(parts.join(';'))}"` : '';
}

function runHtml(text: string, a: AttrBag): string {
  let html = escapeHtml(text);
  const style = styleOf([
    ['font-size', a.FONT_SIZE, 'pt'],
    ['font-family', a.FONT_FAMILY],
    ['color', a.FOREGROUND_COLOR],
    ['background-color', a.BACKGROUND_COLOR],
  ]);
  if (style) html = `<span${style}>${html}</span>`;
  if (a.STRIKETHROUGH) html = `<s>${html}</s>`;
  if (a.UNDERLINE) html = `<u>${html}</u>`;
  if (a.ITALIC) html = `<i>${html}</i>`;
  if (a.BOLD) html = `<b>${html}</b>`;
  if (a.LINK_URL) html = `<a href="${escapeHtml(String(a.LINK_URL))}">${html}</a>`;
  return html;
}

function textHtml(child: NodeModel): string {
  let at = 0;
  return (child.runs ?? [])
    .map((run) => runHtml((child.text ?? '').slice(at, (at += run.n)), run.a))
    .join('');
}

/** Inline content split at page breaks and rules, which cannot sit inside a <p> in HTML. */
function inlineParts(node: NodeModel): Array<{ html: string; isBreak: boolean }> {
  const parts: Array<{ html: string; isBreak: boolean }> = [];
  let text: string | null = null;
  for (const child of node.children ?? []) {
    if (child.type === 'TEXT') text = (text ?? '') + textHtml(child);
    else {
      if (text !== null) parts.push({ html: text, isBreak: false });
      text = null;
      parts.push({ html: child.type === 'PAGE_BREAK' ? '<hr class="page-break">' : '<hr>', isBreak: true });
    }
  }
  if (text !== null || parts.length === 0) parts.push({ html: text ?? '', isBreak: false });
  return parts;
}

function inlineHtml(node: NodeModel): string {
  return inlineParts(node)
    .map((p) => p.html)
    .join('');
}

function paragraphStyle(a: AttrBag): string {
  return styleOf([
    ['text-align', a.HORIZONTAL_ALIGNMENT ? String(a.HORIZONTAL_ALIGNMENT).toLowerCase() : undefined],
    ['margin-left', a.INDENT_START, 'pt'],
    ['margin-right', a.INDENT_END, 'pt'],
    [
      'text-indent',
      a.INDENT_FIRST_LINE !== undefined
        ? Number(a.INDENT_FIRST_LINE) - Number(a.INDENT_START ?? 0)
        : undefined,
      'pt',
    ],
    ['margin-top', a.SPACING_BEFORE, 'pt'],
    ['margin-bottom', a.SPACING_AFTER, 'pt'],
    ['line-height', a.LINE_SPACING],
  ]);
}

function paragraphHtml(node: NodeModel): string {
  const heading = String(node.attrs?.HEADING ?? 'NORMAL');
  const tag = HEADING_TAGS[heading] ?? 'p';
  const cls = heading === 'TITLE' ? ' class="title"' : heading === 'SUBTITLE' ? ' class="subtitle"' : '';
  const open = `<${tag}${cls}${paragraphStyle(node.attrs ?? {})}>`;
  return inlineParts(node)
    .map((p) => (p.isBreak ? p.html : `${open}${p.html}</${tag}>`))
    .join('\n');
}

function blocksHtml(blocks: NodeModel[]): string {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const node = blocks[i];
    if (node.type === 'PARAGRAPH') out.push(paragraphHtml(node));
    else if (node.type === 'TABLE') out.push(tableHtml(node));
    else if (node.type === 'LIST_ITEM') {
      const items: NodeModel[] = [];
      while (blocks[i]?.type === 'LIST_ITEM' && blocks[i].listId === node.listId) items.push(blocks[i++]);
      i--;
      const tag = NUMBERED.includes(String(node.attrs?.GLYPH_TYPE)) ? 'ol' : 'ul';
      const lis = items.map((it) => `<li${paragraphStyle(it.attrs ?? {})}>${inlineHtml(it)}</li>`);
      out.push(`<${tag}>${lis.join('')}</${tag}>`);
    }
  }
  return out.join('\n');
}

function tableHtml(node: NodeModel): string {
  const border = node.attrs?.BORDER_WIDTH ?? 1;
  const rows = (node.children ?? []).map((row) => {
    const cells = (row.children ?? []).map((cell) => {
      const a = cell.attrs ?? {};
      const style = styleOf([
        ['width', a.WIDTH, 'pt'],
        ['background-color', a.BACKGROUND_COLOR],
      ]);
      return `<td${style}>${blocksHtml(cell.children ?? [])}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table border="${escapeHtml(String(border))}">\n${rows.join('\n')}\n</table>`;
}

/**
 * A readable HTML rendering of a document: headings as h1..h6, bold as <b>, alignment and indents as styles,
 * tables as <table>. All document text is escaped. Emulator helper, not an Apps Script API.
 */
export function exportHtml(doc: DocumentModel, title: string): string {
  const parts = [
    `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>`,
  ];
  if (doc.header) parts.push(`<header>\n${blocksHtml(doc.header.children ?? [])}\n</header>`);
  parts.push(`<main>\n${blocksHtml(doc.body.children ?? [])}\n</main>`);
  if (doc.footer) parts.push(`<footer>\n${blocksHtml(doc.footer.children ?? [])}\n</footer>`);
  parts.push('</body></html>');
  return parts.join('\n');
}
