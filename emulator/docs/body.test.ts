import { docsWorkspace, thrown } from './fixture';

function setup() {
  const { ws, DocumentApp } = docsWorkspace();
  const doc = DocumentApp.create('Программа');
  return { ws, DocumentApp, doc, body: doc.getBody() };
}

describe('body and paragraphs', () => {
  it('inserts a detached copy of a paragraph, keeping its heading and formatting', () => {
    const { body, DocumentApp } = setup();
    const source = body.appendParagraph('Раздел');
    source.setHeading(DocumentApp.ParagraphHeading.HEADING2).editAsText().setBold(0, 1, true);
    const copy = body.insertParagraph(0, source.copy());
    expect(body.getChildIndex(copy)).toBe(0);
    expect(copy.getHeading()).toBe(DocumentApp.ParagraphHeading.HEADING2);
    expect(copy.editAsText().isBold(1)).toBe(true);
    expect(copy.editAsText().isBold(2)).toBe(false);
  });

  it('refuses to insert a paragraph that is still attached: "Element must be detached." (§8 item 12)', () => {
    const { body } = setup();
    const p = body.appendParagraph('уже в документе');
    expect(thrown(() => body.appendParagraph(p)).message).toBe('Element must be detached.');
  });

  it('moves a paragraph once it is removed from its parent', () => {
    const { body } = setup();
    const p = body.appendParagraph('переносимый');
    body.appendParagraph('последний');
    p.removeFromParent();
    body.appendParagraph(p);
    expect(body.getText()).toBe('\nпоследний\nпереносимый');
    expect(p.getParent().getType()).toBe(body.getType());
  });

  it('rejects a child index past the end with the live texts (§4.3: inserting says «less than or equal to»)', () => {
    const { body } = setup();
    expect(() => body.insertParagraph(5, 'x')).toThrow(
      'Child index (5) must be less than or equal to the number of child elements (1).',
    );
    expect(() => body.getChild(1)).toThrow(
      'Child index (1) must be less than the number of child elements (1).',
    );
  });

  it('keeps the last paragraph of the body: removing it throws', () => {
    const { body } = setup();
    expect(() => body.getChild(0).removeFromParent()).toThrow(
      "Can't remove the last paragraph in a document section.",
    );
  });

  it('stores heading, alignment, indents and spacing, and reads them back', () => {
    const { body, DocumentApp } = setup();
    const p = body.appendParagraph('ПРИКАЗ');
    p.setHeading(DocumentApp.ParagraphHeading.TITLE).setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    p.setIndentFirstLine(36).setIndentStart(0).setSpacingAfter(12).setLineSpacing(1.5);
    expect(p.getHeading()).toBe(DocumentApp.ParagraphHeading.TITLE);
    expect(p.getAlignment()).toBe(DocumentApp.HorizontalAlignment.CENTER);
    expect([p.getIndentFirstLine(), p.getIndentStart(), p.getSpacingAfter(), p.getLineSpacing()]).toEqual([
      36, 0, 12, 1.5,
    ]);
    expect(body.appendParagraph('обычный').getHeading()).toBe(DocumentApp.ParagraphHeading.NORMAL);
  });

  it('sets and gets attributes by DocumentApp.Attribute, null where unset (§4.2 live note)', () => {
    const { body, DocumentApp } = setup();
    const p = body.appendParagraph('текст');
    p.setAttributes({
      [DocumentApp.Attribute.BOLD]: true,
      [DocumentApp.Attribute.HORIZONTAL_ALIGNMENT]: DocumentApp.HorizontalAlignment.RIGHT,
    });
    const attrs = p.getAttributes() as Record<string, unknown>;
    expect(attrs.BOLD).toBe(true);
    expect(attrs.HORIZONTAL_ALIGNMENT).toBe('RIGHT');
    expect(attrs.FONT_SIZE).toBeNull();
    expect(p.editAsText().isBold()).toBe(true);
  });

  it('keeps consecutive list items in one list with numbers', () => {
    const { body, DocumentApp } = setup();
    const a = body.appendListItem('первый').setGlyphType(DocumentApp.GlyphType.NUMBER);
    const b = body.appendListItem('второй').setGlyphType(DocumentApp.GlyphType.NUMBER);
    expect(a.getListId()).toBe(b.getListId());
    expect(body.getListItems()).toHaveLength(2);
    expect(b.getType()).toBe(DocumentApp.ElementType.LIST_ITEM);
  });

  it('puts page breaks and rules inside new paragraphs', () => {
    const { body, DocumentApp } = setup();
    const br = body.appendPageBreak();
    const hr = body.appendHorizontalRule();
    expect(br.getParent().getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    expect(hr.getType()).toBe(DocumentApp.ElementType.HORIZONTAL_RULE);
    expect(body.getNumChildren()).toBe(3);
  });

  it('clear leaves one empty paragraph; setText leaves one paragraph of that text', () => {
    const { body } = setup();
    body.appendParagraph('a');
    body.appendTable([['b']]);
    body.clear();
    expect([body.getNumChildren(), body.getText()]).toEqual([1, '']);
    body.setText('новый текст');
    expect([body.getNumChildren(), body.getText()]).toEqual([1, 'новый текст']);
  });

  it('casts by type and refuses a wrong cast', () => {
    const { body } = setup();
    body.appendTable([['a']]);
    expect(body.getChild(1).asTable().getNumRows()).toBe(1);
    expect(() => body.getChild(1).asParagraph()).toThrow('Cannot cast TABLE to PARAGRAPH.');
  });

  it('adds a header and footer; Document.clear clears only the body (§4.2 live note)', () => {
    const { doc } = setup();
    doc.addHeader().appendParagraph('МБДОУ «Детский сад № 5»');
    doc.addFooter().appendParagraph('стр.');
    doc.getBody().appendParagraph('тело');
    (doc as unknown as { clear(): void }).clear();
    expect(doc.getBody().getText()).toBe('');
    expect(doc.getHeader().getText()).toBe('\nМБДОУ «Детский сад № 5»');
    expect(doc.getFooter().getText()).toBe('\nстр.');
  });

  it('stores page size and margins in points (ГОСТ Р 7.0.97 layout needs A4 and a 20 mm left margin)', () => {
    const { body } = setup();
    expect(body.getMarginLeft()).toBe(72);
    body.setPageWidth(595.28).setPageHeight(841.89).setMarginLeft(56.7);
    expect([body.getPageWidth(), body.getPageHeight(), body.getMarginLeft()]).toEqual([595.28, 841.89, 56.7]);
  });

  it('moves the file modified time on an edit', () => {
    const { ws, body, doc } = setup();
    ws.rt.advance(60_000);
    body.appendParagraph('правка');
    const file = ws.docs.drive.file(doc.getId());
    expect(Date.parse(file?.modifiedTime ?? '') - Date.parse(file?.createdTime ?? '')).toBe(60_000);
  });
});
