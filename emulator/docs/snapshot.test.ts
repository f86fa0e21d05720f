import { Workspace } from '../workspace';
import { docsWorkspace } from './fixture';

describe('snapshot and restore', () => {
  it('round-trips files and documents exactly, attributes included', () => {
    const { ws, DocumentApp, Drive } = docsWorkspace();
    Drive.Files.create({ name: 'Папка', mimeType: 'application/vnd.google-apps.folder' });
    const doc = DocumentApp.create('Приказ');
    const p = doc.getBody().appendParagraph('жирный');
    p.setHeading(DocumentApp.ParagraphHeading.HEADING2).editAsText().setBold(0, 2, true);
    doc
      .getBody()
      .appendTable([['a', 'b']])
      .setBorderWidth(0);
    const snapshot = ws.snapshot();
    const restored = Workspace.restore(snapshot);
    expect(restored.snapshot()).toEqual(snapshot);
    expect(JSON.parse(JSON.stringify(ws.docs.snapshot()))).toEqual(ws.docs.snapshot());
  });

  it('restores documents that open and edit with their structure intact', () => {
    const { ws, DocumentApp } = docsWorkspace();
    const doc = DocumentApp.create('Шаблон');
    doc.getBody().appendTable([['{{ФИО}}']]);
    const restored = Workspace.restore(ws.snapshot());
    const table = restored.docs.DocumentApp.openById(doc.getId()).getBody().getTables()[0];
    table.appendTableRow(table.getRow(0).copy()).getCell(0).setText('Иванова');
    expect(table.getParent().getType()).toBe(DocumentApp.ElementType.BODY_SECTION);
    expect(restored.docs.exportText(doc.getId())).toBe('\n{{ФИО}}\nИванова\n');
  });

  it('a removed header stays removed after a restore, and a new one can be added (§4.3)', () => {
    const { ws, DocumentApp } = docsWorkspace();
    const doc = DocumentApp.create('Приказ');
    doc.addHeader().appendParagraph('старая');
    doc.getHeader().removeFromParent();
    doc.addFooter().appendParagraph('стр.');
    const restored = Workspace.restore(ws.snapshot());
    const again = restored.docs.DocumentApp.openById(doc.getId());
    expect(again.getHeader()).toBeNull();
    expect(again.getFooter().getText()).toBe('\nстр.');
    again.addHeader().appendParagraph('новая');
    expect(restored.docs.exportText(doc.getId())).toContain('новая');
  });

  it('keeps the daily quota across a restore (§0)', () => {
    const { ws, DocumentApp } = docsWorkspace();
    ws.docs.limits.documentsCreatedPerDay = 1;
    DocumentApp.create('первый');
    const restored = Workspace.restore(ws.snapshot());
    restored.docs.limits.documentsCreatedPerDay = 1;
    expect(() => restored.docs.DocumentApp.create('второй')).toThrow('docs create');
  });
});
