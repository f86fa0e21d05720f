import type { DocBlock, DocTree, TextRun } from '../../../src/domain/documents/model';
import { DOCUMENT_KINDS } from '../../../src/domain/documents/kinds';
import { GoogleDocs } from '../../../src/gas/documents/google-docs';
import type { Workspace } from '../../../emulator/workspace';
import { installWorkspace } from '../registry-fixture';

const PAGE = {
  marginsMm: { top: 20, right: 10, bottom: 20, left: 30 },
  fontFamily: 'Times New Roman',
  fontSizePt: 14,
  lineSpacing: 1,
};
const p = (text: string, style: object = {}, runs?: TextRun[]): DocBlock => ({
  type: 'paragraph',
  runs: runs ?? [{ text }],
  style,
});
const item = (text: string): DocBlock => ({
  type: 'item',
  runs: [{ text }],
  style: { align: 'justify' },
  list: 'points',
  numbered: true,
  level: 0,
});
const cell = (text: string, bold = false) => ({
  blocks: [p(text, bold ? { align: 'center' } : {}, [{ text, bold }])],
});

const ORDER: DocTree = {
  page: PAGE,
  blocks: [
    p('ПРИКАЗ', { align: 'center' }, [{ text: 'ПРИКАЗ', bold: true }]),
    p('О закреплении наставнических пар', {}, [{ text: 'О закреплении наставнических пар', bold: true }]),
    item('Закрепить наставнические пары согласно приложению.'),
    {
      type: 'table',
      borders: true,
      columnWidthsMm: [10, 80, 80],
      rows: [
        { cells: [cell('№', true), cell('Наставник', true), cell('Наставляемый', true)] },
        { cells: [cell('1'), cell('=HYPERLINK("x") Иванова М. П.'), cell('<b>Петрова</b> А. С.')] },
      ],
    },
    item('Контроль за исполнением приказа оставляю за собой.'),
  ],
};

/**
 * A tree as it renders: what is left at its default (left alignment, 0 spacing, no text) is dropped, and lists are
 * named by order of appearance (Docs gives them ids of its own).
 */
function rendered(tree: DocTree): unknown {
  const lists = new Map<string, string>();
  const clean = (value: unknown, key = ''): unknown => {
    if (Array.isArray(value)) {
      const items = value.map((v) => clean(v));
      return key === 'runs' ? items.filter((r) => (r as { text: string }).text !== '') : items;
    }
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (v === 0 || v === undefined || (k === 'align' && v === 'left')) continue;
        if (k === 'list' && typeof v === 'string') {
          if (!lists.has(v)) lists.set(v, `list ${lists.size + 1}`);
          out[k] = lists.get(v);
        } else out[k] = clean(v, k);
      }
      return out;
    }
    return value;
  };
  return clean(tree);
}

