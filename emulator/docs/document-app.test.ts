import { docsWorkspace, thrown } from './fixture';

describe('DocumentApp', () => {
  it('creates a Doc in Drive with an edit URL and one empty paragraph (§4.2)', () => {
    const { ws, DocumentApp } = docsWorkspace();
    const doc = DocumentApp.create('Приказ № 1');
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
    expect(ws.docs.drive.file(doc.getId())).toMatchObject({
      name: 'Приказ № 1',
      mimeType: 'application/vnd.google-apps.document',
      trashed: false,
    });
    expect(doc.getBody().getNumChildren()).toBe(1);
    expect(doc.getBody().getText()).toBe('');
  });

  it('opens a Doc by id and by URL, seeing the same content', () => {
    const { DocumentApp } = docsWorkspace();
    const doc = DocumentApp.create('Шаблон');
    doc.getBody().appendParagraph('Текст шаблона');
    expect(DocumentApp.openById(doc.getId()).getBody().getText()).toBe('\nТекст шаблона');
    expect(DocumentApp.openByUrl(doc.getUrl()).getName()).toBe('Шаблон');
  });

  it('refuses a missing id with the live "Document is missing" text', () => {
    const { DocumentApp } = docsWorkspace();
    const error = thrown(() => DocumentApp.openById('1nope'));
    expect(error.message).toBe(
      "Document is missing (perhaps it was deleted, or you don't have read access?)",
    );
    expect(String(error)).toMatch(/^Exception: Document is missing/);
  });

  it('refuses an id that belongs to a spreadsheet with the same text [FIELD]', () => {
    const { ws, DocumentApp } = docsWorkspace();
    ws.docs.drive.register({
      id: '1sheet',
      name: 'Реестр',
      mimeType: 'application/vnd.google-apps.spreadsheet',
    });
    expect(() => DocumentApp.openById('1sheet')).toThrow('Document is missing');
  });

  it('refuses edits after saveAndClose, through the Document and its elements (§4.2, §8 item 12)', () => {
    const { DocumentApp } = docsWorkspace();
    const doc = DocumentApp.create('Приказ');
    const body = doc.getBody();
    const paragraph = body.appendParagraph('до закрытия');
    doc.saveAndClose();
    const closed = 'Document is closed, its contents cannot be updated.';
    expect(() => body.appendParagraph('после')).toThrow(closed);
    expect(() => paragraph.setText('после')).toThrow(closed);
    expect(() => doc.setName('Другое')).toThrow(closed);
    expect(body.getText()).toBe('\nдо закрытия');
  });

  it('reopens a closed Doc with openById and edits it (§4.2)', () => {
    const { DocumentApp } = docsWorkspace();
    const doc = DocumentApp.create('Приказ');
    doc.getBody().appendParagraph('первый');
    doc.saveAndClose();
    const again = DocumentApp.openById(doc.getId());
    again.getBody().appendParagraph('второй');
    expect(again.getBody().getText()).toBe('\nпервый\nвторой');
  });

  it('closes every open Doc when the execution ends (§4.2: saveAndClose runs at the end)', () => {
    const { ws, DocumentApp } = docsWorkspace();
    const body = ws.run(() => DocumentApp.create('Приказ').getBody(), { kind: 'menu' });
    expect(() => body.appendParagraph('x')).toThrow('Document is closed, its contents cannot be updated.');
  });

  it('stops creating Docs after 250 in a day and resumes 24 h after the first (§0)', () => {
    const { ws, DocumentApp } = docsWorkspace();
    for (let i = 0; i < 250; i++) DocumentApp.create(`Документ ${i}`);
    expect(() => DocumentApp.create('251-й')).toThrow(
      'Service invoked too many times for one day: docs create.',
    );
    ws.rt.advance(24 * 60 * 60 * 1000);
    expect(DocumentApp.create('на следующий день').getName()).toBe('на следующий день');
  });

  it('is refused outside AuthMode.FULL (§2.1: user data only in FULL)', () => {
    const { ws, DocumentApp } = docsWorkspace();
    const attempt = () => ws.run(() => DocumentApp.create('x'), { kind: 'simple-trigger' });
    expect(attempt).toThrow('You do not have permission to call DocumentApp.create in AuthMode.LIMITED');
  });

  it('exports a PDF stand-in and Markdown whose names take the new extension (§4.1)', () => {
    const { DocumentApp } = docsWorkspace();
    const doc = DocumentApp.create('Приказ от 01.09.2025');
    doc.getBody().appendParagraph('О наставничестве').setHeading(DocumentApp.ParagraphHeading.HEADING1);
    const pdf = doc.getAs('application/pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getName()).toBe('Приказ от 01.09.pdf');
    expect(pdf.getDataAsString()).toMatch(/^%PDF-1\.4\n[\s\S]*О наставничестве[\s\S]*%%EOF\n$/);
    expect(pdf.getBytes().every((b) => b >= -128 && b <= 127)).toBe(true);
    const md = doc.getAs('text/markdown');
    expect(md.getDataAsString()).toContain('# О наставничестве');
    expect(() => doc.getAs('image/png')).toThrow('is not supported');
  });

  it('counts each call a script makes, by Class.method', () => {
    const { ws, DocumentApp } = docsWorkspace();
    const body = DocumentApp.create('Приказ').getBody();
    body.appendParagraph('1');
    body.appendParagraph('2');
    expect(ws.rt.counter.count('Body.appendParagraph')).toBe(2);
    expect(ws.rt.counter.count('DocumentApp.create')).toBe(1);
  });

  it('throws "not implemented" for a method the emulator lacks', () => {
    const { DocumentApp } = docsWorkspace();
    const body = DocumentApp.create('x').getBody() as unknown as Record<string, unknown>;
    expect(() => body.appendImage).toThrow('not implemented: Body.appendImage');
  });
});
