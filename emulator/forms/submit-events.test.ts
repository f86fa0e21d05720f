import { Workspace } from '../workspace';

interface SheetEvent {
  authMode: string;
  triggerUid: string;
  namedValues: Record<string, string[]>;
  values: string[];
  range: GoogleAppsScript.Spreadsheet.Range;
}

function setup() {
  const ws = new Workspace();
  const events: SheetEvent[] = [];
  ws.loadScript({ onSubmit: (e: SheetEvent) => events.push(e) });
  const ss = ws.spreadsheet.active;
  const app = ws.globals().FormApp as GoogleAppsScript.Forms.FormApp;
  const ScriptApp = ws.globals().ScriptApp as GoogleAppsScript.Script.ScriptApp;
  const form = app.create('Анкета');
  form.addTextItem().setTitle('ФИО');
  form.addCheckboxItem().setTitle('Темы').setChoiceValues(['Методика', 'Документы']);
  form.setDestination(app.DestinationType.SPREADSHEET, ss.getId());
  const trigger = ws.run(() => ScriptApp.newTrigger('onSubmit').forSpreadsheet(ss).onFormSubmit().create(), {
    kind: 'menu',
  });
  return { ws, ss, app, form, events, triggerUid: trigger.getUniqueId(), ScriptApp };
}

const answers = { ФИО: 'Иванова', Темы: ['Методика', 'Документы'] };

describe('form-submit events (§5.3, §2.4)', () => {
  it("fires the spreadsheet's trigger with namedValues, values, range and triggerUid", () => {
    const { ws, form, events, triggerUid } = setup();
    ws.forms.submitAsRespondent(form.getId(), answers);
    expect(events).toHaveLength(1);
    const e = events[0];
    const timestamp = e.values[0];
    expect(e.values).toEqual([timestamp, 'Иванова', 'Методика, Документы']);
    expect(e.namedValues).toEqual({
      'Отметка времени': [timestamp],
      ФИО: ['Иванова'],
      Темы: ['Методика, Документы'],
    });
    expect([e.authMode, e.triggerUid]).toEqual(['FULL', triggerUid]);
    expect([e.range.getSheet().getName(), e.range.getA1Notation()]).toEqual(['Ответы на форму (1)', 'A2:C2']);
  });

  it('shows the timestamp as the sheet displays it', () => {
    const { ws, ss, form, events } = setup();
    ws.forms.submitAsRespondent(form.getId(), answers);
    expect(events[0].values[0]).toBe(ws.spreadsheet.displayValues('Ответы на форму (1)', ss.getId())[1][0]);
  });

  it('does not fire onFormSubmit for a response a script submits', () => {
    const { ws, form, events } = setup();
    form.createResponse().submit();
    expect(ws.spreadsheet.displayValues('Ответы на форму (1)', ws.spreadsheet.active.getId())).toHaveLength(
      2,
    );
    expect(events).toEqual([]);
  });

  it('can deliver the same event twice', () => {
    const { ws, form, events } = setup();
    ws.forms.submitAsRespondent(form.getId(), answers, { duplicate: true });
    expect(events).toHaveLength(2);
    expect(events[1].values).toEqual(events[0].values);
  });

  it("gives each delivery its own event, so one handler's changes do not leak", () => {
    const { ws, form, events } = setup();
    ws.loadScript({
      onSubmit: (e: SheetEvent) => {
        events.push(
          JSON.parse(JSON.stringify({ values: e.values, namedValues: e.namedValues })) as SheetEvent,
        );
        e.values[1] = 'изменено';
        e.namedValues.ФИО[0] = 'изменено';
      },
    });
    ws.forms.submitAsRespondent(form.getId(), answers, { duplicate: true });
    expect(events.map((e) => [e.values[1], e.namedValues.ФИО[0]])).toEqual([
      ['Иванова', 'Иванова'],
      ['Иванова', 'Иванова'],
    ]);
  });

  it('can follow the event with a blank copy: later timestamp, empty answers, no new row', () => {
    const { ws, ss, form, events } = setup();
    ws.forms.submitAsRespondent(form.getId(), answers, { blankDuplicate: true });
    expect(events).toHaveLength(2);
    const blank = events[1];
    expect(blank.values.slice(1)).toEqual(['', '']);
    expect(blank.values[0]).not.toBe(events[0].values[0]);
    expect(blank.namedValues.ФИО).toEqual(['']);
    expect(ws.spreadsheet.displayValues('Ответы на форму (1)', ss.getId())).toHaveLength(2);
  });

  it("keys a blank event by the sheet's own columns", () => {
    const { ws, ss, events } = setup();
    ws.rt.internal(() =>
      ss.getSheetByName('Ответы на форму (1)')?.getRange(1, 4).setValue('Комментарий куратора'),
    );
    ws.forms.fireBlankSubmit(ss.getId());
    expect(Object.keys(events[0].namedValues)).toEqual([
      'Отметка времени',
      'ФИО',
      'Темы',
      'Комментарий куратора',
    ]);
  });

  it('fires a blank event on demand with fireBlankSubmit', () => {
    const { ws, ss, events } = setup();
    ws.forms.fireBlankSubmit(ss.getId());
    expect(events.map((e) => e.values.slice(1))).toEqual([['', '']]);
  });

  it("fires a form's own trigger with the FormResponse and the Form", () => {
    const { ws, form, ScriptApp } = setup();
    ws.platform.isAddon = false;
    const seen: string[] = [];
    ws.loadScript({
      onForm: (e: { response: GoogleAppsScript.Forms.FormResponse; source: GoogleAppsScript.Forms.Form }) =>
        seen.push(`${e.source.getId()}:${String(e.response.getItemResponses()[0].getResponse())}`),
    });
    ws.run(() => ScriptApp.newTrigger('onForm').forForm(form).onFormSubmit().create(), { kind: 'menu' });
    ws.forms.submitAsRespondent(form.getId(), answers);
    expect(seen).toEqual([`${form.getId()}:Иванова`]);
  });
});