describe('Google Docs the add-on makes (DocumentStore on Drive v3 + DocumentApp)', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = installWorkspace()));
  afterEach(() => done());

  const docs = () => new GoogleDocs(() => SpreadsheetApp.getActiveSpreadsheet().getId());

  it('makes a document that reads as the tree says: the title, numbered points through the annex, people’s text as text', () => {
    const made = ws.run(() => docs().ensure('Приказ № 12 от 01.09.2025', 'ПК-0001', ORDER), {
      kind: 'sidebar',
    });
    expect(made.url).toBe(`https://docs.google.com/document/d/${made.id}/edit`);
    expect(ws.docs.exportText(made.id).split('\n')).toEqual([
      'ПРИКАЗ',
      'О закреплении наставнических пар',
      '1. Закрепить наставнические пары согласно приложению.',
      '№ | Наставник | Наставляемый',
      '1 | =HYPERLINK("x") Иванова М. П. | <b>Петрова</b> А. С.',
      '',
      '2. Контроль за исполнением приказа оставляю за собой.',
    ]);
    const html = ws.docs.exportHtml(made.id);
    expect(html).toContain('&lt;b&gt;Петрова&lt;/b&gt;');
  });

  it('finds the document by its key, in this workbook only, and not once it is trashed', () => {
    const made = ws.run(() => docs().ensure('Программа', 'ПР-0003', ORDER), { kind: 'sidebar' });
    expect(ws.run(() => docs().findByKey('ПР-0003'), { kind: 'sidebar' })?.id).toBe(made.id);
    expect(ws.run(() => docs().findByKey('ПР-0004'), { kind: 'sidebar' })).toBeNull();
    const other = new GoogleDocs(() => 'another-workbook');
    expect(ws.run(() => other.findByKey('ПР-0003'), { kind: 'sidebar' })).toBeNull();
    ws.run(() => ws.docs.Drive.Files.update({ trashed: true }, made.id, null as never), { kind: 'sidebar' });
    expect(ws.run(() => docs().findByKey('ПР-0003'), { kind: 'sidebar' })).toBeNull();
  });

  it('answers a finished document as it is, and writes again one a stopped execution left half-written', () => {
    const made = ws.run(() => docs().ensure('Приказ', 'ПК-0005', ORDER), { kind: 'sidebar' });
    const again = ws.run(() => docs().ensure('Приказ', 'ПК-0005', { page: PAGE, blocks: [p('Другое')] }), {
      kind: 'sidebar',
    });
    expect(again.id).toBe(made.id);
    expect(ws.docs.exportText(made.id)).toContain('ПРИКАЗ');
    // Stopped right after the document was made: it has its key but not its content nor the mark of being done.
    ws.rt.killAt({ method: 'Document.getBody' });
    expect(() => ws.run(() => docs().ensure('Приказ 6', 'ПК-0006', ORDER), { kind: 'sidebar' })).toThrow(
      'Exceeded maximum execution time',
    );
    expect(ws.run(() => docs().findByKey('ПК-0006'), { kind: 'sidebar' })).toBeNull();
    const finished = ws.run(() => docs().ensure('Приказ 6', 'ПК-0006', ORDER), { kind: 'sidebar' });
    expect(ws.docs.exportText(finished.id)).toContain('ПРИКАЗ');
    const sixes = ws.docs.store.state.files.filter((f) => f.name === 'Приказ 6');
    expect(sixes).toHaveLength(1);
  });

  it('rewrites a document in place: same id, the new text only', () => {
    const made = ws.run(() => docs().ensure('Приказ', 'ПК-0002', ORDER), { kind: 'sidebar' });
    const shorter: DocTree = { page: PAGE, blocks: [p('Новый текст')] };
    ws.run(() => docs().rewrite(made.id, 'Приказ (исправлен)', shorter), { kind: 'sidebar' });
    expect(ws.docs.exportText(made.id)).toBe('Новый текст');
    expect(ws.docs.drive.file(made.id)?.name).toBe('Приказ (исправлен)');
  });

  it.each(Object.keys(DOCUMENT_KINDS))(
    'reads the default template «%s» back as the tree it was made from',
    (kind) => {
      const tree = DOCUMENT_KINDS[kind as keyof typeof DOCUMENT_KINDS].template();
      const made = ws.run(() => docs().ensure('Шаблон', `шаблон ${kind}`, tree), { kind: 'sidebar' });
      const read = ws.run(() => docs().read(made.id), { kind: 'sidebar' });
      expect(rendered(read)).toEqual(rendered(tree));
    },
  );

  it("keeps an author's empty line after a table and drops only the paragraph Docs adds after a last table", () => {
    const table = ORDER.blocks[3];
    const tree: DocTree = { page: PAGE, blocks: [table, p(''), p('Текст'), table] };
    const made = ws.run(() => docs().ensure('Шаблон', 'template:gap', tree), { kind: 'sidebar' });
    const read = ws.run(() => docs().read(made.id), { kind: 'sidebar' });
    expect(
      read.blocks.map((b) => (b.type === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.type)),
    ).toEqual(['table', '', 'Текст', 'table']);
  });

  it('reads a document back into the tree it was written from (text, styles, list, table)', () => {
    const made = ws.run(() => docs().ensure('Шаблон', 'template:order', ORDER), { kind: 'sidebar' });
    const read = ws.run(() => docs().read(made.id), { kind: 'sidebar' });
    expect(read.page.marginsMm).toEqual(PAGE.marginsMm);
    const texts = read.blocks.map((b) =>
      b.type === 'table'
        ? b.rows.map((r) =>
            r.cells.map((c) =>
              c.blocks[0].type === 'paragraph' ? c.blocks[0].runs.map((x) => x.text).join('') : '',
            ),
          )
        : b.type === 'pageBreak'
          ? '---'
          : `${b.type}:${b.runs.map((r) => r.text).join('')}`,
    );
    expect(texts).toEqual([
      'paragraph:ПРИКАЗ',
      'paragraph:О закреплении наставнических пар',
      'item:Закрепить наставнические пары согласно приложению.',
      [
        ['№', 'Наставник', 'Наставляемый'],
        ['1', '=HYPERLINK("x") Иванова М. П.', '<b>Петрова</b> А. С.'],
      ],
      'item:Контроль за исполнением приказа оставляю за собой.',
    ]);
    expect(read.blocks[0]).toMatchObject({
      style: { align: 'center' },
      runs: [{ text: 'ПРИКАЗ', bold: true }],
    });
  });

  it('keeps a read template of its own by its Drive version: read again for nothing, read anew once edited', () => {
    const made = ws.run(() => docs().ensure('Шаблон', 'шаблон order', ORDER), { kind: 'sidebar' });
    ws.run(() => docs().read(made.id), { kind: 'sidebar' });
    ws.rt.counter.reset();
    ws.run(() => docs().read(made.id), { kind: 'sidebar' });
    expect(ws.rt.counter.services().DocumentApp ?? 0).toBe(0);
    ws.run(() => DocumentApp.openById(made.id).getBody().appendParagraph('Дописано куратором'), {
      kind: 'test',
    });
    const again = ws.run(() => docs().read(made.id), { kind: 'sidebar' });
    expect(again.blocks.at(-1)).toMatchObject({ type: 'paragraph', runs: [{ text: 'Дописано куратором' }] });
  });

  it('keeps a template it makes as written, so its first read opens no Doc, and an edit is read anew', () => {
    const made = ws.run(() => docs().ensure('Шаблон', 'шаблон order', ORDER, { readLater: true }), {
      kind: 'sidebar',
    });
    ws.rt.counter.reset();
    const first = ws.run(() => docs().read(made.id), { kind: 'sidebar' });
    expect(ws.rt.counter.services().DocumentApp ?? 0).toBe(0);
    expect(rendered(first)).toEqual(rendered(ORDER));
    ws.run(() => DocumentApp.openById(made.id).getBody().appendParagraph('Дописано куратором'), {
      kind: 'test',
    });
    const again = ws.run(() => docs().read(made.id), { kind: 'sidebar' });
    expect(again.blocks.at(-1)).toMatchObject({ type: 'paragraph', runs: [{ text: 'Дописано куратором' }] });
  });

  it('says in Russian when a template cannot be opened', () => {
    expect(() => ws.run(() => docs().read('1missing'), { kind: 'sidebar' })).toThrow(
      'Документ 1missing не открывается',
    );
  });
});
