import { docsWorkspace, thrown } from './fixture';

const DOC = 'application/vnd.google-apps.document';
const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;

describe('Drive v3 appProperties: a key the add-on finds its own files by', () => {
  it('creates a Doc with its key at once, and finds it by the key', () => {
    const { Drive, DocumentApp } = docsWorkspace();
    const made = Drive.Files.create({
      name: 'Программа',
      mimeType: DOC,
      appProperties: { nastavnik: 'ПР-0003' },
    });
    DocumentApp.create('Другой документ');
    const q = "appProperties has { key='nastavnik' and value='ПР-0003' } and trashed = false";
    expect(Drive.Files.list({ q, fields: 'files(id,name,appProperties)' }).files).toEqual([
      { id: made.id, name: 'Программа', appProperties: { nastavnik: 'ПР-0003' } },
    ]);
    expect(DocumentApp.openById(made.id ?? '').getName()).toBe('Программа');
    expect(
      Drive.Files.list({ q: "appProperties has { key='nastavnik' and value='ПР-0004' }" }).files,
    ).toEqual([]);
  });

  it('patches on update: a new key is added, null removes one, a trashed file drops out of trashed = false', () => {
    const { Drive } = docsWorkspace();
    const id = Drive.Files.create({ name: 'A', mimeType: DOC, appProperties: { a: '1', b: '2' } }).id ?? '';
    Drive.Files.update({ appProperties: { b: null, c: '3' } } as never, id, NO_MEDIA);
    expect(Drive.Files.get(id, { fields: 'appProperties' })).toEqual({ appProperties: { a: '1', c: '3' } });
    Drive.Files.update({ trashed: true }, id, NO_MEDIA);
    const q = "appProperties has { key='a' and value='1' } and trashed = false";
    expect(Drive.Files.list({ q }).files).toEqual([]);
  });

  it('refuses a property over 124 bytes of UTF-8 and makes no file', () => {
    const { Drive } = docsWorkspace();
    const before = Drive.Files.list({}).files?.length;
    // 4 bytes of key + 60 Cyrillic letters (120 bytes) = 124: allowed; one letter more is not.
    Drive.Files.create({ name: 'ok', mimeType: DOC, appProperties: { k123: 'я'.repeat(60) } });
    const error = thrown(() =>
      Drive.Files.create({ name: 'no', mimeType: DOC, appProperties: { k123: 'я'.repeat(61) } }),
    );
    expect(error.message).toContain('124-byte limit');
    expect(Drive.Files.list({}).files?.length).toBe((before ?? 0) + 1);
  });

  it('refuses a 31st property', () => {
    const { Drive } = docsWorkspace();
    const props = Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`k${i}`, 'v']));
    expect(
      thrown(() => Drive.Files.create({ name: 'x', mimeType: DOC, appProperties: props })).message,
    ).toContain('at most 30');
  });

  it('does not carry the properties to a copy', () => {
    const { Drive } = docsWorkspace();
    const id = Drive.Files.create({ name: 'A', mimeType: DOC, appProperties: { a: '1' } }).id ?? '';
    const copy = Drive.Files.copy({ name: 'B' }, id, { fields: 'id,appProperties' });
    expect(copy.appProperties).toBeUndefined();
  });
});
