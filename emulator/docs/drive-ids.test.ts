import { driveFileId } from '../core/drive-id';
import { Workspace } from '../workspace';

const SPREADSHEET = 'application/vnd.google-apps.spreadsheet';
const FORM = 'application/vnd.google-apps.form';

function globals(ws: Workspace) {
  return ws.globals() as {
    SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    FormApp: GoogleAppsScript.Forms.FormApp;
  };
}

/**
 * docs/apps-script-platform.md §4.4: every Google file is a Drive file with one id; Drive.Files.get finds a
 * spreadsheet by the id SpreadsheetApp gives (https://developers.google.com/drive/api/guides/mime-types).
 */
describe('Drive file ids: one generator for documents, spreadsheets and forms (§4.4)', () => {
  it('gives sixty distinct 44-character ids to twenty forms, twenty documents and twenty spreadsheets', () => {
    const ws = new Workspace();
    const { SpreadsheetApp, FormApp } = globals(ws);
    const ids: string[] = [];
    for (let i = 1; i <= 20; i++) {
      ids.push(FormApp.create(`Анкета ${i}`).getId());
      ids.push(ws.docs.DocumentApp.create(`Приказ ${i}`).getId());
      ids.push(SpreadsheetApp.create(`Отчёт ${i}`).getId());
    }
    expect(new Set(ids).size).toBe(60);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{44}$/);
    expect(ids).not.toContain(ws.spreadsheet.active.getId());
  });

  it('never repeats an id, far past the point where float arithmetic lost precision', () => {
    const seen = new Set<string>();
    for (let n = 0; n < 20000; n++) seen.add(driveFileId(n));
    for (let n = 2 ** 30; n < 2 ** 30 + 1000; n++) seen.add(driveFileId(n));
    expect(seen.size).toBe(21000);
  });

  it('a spreadsheet made by SpreadsheetApp.create is a Drive file of the spreadsheet MIME type', () => {
    const ws = new Workspace();
    const ss = globals(ws).SpreadsheetApp.create('Отчёт для управления');
    expect(ws.docs.Drive.Files.get(ss.getId(), { fields: 'id,name,mimeType,webViewLink' })).toEqual({
      id: ss.getId(),
      name: 'Отчёт для управления',
      mimeType: SPREADSHEET,
      webViewLink: ss.getUrl(),
    });
    expect(ws.docs.DriveApp.getFileById(ss.getId()).getName()).toBe('Отчёт для управления');
    ss.rename('Отчёт за сентябрь');
    expect(ws.docs.Drive.Files.get(ss.getId()).name).toBe('Отчёт за сентябрь');
  });

  it('the bound spreadsheet is a Drive file too, made by a person (hidden under drive.file)', () => {
    const ws = new Workspace();
    const id = ws.spreadsheet.active.getId();
    expect(ws.docs.Drive.Files.get(id).mimeType).toBe(SPREADSHEET);
    ws.docs.driveScope = 'drive.file';
    expect(() => ws.docs.Drive.Files.get(id)).toThrow(`File not found: ${id}.`);
    const made = globals(ws).SpreadsheetApp.create('Своя');
    expect(ws.docs.Drive.Files.get(made.getId()).name).toBe('Своя');
  });

  it('forms are found through Drive with the form MIME type', () => {
    const ws = new Workspace();
    const form = globals(ws).FormApp.create('Анкета');
    expect(ws.docs.Drive.Files.get(form.getId()).mimeType).toBe(FORM);
  });

  it('after a restore new files still get fresh ids, and spreadsheets stay Drive files', () => {
    const ws = new Workspace();
    const { SpreadsheetApp, FormApp } = globals(ws);
    const before = [SpreadsheetApp.create('А').getId(), FormApp.create('Б').getId()];
    const restored = Workspace.restore(ws.snapshot());
    expect(restored.snapshot()).toEqual(ws.snapshot());
    const again = globals(restored);
    const after = [
      again.SpreadsheetApp.create('В').getId(),
      again.FormApp.create('Г').getId(),
      restored.docs.DocumentApp.create('Д').getId(),
    ];
    expect(new Set([...before, ...after, restored.spreadsheet.active.getId()]).size).toBe(6);
    expect(restored.docs.Drive.Files.get(before[0]).mimeType).toBe(SPREADSHEET);
  });

  it('a snapshot from before spreadsheets were Drive files gets them registered on restore', () => {
    const ws = new Workspace();
    const ss = globals(ws).SpreadsheetApp.create('Старый');
    const snapshot = ws.snapshot();
    const docs = snapshot.docs as { files: Array<{ mimeType: string }> };
    docs.files = docs.files.filter((f) => f.mimeType !== SPREADSHEET);
    const restored = Workspace.restore(snapshot);
    expect(restored.docs.Drive.Files.get(ss.getId()).name).toBe('Старый');
    expect(restored.docs.Drive.Files.get(restored.spreadsheet.active.getId()).mimeType).toBe(SPREADSHEET);
  });
});
