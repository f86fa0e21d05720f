import { docsWorkspace, thrown } from './fixture';

describe('DriveApp (minimal; docs/architecture.md: the add-on does not use it)', () => {
  it('throws the unhelpful live text for a missing file (§4.1)', () => {
    const { DriveApp } = docsWorkspace();
    const error = thrown(() => DriveApp.getFileById('1missing'));
    expect(error.message).toBe(
      'Unexpected error while getting the method or property getFileById on object DriveApp.',
    );
    expect(String(error)).toMatch(/^Exception: Unexpected error/);
  });

  it('makes a copy of a Doc that is a deep copy of the document, in the folder given (§4.1)', () => {
    const { DriveApp, DocumentApp, Drive } = docsWorkspace();
    const folderId =
      Drive.Files.create({ name: 'Папка', mimeType: 'application/vnd.google-apps.folder' }).id ?? '';
    const template = DocumentApp.create('Шаблон');
    template.getBody().appendTable([['{{ФИО}}']]);
    const copy = DriveApp.getFileById(template.getId()).makeCopy('Приказ', DriveApp.getFolderById(folderId));
    expect(copy.getName()).toBe('Приказ');
    expect(copy.getUrl()).toBe(`https://docs.google.com/document/d/${copy.getId()}/edit`);
    const body = DocumentApp.openById(copy.getId()).getBody();
    body.getTables()[0].getCell(0, 0).setText('Иванова');
    expect(template.getBody().getTables()[0].getCell(0, 0).getText()).toBe('{{ФИО}}');
    expect(DriveApp.getFolderById(folderId).getFiles().next().getId()).toBe(copy.getId());
  });

  it('trashes a file and reports it', () => {
    const { DriveApp, DocumentApp } = docsWorkspace();
    const file = DriveApp.getFileById(DocumentApp.create('Черновик').getId());
    file.setTrashed(true);
    expect(file.isTrashed()).toBe(true);
  });

  it('counts a stray call, so a benchmark can assert the add-on makes none', () => {
    const { ws, DriveApp, DocumentApp } = docsWorkspace();
    DriveApp.getFileById(DocumentApp.create('x').getId()).getName();
    expect(ws.rt.counter.count('DriveApp')).toBe(2);
  });
});
