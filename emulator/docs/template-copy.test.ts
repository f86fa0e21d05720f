import { docsWorkspace } from './fixture';

/** docs/architecture.md, Drive section: read the template with openById, build the new Doc with create + element copies. */
function buildFromTemplate(
  DocumentApp: GoogleAppsScript.Document.DocumentApp,
  templateId: string,
  name: string,
): GoogleAppsScript.Document.Document {
  const template = DocumentApp.openById(templateId);
  const doc = DocumentApp.create(name);
  const body = doc.getBody();
  const source = template.getBody();
  for (let i = 0; i < source.getNumChildren(); i++) {
    const child = source.getChild(i);
    const type = child.getType();
    if (type === DocumentApp.ElementType.PARAGRAPH) body.appendParagraph(child.asParagraph().copy());
    else if (type === DocumentApp.ElementType.LIST_ITEM) body.appendListItem(child.asListItem().copy());
    else if (type === DocumentApp.ElementType.TABLE) body.appendTable(child.asTable().copy());
  }
  body.removeChild(body.getChild(0));
  return doc;
}

describe('building a Doc from a template without DriveApp (docs/architecture.md)', () => {
  it('copies paragraphs, list items and tables with their formatting, then fills placeholders', () => {
    const { ws, DocumentApp } = docsWorkspace();
    const template = DocumentApp.create('Шаблон приказа');
    const tb = template.getBody();
    tb.getChild(0).asParagraph().setText('ПРИКАЗ № {{Номер}}');
    tb.getChild(0).asParagraph().setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    tb.appendListItem('Назначить наставником {{ФИО}}.').setGlyphType(DocumentApp.GlyphType.NUMBER);
    const table = tb.appendTable([
      ['Наставник', 'Наставляемый'],
      ['{{Наставник}}', '{{Наставляемый}}'],
    ]);
    table.getRow(0).editAsText().setBold(true);
    template.saveAndClose();

    const doc = buildFromTemplate(DocumentApp, template.getId(), 'Приказ № 7');
    const body = doc.getBody();
    body.replaceText('\\{\\{Номер\\}\\}', '7');
    body.replaceText('\\{\\{ФИО\\}\\}', 'Петрову Анну Андреевну');
    const annex = body.getTables()[0];
    annex.getCell(1, 0).setText('Петрова А.А.');
    annex.getCell(1, 1).setText('Сидоров Б.В.');

    // Two empty lines at the end: appendTable(copy) adds one (§4.2) besides the template's own trailing one.
    expect(ws.docs.exportText(doc.getId())).toBe(
      [
        'ПРИКАЗ № 7',
        '1. Назначить наставником Петрову Анну Андреевну.',
        'Наставник | Наставляемый',
        'Петрова А.А. | Сидоров Б.В.',
        '',
        '',
      ].join('\n'),
    );
    expect(body.getChild(0).asParagraph().getAlignment()).toBe(DocumentApp.HorizontalAlignment.CENTER);
    expect(annex.getCell(0, 1).editAsText().isBold()).toBe(true);
    expect(ws.docs.exportText(template.getId())).toContain('{{ФИО}}');
    expect(ws.rt.counter.count('DriveApp')).toBe(0);
  });
});
