import { docsWorkspace, thrown } from './fixture';

function setup() {
  const { ws, DocumentApp } = docsWorkspace();
  const doc = DocumentApp.create('Приказ');
  return { ws, DocumentApp, doc, body: doc.getBody() };
}

/**
 * docs/apps-script-platform.md §4.3, from scripts checked against live Apps Script (gas-fakes
 * test/testdocssections.js, test/testdocsnext.js) and the reference pages
 * https://developers.google.com/apps-script/reference/document/header-section#removeFromParent() and
 * https://developers.google.com/apps-script/reference/document/body#insertParagraph(Integer,Paragraph).
 */
describe('headers and footers (§4.3)', () => {
  it('a second addHeader is refused with the live text; the header stays as it was', () => {
    const { doc } = setup();
    doc.addHeader().appendParagraph('МБДОУ «Детский сад № 5»');
    const error = thrown(() => doc.addHeader());
    expect(error.message).toBe('Document tab already contains a header.');
    expect(String(error)).toBe('Exception: Document tab already contains a header.');
    expect(doc.getHeader().getText()).toBe('\nМБДОУ «Детский сад № 5»');
  });

  it('a second addFooter is refused with the footer twin of that text ([UNVERIFIED] wording)', () => {
    const { doc } = setup();
    doc.addFooter();
    expect(() => doc.addFooter()).toThrow('Document tab already contains a footer.');
  });

  it('HeaderSection.removeFromParent() removes the header, so getHeader() is null and addHeader() works again', () => {
    const { ws, doc } = setup();
    const header = doc.addHeader();
    header.appendParagraph('старая шапка');
    header.removeFromParent();
    expect(doc.getHeader()).toBeNull();
    const fresh = doc.addHeader();
    fresh.appendParagraph('новая шапка');
    expect(doc.getHeader().getText()).toBe('\nновая шапка');
    expect(ws.docs.exportText(doc.getId())).not.toContain('старая шапка');
  });

  it('FooterSection.removeFromParent() removes the footer the same way', () => {
    const { doc } = setup();
    doc.addFooter().appendParagraph('стр. 1');
    doc.getFooter().removeFromParent();
    expect(doc.getFooter()).toBeNull();
    expect(doc.addFooter().getText()).toBe('');
  });

  it('removeFromParent is a counted call; a closed document refuses it', () => {
    const { ws, doc } = setup();
    const header = doc.addHeader();
    ws.rt.counter.reset();
    header.removeFromParent();
    expect(ws.rt.counter.count('HeaderSection.removeFromParent')).toBe(1);
    const footer = doc.addFooter();
    doc.saveAndClose();
    expect(() => footer.removeFromParent()).toThrow('Document is closed, its contents cannot be updated.');
  });

  it('the removal survives saving and reopening the document', () => {
    const { DocumentApp, doc } = setup();
    doc.addHeader().removeFromParent();
    doc.saveAndClose();
    expect(DocumentApp.openById(doc.getId()).getHeader()).toBeNull();
  });
});

describe('Body.insertParagraph errors (§4.3)', () => {
  it('accepts an index equal to the number of children: it appends', () => {
    const { body } = setup();
    body.appendParagraph('p1');
    body.insertParagraph(body.getNumChildren(), 'p2');
    expect(body.getText()).toBe('\np1\np2');
  });

  it('an index past the end says «less than or equal to», as live', () => {
    const { body } = setup();
    const detached = body.appendParagraph('attached').copy();
    expect(() => body.insertParagraph(99, detached)).toThrow(
      'Child index (99) must be less than or equal to the number of child elements (2).',
    );
  });

  it('an element of the wrong type is a parameter/signature mismatch, checked before the index', () => {
    const { doc, body } = setup();
    const error = thrown(() =>
      body.insertParagraph(99, doc.getBody() as unknown as GoogleAppsScript.Document.Paragraph),
    );
    expect(error.message).toBe(
      "The parameters (number,DocumentApp.Body) don't match the method signature for DocumentApp.Body.insertParagraph.",
    );
    const table = body.appendTable([['a']]).copy();
    expect(() => body.appendParagraph(table as unknown as GoogleAppsScript.Document.Paragraph)).toThrow(
      "The parameters (DocumentApp.Table) don't match the method signature for DocumentApp.Body.appendParagraph.",
    );
    expect(() => body.insertParagraph('1' as unknown as number, 'x')).toThrow(
      "The parameters (String,String) don't match the method signature for DocumentApp.Body.insertParagraph.",
    );
  });

  it('the same rule holds for list items and tables in a header', () => {
    const { doc } = setup();
    const header = doc.addHeader();
    const p = header.appendParagraph('п').copy();
    expect(() => header.appendListItem(p as unknown as GoogleAppsScript.Document.ListItem)).toThrow(
      "The parameters (DocumentApp.Paragraph) don't match the method signature for DocumentApp.HeaderSection.appendListItem.",
    );
    expect(() => header.insertTable(0, p as unknown as GoogleAppsScript.Document.Table)).toThrow(
      "The parameters (number,DocumentApp.Paragraph) don't match the method signature for DocumentApp.HeaderSection.insertTable.",
    );
  });
});

