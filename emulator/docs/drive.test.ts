import { docsWorkspace, thrown } from './fixture';

const FOLDER = 'application/vnd.google-apps.folder';
const DOC = 'application/vnd.google-apps.document';
/** Apps Script scripts pass null for "no new content"; the v3 typings insist on a Blob. */
const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;

describe('Advanced Drive service v3 (Drive.Files)', () => {
  it('creates a folder and returns only kind, id, name and mimeType unless fields are asked for', () => {
    const { Drive } = docsWorkspace();
    const folder = Drive.Files.create({ name: 'Наставничество', mimeType: FOLDER });
    expect(Object.keys(folder).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    const full = Drive.Files.get(folder.id ?? '', { fields: 'id,name,parents,webViewLink' });
    expect(full).toEqual({
      id: folder.id,
      name: 'Наставничество',
      parents: ['0AEmuMyDriveRoot'],
      webViewLink: `https://drive.google.com/drive/folders/${folder.id}`,
    });
  });

  it("charges a Google Doc made by Drive.Files.create to the day's documents, a folder not [UNVERIFIED]", () => {
    const { ws, Drive, DocumentApp } = docsWorkspace();
    ws.docs.limits.documentsCreatedPerDay = 2;
    Drive.Files.create({ name: 'Папка', mimeType: FOLDER });
    DocumentApp.create('Первый');
    Drive.Files.create({ name: 'Второй', mimeType: DOC });
    expect(() => Drive.Files.create({ name: 'Третий', mimeType: DOC })).toThrow(
      'Service invoked too many times for one day: docs create.',
    );
    expect(Drive.Files.list({ q: `name = 'Третий'` }).files).toEqual([]);
  });

  it('reports a missing id as the API does: File not found', () => {
    const { Drive } = docsWorkspace();
    const error = thrown(() => Drive.Files.get('1missing'));
    expect(error.name).toBe('GoogleJsonResponseException');
    expect(error.message).toBe('API call to drive.files.get failed with error: File not found: 1missing.');
  });

  it('lists by name, parent, type and trash state joined by and', () => {
    const { Drive, DocumentApp } = docsWorkspace();
    const folder = Drive.Files.create({ name: 'Приказы', mimeType: FOLDER }).id ?? '';
    const doc = DocumentApp.create('Приказ № 1');
    Drive.Files.update({}, doc.getId(), NO_MEDIA, { addParents: folder, removeParents: 'root' });
    const old = DocumentApp.create('Приказ № 0');
    Drive.Files.update({ trashed: true }, old.getId(), NO_MEDIA, { addParents: folder });
    const q = `'${folder}' in parents and mimeType = '${DOC}' and trashed = false`;
    expect(Drive.Files.list({ q, fields: 'files(id,name)' }).files).toEqual([
      { id: doc.getId(), name: 'Приказ № 1' },
    ]);
    expect(Drive.Files.list({ q: `'${folder}' in parents` }).files).toHaveLength(2);
    expect(Drive.Files.list({ q: "name = 'Приказы'" }).files?.map((f) => f.id)).toEqual([folder]);
    expect(Drive.Files.list({ q: "name = 'Приказ № 1' and 'root' in parents" }).files).toEqual([]);
  });

  it('handles quotes escaped in a q string', () => {
    const { Drive } = docsWorkspace();
    Drive.Files.create({ name: "Д'Артаньян", mimeType: FOLDER });
    expect(Drive.Files.list({ q: "name = 'Д\\'Артаньян'" }).files).toHaveLength(1);
  });

  it('refuses a q form it cannot evaluate rather than guess', () => {
    const { Drive } = docsWorkspace();
    expect(() => Drive.Files.list({ q: "name = 'a' or name = 'b'" })).toThrow(
      'emulator: Drive.Files.list cannot evaluate q',
    );
  });

  it('moves a file between folders with addParents/removeParents and refuses writing parents directly', () => {
    const { Drive } = docsWorkspace();
    const a = Drive.Files.create({ name: 'A', mimeType: FOLDER }).id ?? '';
    const b = Drive.Files.create({ name: 'B', mimeType: FOLDER }).id ?? '';
    const file = Drive.Files.create({ name: 'Отчёт', mimeType: DOC, parents: [a] }).id ?? '';
    const moved = Drive.Files.update({}, file, NO_MEDIA, {
      addParents: b,
      removeParents: a,
      fields: 'parents',
    });
    expect(moved.parents).toEqual([b]);
    expect(() => Drive.Files.update({ parents: [a] }, file)).toThrow(
      'The parents field is not directly writable',
    );
  });

  it('converts uploaded text into a Doc, one paragraph per line, and stores other uploads as they are', () => {
    const { Drive, DocumentApp } = docsWorkspace();
    const upload = (text: string, type: string) =>
      ({
        getDataAsString: () => text,
        getContentType: () => type,
        getName: () => 'upload',
      }) as unknown as GoogleAppsScript.Base.Blob;
    const doc = Drive.Files.create(
      { name: 'Импорт', mimeType: DOC },
      upload('строка 1\nстрока 2', 'text/plain'),
    );
    expect(
      DocumentApp.openById(doc.id ?? '')
        .getBody()
        .getNumChildren(),
    ).toBe(2);
    const pdf = DocumentApp.create('Приказ').getAs('application/pdf');
    const saved = Drive.Files.create({ name: 'Приказ.pdf' }, pdf, { fields: 'id,mimeType' });
    expect(saved.mimeType).toBe('application/pdf');
    expect(Drive.Files.get(saved.id ?? '', { alt: 'media' })).toBe(pdf.getDataAsString());
  });

  it('copies a Doc with its content into the same folders', () => {
    const { Drive, DocumentApp } = docsWorkspace();
    const doc = DocumentApp.create('Шаблон');
    doc.getBody().appendParagraph('{{ФИО}}');
    const copy = Drive.Files.copy({ name: 'Приказ' }, doc.getId());
    doc.getBody().appendParagraph('только в шаблоне');
    expect(
      DocumentApp.openById(copy.id ?? '')
        .getBody()
        .getText(),
    ).toBe('\n{{ФИО}}');
  });

  it('sees files other modules register', () => {
    const { ws, Drive } = docsWorkspace();
    ws.docs.drive.register({
      id: '1sheet',
      name: 'Реестр',
      mimeType: 'application/vnd.google-apps.spreadsheet',
    });
    expect(Drive.Files.get('1sheet', { fields: 'webViewLink' }).webViewLink).toBe(
      'https://docs.google.com/spreadsheets/d/1sheet/edit',
    );
  });

  it('counts calls as Drive.Files.<method>', () => {
    const { ws, Drive } = docsWorkspace();
    Drive.Files.list({ q: 'trashed = false' });
    expect(ws.rt.counter.count('Drive.Files.list')).toBe(1);
  });
});

describe('the drive.file scope (docs/architecture.md: no full-Drive scope)', () => {
  it('hides files the add-on did not create: they answer 404 like missing ones', () => {
    const { ws, Drive, DocumentApp } = docsWorkspace();
    ws.docs.driveScope = 'drive.file';
    const curatorsFolder = ws.docs.drive.register({
      id: '1byHand',
      name: 'Мои приказы',
      mimeType: FOLDER,
      byApp: false,
    }).id;
    const ours = Drive.Files.create({ name: 'Наставник', mimeType: FOLDER }).id ?? '';
    const doc = DocumentApp.create('Приказ');
    expect(() => Drive.Files.get(curatorsFolder)).toThrow(`File not found: ${curatorsFolder}.`);
    expect(() => Drive.Files.create({ name: 'x', parents: [curatorsFolder] })).toThrow('File not found');
    Drive.Files.update({}, doc.getId(), NO_MEDIA, { addParents: ours, removeParents: 'root' });
    expect(Drive.Files.list({ q: 'trashed = false' }).files?.map((f) => f.name)).toEqual([
      'Наставник',
      'Приказ',
    ]);
  });

  it('still lets DocumentApp open a Doc by id (documents scope)', () => {
    const { ws, DocumentApp } = docsWorkspace();
    ws.docs.driveScope = 'drive.file';
    const id = ws.docs.createDocument('Шаблон куратора');
    expect(DocumentApp.openById(id).getName()).toBe('Шаблон куратора');
  });
});
