import { Workspace } from '../workspace';

/** `isPublished` / `setPublished` are newer than @types/google-apps-script 2.0.13. */
type PublishableForm = GoogleAppsScript.Forms.Form & {
  isPublished(): boolean;
  setPublished(enabled: boolean): PublishableForm;
};

function formApp(ws = new Workspace()): GoogleAppsScript.Forms.FormApp {
  return ws.globals().FormApp as GoogleAppsScript.Forms.FormApp;
}

describe('FormApp and Form (§5.1)', () => {
  it('throws on an empty title', () => {
    expect(() => formApp().create('')).toThrow('Invalid argument: title');
  });

  it('puts create(title) in the Drive file name and leaves getTitle() empty (live oddity)', () => {
    const ws = new Workspace();
    const form = formApp(ws).create('Анкета наставника');
    expect(form.getTitle()).toBe('');
    expect(ws.forms.form(form.getId())?.fileName).toBe('Анкета наставника');
  });

  it('registers the new form in Drive under its title', () => {
    const ws = new Workspace();
    const form = formApp(ws).create('Анкета наставника');
    const file = ws.docs.drive.file(form.getId());
    expect([file?.name, file?.mimeType]).toEqual(['Анкета наставника', 'application/vnd.google-apps.form']);
  });

  it('is refused in LIMITED mode, as in onOpen (§2.1)', () => {
    const ws = new Workspace();
    expect(() => ws.run(() => formApp(ws).create('Анкета'), { kind: 'simple-trigger' })).toThrow(
      'You do not have permission to call FormApp.create in AuthMode.LIMITED.',
    );
  });

  it('opens a form by id, by edit URL and by published URL', () => {
    const app = formApp();
    const form = app.create('Анкета');
    expect(app.openById(form.getId()).getId()).toBe(form.getId());
    expect(app.openByUrl(form.getEditUrl()).getId()).toBe(form.getId());
    expect(app.openByUrl(form.getPublishedUrl()).getId()).toBe(form.getId());
  });

  it('throws when opening an unknown id', () => {
    expect(() => formApp().openById('nope')).toThrow(
      'Unexpected error while getting the method or property openById on object FormApp.',
    );
  });

  it('has no active form in a Sheets add-on', () => {
    expect(formApp().getActiveForm()).toBeNull();
  });

  it('builds the published URL from the published id', () => {
    const ws = new Workspace();
    const form = formApp(ws).create('Анкета');
    const publishedId = ws.forms.form(form.getId())?.publishedId;
    expect(form.getPublishedUrl()).toBe(`https://docs.google.com/forms/d/e/${publishedId}/viewform`);
    expect(form.getEditUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/edit`);
  });

  it('is published and accepting responses by default', () => {
    const form = formApp().create('Анкета') as PublishableForm;
    expect([form.isPublished(), form.isAcceptingResponses()]).toEqual([true, true]);
  });

  it('refuses to accept responses on an unpublished form', () => {
    const form = (formApp().create('Анкета') as PublishableForm).setPublished(false);
    expect(() => form.setAcceptingResponses(true)).toThrow(
      'The form is not published, so it cannot accept responses.',
    );
  });

  it('keeps the settings a script sets', () => {
    const form = formApp()
      .create('Анкета')
      .setTitle('Удовлетворённость наставничеством')
      .setDescription('Анонимно')
      .setCollectEmail(true)
      .setLimitOneResponsePerUser(true)
      .setAllowResponseEdits(true)
      .setConfirmationMessage('Спасибо!');
    expect([
      form.getTitle(),
      form.getDescription(),
      form.collectsEmail(),
      form.hasLimitOneResponsePerUser(),
      form.canEditResponse(),
      form.getConfirmationMessage(),
    ]).toEqual(['Удовлетворённость наставничеством', 'Анонимно', true, true, true, 'Спасибо!']);
  });

  it('lists, finds, moves and deletes items in form order', () => {
    const form = formApp().create('Анкета');
    const a = form.addTextItem().setTitle('A');
    const b = form.addScaleItem().setTitle('B');
    form.addSectionHeaderItem().setTitle('C');
    form.moveItem(b.getIndex(), 0);
    expect(form.getItems().map((i) => i.getTitle())).toEqual(['B', 'A', 'C']);
    form.deleteItem(form.getItemById(a.getId()));
    expect(form.getItems().map((i) => i.getTitle())).toEqual(['B', 'C']);
    expect(form.getItemById(a.getId())).toBeNull();
  });

  it('filters items by type', () => {
    const ws = new Workspace();
    const app = formApp(ws);
    const form = app.create('Анкета');
    form.addTextItem().setTitle('ФИО');
    form.addScaleItem().setTitle('Оценка');
    expect(form.getItems(app.ItemType.SCALE).map((i) => i.getTitle())).toEqual(['Оценка']);
  });

  it('counts the calls a script makes', () => {
    const ws = new Workspace();
    formApp(ws).create('Анкета').addTextItem().setTitle('ФИО');
    expect(ws.rt.counter.methods()).toEqual({
      'Form.addTextItem': 1,
      'FormApp.create': 1,
      'TextItem.setTitle': 1,
    });
  });

  it('throws when getting the destination of a form without one', () => {
    expect(() => formApp().create('Анкета').getDestinationId()).toThrow(
      'The form currently has no response destination.',
    );
  });
});