describe('table text (§4.3 [LIVE]: cells and rows are separated by newlines)', () => {
  it('Table.getText() and TableRow.getText() join cells with \\n', () => {
    const { body } = setup();
    const table = body.appendTable([
      ['R1C1', 'R1C2'],
      ['R2C1', 'R2C2'],
    ]);
    expect(table.getText()).toBe('R1C1\nR1C2\nR2C1\nR2C2');
    expect(table.getRow(0).getText()).toBe('R1C1\nR1C2');
    expect(table.getRow(0).getCell(1).getText()).toBe('R1C2');
    expect(body.appendTable().getText()).toBe('');
  });

  it('Body.getText() around a table: the table, then the empty paragraph appendTable adds', () => {
    const { body } = setup();
    body.appendParagraph('First paragraph.');
    body.appendTable([
      ['R1C1', 'R1C2'],
      ['R2C1', 'R2C2'],
    ]);
    body.appendListItem('A list item.');
    body.appendParagraph('Final paragraph.');
    expect(body.getText()).toBe(
      '\nFirst paragraph.\nR1C1\nR1C2\nR2C1\nR2C2\n\nA list item.\nFinal paragraph.',
    );
  });

  it('editAsText() of a row sees the same string as getText()', () => {
    const { body } = setup();
    const row = body.appendTable([['ab', 'cd']]).getRow(0);
    expect(row.editAsText().getText()).toBe('ab\ncd');
    row.editAsText().setBold(3, 4, true);
    expect(row.getCell(1).editAsText().isBold(0)).toBe(true);
    expect(row.getCell(0).editAsText().isBold(1)).toBe(false);
  });
});

describe('Document shortcuts and heading attributes (§4.3)', () => {
  it('the Body has every append/insert shortcut the reference lists', () => {
    const { body, DocumentApp } = setup();
    body.appendParagraph('Заголовок').setHeading(DocumentApp.ParagraphHeading.HEADING1);
    body.appendListItem('пункт');
    body.appendTable([['a', 'b']]);
    body.appendHorizontalRule();
    body.appendPageBreak();
    body.insertTable(0, [['c']]);
    body.insertListItem(0, 'первый');
    body.insertHorizontalRule(0);
    body.insertPageBreak(0);
    expect(body.getTables()).toHaveLength(2);
    expect(body.getListItems()).toHaveLength(2);
  });

  it('Document itself has no append shortcuts: the current reference lists none, so they stay not implemented', () => {
    const { doc } = setup();
    const loose = doc as unknown as Record<string, unknown>;
    expect(() => loose.appendParagraph).toThrow('not implemented: Document.appendParagraph');
    expect(() => loose.insertTable).toThrow('not implemented: Document.insertTable');
  });

  it('HEADING through setAttributes is the same attribute setHeading sets', () => {
    const { body, DocumentApp } = setup();
    const p = body.appendParagraph('Раздел');
    p.setAttributes({
      [DocumentApp.Attribute.HEADING]: DocumentApp.ParagraphHeading.HEADING2,
      [DocumentApp.Attribute.HORIZONTAL_ALIGNMENT]: DocumentApp.HorizontalAlignment.CENTER,
    });
    expect(p.getHeading()).toBe(DocumentApp.ParagraphHeading.HEADING2);
    expect(p.getAlignment()).toBe(DocumentApp.HorizontalAlignment.CENTER);
    expect((p.getAttributes() as Record<string, unknown>)[DocumentApp.Attribute.HEADING]).toBe('HEADING2');
  });
});
