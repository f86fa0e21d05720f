import { Workspace } from '../workspace';

function populated(): { ws: Workspace; formId: string } {
  const ws = new Workspace();
  const form = (ws.globals().FormApp as GoogleAppsScript.Forms.FormApp).create('Анкета');
  form.setTitle('Входная анкета').setCollectEmail(true);
  const name = form.addTextItem().setTitle('ФИО').setRequired(true);
  form.addGridItem().setTitle('Встречи').setRows(['Сентябрь']).setColumns(['Да', 'Нет']);
  const page = form.addPageBreakItem().setTitle('Часть 2');
  const end = form.addPageBreakItem().setTitle('Конец');
  page.setGoToPage(end);
  const time = form.addTimeItem().setTitle('Время встречи');
  form
    .createResponse()
    .withItemResponse(name.createResponse('Иванова'))
    .withItemResponse(time.createResponse(15, 0))
    .submit();
  return { ws, formId: form.getId() };
}

describe('FormApp snapshot and restore', () => {
  it('is plain JSON holding forms with their items and responses', () => {
    const { ws } = populated();
    const snapshot = ws.forms.snapshot();
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    expect(snapshot.forms[0].items.map((i) => i.title)).toEqual([
      'ФИО',
      'Встречи',
      'Часть 2',
      'Конец',
      'Время встречи',
    ]);
    expect(snapshot.forms[0].responses[0].answers[0].value).toBe('Иванова');
  });

  it('round-trips through Workspace.snapshot and Workspace.restore', () => {
    const { ws, formId } = populated();
    const restored = Workspace.restore(ws.snapshot());
    const form = (restored.globals().FormApp as GoogleAppsScript.Forms.FormApp).openById(formId);
    expect(form.getTitle()).toBe('Входная анкета');
    expect(form.getItems()[1].asGridItem().getRows()).toEqual(['Сентябрь']);
    expect(form.getResponses()[0].getItemResponses()[0].getResponse()).toBe('Иванова');
    expect(form.getItems()[2].asPageBreakItem().getGoToPage().getTitle()).toBe('Конец');
    expect(form.getResponses()[0].getItemResponses()[1].getResponse()).toBe('15:00');
    expect(restored.forms.snapshot()).toEqual(ws.forms.snapshot());
  });

  it('keeps generating new ids after a restore', () => {
    const { ws, formId } = populated();
    const restored = Workspace.restore(ws.snapshot());
    const created = (restored.globals().FormApp as GoogleAppsScript.Forms.FormApp).create('Ещё одна');
    expect(created.getId()).not.toBe(formId);
  });
});
