import { docsWorkspace } from './fixture';

function orderDocument() {
  const { ws, DocumentApp } = docsWorkspace();
  const doc = DocumentApp.create('Приказ <№ 5>');
  const body = doc.getBody();
  body.getChild(0).asParagraph().setText('ПРИКАЗ');
  body.getChild(0).asParagraph().setHeading(DocumentApp.ParagraphHeading.HEADING1);
  const centred = body.appendParagraph('г. Москва').setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  centred.editAsText();
  const p = body.appendParagraph('Назначить ');
  p.appendText('Иванову & <Ко>').setBold(true);
  const table = body.appendTable([
    ['Наставник', 'Наставляемый'],
    ['Петрова А.А.', 'Сидоров "Б"'],
  ]);
  table.getRow(0).editAsText();
  body.appendPageBreak();
  body.appendListItem('пункт').setGlyphType(DocumentApp.GlyphType.NUMBER);
  doc.addHeader().getChild(0).asParagraph().setText('МБДОУ № 5');
  doc.addFooter().getChild(0).asParagraph().setText('Исп. куратор');
  return { ws, id: doc.getId() };
}

describe('export for tests and the playground', () => {
  it('renders plain text as a person reads it: header, paragraphs, table rows, page break, footer', () => {
    const { ws, id } = orderDocument();
    expect(ws.docs.exportText(id)).toBe(
      [
        'МБДОУ № 5',
        '---- конец верхнего колонтитула ----',
        'ПРИКАЗ',
        'г. Москва',
        'Назначить Иванову & <Ко>',
        'Наставник | Наставляемый',
        'Петрова А.А. | Сидоров "Б"',
        '',
        '---- разрыв страницы ----',
        '1. пункт',
        '---- нижний колонтитул ----',
        'Исп. куратор',
      ].join('\n'),
    );
  });

  it('escapes person text inside attributes too: link URLs and font names', () => {
    const { ws, DocumentApp } = docsWorkspace();
    const doc = DocumentApp.create('x');
    const text = doc.getBody().appendParagraph('ссылка').editAsText();
    text.setLinkUrl('https://example.org/?a=1&b="2"').setFontFamily('Times" onmouseover="x');
    const html = ws.docs.exportHtml(doc.getId());
    expect(html).toContain('<a href="https://example.org/?a=1&amp;b=&quot;2&quot;">');
    expect(html).toContain('font-family:Times&quot; onmouseover=&quot;x');
    expect(html).not.toContain('onmouseover="');
  });

  it('renders escaped HTML: heading as h1, bold as b, centring as a style, table as table', () => {
    const { ws, id } = orderDocument();
    const html = ws.docs.exportHtml(id);
    expect(html).toContain('<title>Приказ &lt;№ 5&gt;</title>');
    expect(html).toContain('<h1>ПРИКАЗ</h1>');
    expect(html).toContain('<p style="text-align:center">г. Москва</p>');
    expect(html).toContain('<p>Назначить <b>Иванову &amp; &lt;Ко&gt;</b></p>');
    expect(html).toContain('<td><p>Сидоров &quot;Б&quot;</p></td>');
    expect(html).toMatch(/<table border="1">\n<tr><td><p>Наставник<\/p><\/td>/);
    expect(html).toContain('<hr class="page-break">');
    expect(html).toContain('<ol><li>пункт</li></ol>');
    expect(html).toContain('<header>\n<p>МБДОУ № 5</p>\n</header>');
    expect(html).not.toMatch(/<Ко>|"Б"/);
  });
});
