import { Workspace } from '../workspace';

function setup() {
  const ws = new Workspace();
  const ss = ws.spreadsheet.active;
  const form = (ws.globals().FormApp as GoogleAppsScript.Forms.FormApp).create('Анкета');
  const name = form.addTextItem().setTitle('ФИО');
  form.addSectionHeaderItem().setTitle('Раздел');
  const topics = form.addCheckboxItem().setTitle('Темы').setChoiceValues(['Методика', 'Документы']);
  const score = form.addScaleItem().setTitle('Оценка');
  return { ws, ss, form, name, topics, score };
}

function link(ws: Workspace, form: GoogleAppsScript.Forms.Form, ssId: string): void {
  const { DestinationType } = ws.globals().FormApp as GoogleAppsScript.Forms.FormApp;
  form.setDestination(DestinationType.SPREADSHEET, ssId);
}

describe('the response destination sheet (§5.1)', () => {
  it('adds a sheet named like the real one, with Timestamp and the question titles as headers', () => {
    const { ws, ss, form } = setup();
    link(ws, form, ss.getId());
    expect(ws.spreadsheet.displayValues('Ответы на форму (1)', ss.getId())).toEqual([
      ['Отметка времени', 'ФИО', 'Темы', 'Оценка'],
    ]);
    expect([form.getDestinationId(), String(form.getDestinationType())]).toEqual([ss.getId(), 'SPREADSHEET']);
  });

  it('names the sheet «Form Responses N» in English, counting up past existing ones', () => {
    const { ws, ss, form } = setup();
    ws.forms.responsesLocale = 'en';
    link(ws, form, ss.getId());
    link(ws, form, ss.getId());
    expect(ws.spreadsheet.displayValues('Form Responses 2', ss.getId())[0][0]).toBe('Timestamp');
  });

  it("links the new sheet back to the form, so Sheet.getFormUrl() gives the form's edit URL", () => {
    const { ws, ss, form } = setup();
    link(ws, form, ss.getId());
    const sheet = () => ws.rt.internal(() => ss.getSheetByName('Ответы на форму (1)'));
    expect(sheet()?.getFormUrl()).toBe(form.getEditUrl());
    form.removeDestination();
    expect(sheet()?.getFormUrl()).toBeNull();
  });

  it('throws on an id that is no spreadsheet', () => {
    const { ws, form } = setup();
    expect(() => link(ws, form, 'nope')).toThrow(
      'Invalid argument: destinationId (nope is not a spreadsheet)',
    );
  });

  it("appends a person's response as the sheet holds it: a timestamp date, checkboxes joined with ', '", () => {
    const { ws, ss, form } = setup();
    link(ws, form, ss.getId());
    ws.forms.submitAsRespondent(form.getId(), { ФИО: 'Иванова', Темы: ['Методика', 'Документы'], Оценка: 5 });
    const row = ws.rt.internal(
      () => ss.getSheetByName('Ответы на форму (1)')?.getRange(2, 1, 1, 4).getValues()[0],
    );
    expect(row).toEqual([new Date(ws.rt.now), 'Иванова', 'Методика, Документы', 5]);
  });

  it("counts none of the platform's own work as script calls", () => {
    const { ws, ss, form } = setup();
    link(ws, form, ss.getId());
    const formId = form.getId();
    ws.rt.counter.reset();
    ws.forms.submitAsRespondent(formId, { ФИО: 'Иванова' });
    expect(ws.rt.counter.methods()).toEqual({});
  });

  it('copies responses the form already had when it is linked', () => {
    const { ws, ss, form, name } = setup();
    form.createResponse().withItemResponse(name.createResponse('Петров')).submit();
    link(ws, form, ss.getId());
    expect(ws.spreadsheet.displayValues('Ответы на форму (1)', ss.getId())[1][1]).toBe('Петров');
  });

  it('keeps text that looks like a formula as text', () => {
    const { ws, ss, form } = setup();
    link(ws, form, ss.getId());
    ws.forms.submitAsRespondent(form.getId(), { ФИО: '=IMPORTXML("x")' });
    const cell = ws.rt.internal(() => ss.getSheetByName('Ответы на форму (1)')?.getRange(2, 2).getValue());
    expect(cell).toBe('=IMPORTXML("x")');
  });

  it('adds a column at the end for a question added after linking', () => {
    const { ws, ss, form } = setup();
    link(ws, form, ss.getId());
    form.addParagraphTextItem().setTitle('Отзыв');
    ws.forms.submitAsRespondent(form.getId(), { Отзыв: 'Полезно' });
    expect(ws.spreadsheet.displayValues('Ответы на форму (1)', ss.getId())[0][4]).toBe('Отзыв');
    expect(ws.spreadsheet.displayValues('Ответы на форму (1)', ss.getId())[1][4]).toBe('Полезно');
  });

  it('stops writing rows after removeDestination, and the sheet keeps its rows', () => {
    const { ws, ss, form } = setup();
    link(ws, form, ss.getId());
    ws.forms.submitAsRespondent(form.getId(), { ФИО: 'Иванова' });
    form.removeDestination();
    ws.forms.submitAsRespondent(form.getId(), { ФИО: 'Петров' });
    expect(ws.spreadsheet.displayValues('Ответы на форму (1)', ss.getId()).map((r) => r[1])).toEqual([
      'ФИО',
      'Иванова',
    ]);
  });

  it('refuses a respondent who skips a required question', () => {
    const { ws, form, name } = setup();
    name.setRequired(true);
    expect(() => ws.forms.submitAsRespondent(form.getId(), { Оценка: 3 })).toThrow(
      'emulator: required question "ФИО" is not answered',
    );
  });
});
