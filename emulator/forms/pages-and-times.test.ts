import { Workspace } from '../workspace';

function newForm(ws = new Workspace()) {
  const FormApp = ws.globals().FormApp as GoogleAppsScript.Forms.FormApp;
  return { ws, FormApp, form: FormApp.create('Анкета наставника') };
}

/**
 * docs/apps-script-platform.md §5.4, after the reference pages .../forms/page-break-item,
 * .../forms/page-navigation-type, .../forms/date-time-item, .../forms/time-item, .../forms/duration-item and
 * .../forms/form-response#getItemResponses().
 */
describe('page breaks (§5.4)', () => {
  it('adds a page break with a title and help text; it is layout, not a question', () => {
    const { form } = newForm();
    form.addTextItem().setTitle('ФИО');
    const page = form.addPageBreakItem().setTitle('Часть 2. Методика').setHelpText('Ответьте на вопросы');
    expect([page.getTitle(), page.getHelpText(), page.getIndex()]).toEqual([
      'Часть 2. Методика',
      'Ответьте на вопросы',
      1,
    ]);
    expect(form.getItems(FormApp().ItemType.PAGE_BREAK).map((i) => i.getTitle())).toEqual([
      'Часть 2. Методика',
    ]);
    expect(String(page)).toBe('PageBreakItem');
  });

  it('navigates to CONTINUE by default; setGoToPage(page) makes it GO_TO_PAGE', () => {
    const { form, FormApp } = newForm();
    const second = form.addPageBreakItem().setTitle('Вторая');
    const third = form.addPageBreakItem().setTitle('Третья');
    expect(second.getPageNavigationType()).toBe(FormApp.PageNavigationType.CONTINUE);
    expect(second.getGoToPage()).toBeNull();
    second.setGoToPage(third);
    expect(second.getPageNavigationType()).toBe(FormApp.PageNavigationType.GO_TO_PAGE);
    expect(second.getGoToPage().getTitle()).toBe('Третья');
    expect(form.getItems()[0].asPageBreakItem().getGoToPage().getId()).toBe(third.getId());
  });

  it('setGoToPage(PageNavigationType) jumps to submit or restart; a deleted target reads back null', () => {
    const { form, FormApp } = newForm();
    const page = form.addPageBreakItem();
    const target = form.addPageBreakItem();
    page.setGoToPage(FormApp.PageNavigationType.SUBMIT);
    expect([page.getPageNavigationType(), page.getGoToPage()]).toEqual(['SUBMIT', null]);
    page.setGoToPage(target);
    form.deleteItem(target.getIndex());
    expect(page.getGoToPage()).toBeNull();
  });

  it('refuses something that is neither a page break of the form nor a navigation type', () => {
    const { form } = newForm();
    const page = form.addPageBreakItem();
    const text = form.addTextItem();
    expect(() => page.setGoToPage(text as unknown as GoogleAppsScript.Forms.PageBreakItem)).toThrow(
      "The parameters (FormApp.TextItem) don't match the method signature for FormApp.PageBreakItem.setGoToPage.",
    );
  });

  it('gets no column in the destination sheet and no item response', () => {
    const { ws, form } = newForm();
    const name = form.addTextItem().setTitle('ФИО');
    form.addPageBreakItem().setTitle('Дальше');
    const ss = ws.spreadsheet.create('Ответы');
    form.setDestination(FormApp().DestinationType.SPREADSHEET, ss.getId());
    form.createResponse().withItemResponse(name.createResponse('Иванова')).submit();
    const sheet = ss.getSheets().find((s) => s.getFormUrl());
    expect(sheet?.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].slice(1)).toEqual(['ФИО']);
    expect(
      form
        .getResponses()[0]
        .getItemResponses()
        .map((r) => r.getItem().getTitle()),
    ).toEqual(['ФИО']);
  });
});

describe('date-time, time and duration items (§5.4)', () => {
  it('DateTimeItem: YYYY-MM-DD HH:MM in the script time zone, seconds ignored; MM-DD HH:MM without a year', () => {
    const { form } = newForm();
    const item = form.addDateTimeItem().setTitle('Встреча');
    expect(item.includesYear()).toBe(true);
    const at = new Date('2025-09-15T11:30:59Z');
    expect(item.createResponse(at).getResponse()).toBe('2025-09-15 14:30');
    item.setIncludesYear(false);
    expect(item.createResponse(at).getResponse()).toBe('09-15 14:30');
    expect(() => item.createResponse('завтра' as unknown as Date)).toThrow('Invalid response submitted');
  });

  it('TimeItem: HH:MM, out-of-range values run on like a clock ([DOC] examples)', () => {
    const { form } = newForm();
    const item = form.addTimeItem().setTitle('Начало');
    expect(item.createResponse(9, 5).getResponse()).toBe('09:05');
    expect(item.createResponse(10, 90).getResponse()).toBe('11:30');
    expect(item.createResponse(-1, 60).getResponse()).toBe('00:00');
  });

  it('DurationItem: HH:MM:SS, clamped to 72:59:59 ([DOC] example 24, 60, 90 is 24:59:59)', () => {
    const { form } = newForm();
    const item = form.addDurationItem().setTitle('Длительность');
    expect(item.createResponse(1, 30, 0).getResponse()).toBe('01:30:00');
    expect(item.createResponse(24, 60, 90).getResponse()).toBe('24:59:59');
    expect(item.createResponse(100, -5, 5).getResponse()).toBe('72:00:05');
  });

  it('casts and types: Item.asTimeItem and friends, ItemType names', () => {
    const { form, FormApp } = newForm();
    form.addDateTimeItem();
    form.addTimeItem();
    form.addDurationItem();
    const [a, b, c] = form.getItems();
    expect([a.getType(), b.getType(), c.getType()]).toEqual([
      FormApp.ItemType.DATETIME,
      FormApp.ItemType.TIME,
      FormApp.ItemType.DURATION,
    ]);
    expect(b.asTimeItem().createResponse(8, 0).getResponse()).toBe('08:00');
    expect(() => a.asTimeItem()).toThrow('Item of type DATETIME cannot be cast to TimeItem.');
  });

  it('unanswered: a TimeItem shows "" in getItemResponses, date-time and duration items are left out ([DOC])', () => {
    const { form } = newForm();
    const name = form.addTextItem().setTitle('ФИО');
    form.addTimeItem().setTitle('Время');
    form.addDateTimeItem().setTitle('Когда');
    form.addDurationItem().setTitle('Сколько');
    form.createResponse().withItemResponse(name.createResponse('Иванова')).submit();
    const answers = form.getResponses()[0].getItemResponses();
    expect(answers.map((r) => [r.getItem().getTitle(), r.getResponse()])).toEqual([
      ['ФИО', 'Иванова'],
      ['Время', ''],
    ]);
  });

  it('a respondent types them in the answer formats; they reach the destination sheet', () => {
    const { ws, form } = newForm();
    form.addTimeItem().setTitle('Время');
    form.addDurationItem().setTitle('Сколько');
    form.addDateTimeItem().setTitle('Когда');
    const ss = ws.spreadsheet.create('Ответы');
    form.setDestination(FormApp().DestinationType.SPREADSHEET, ss.getId());
    ws.forms.submitAsRespondent(form.getId(), {
      Время: '14:30',
      Сколько: '01:15:00',
      Когда: '2025-09-15 14:30',
    });
    const response = form
      .getResponses()[0]
      .getItemResponses()
      .map((r) => r.getResponse());
    expect(response).toEqual(['14:30', '01:15:00', '2025-09-15 14:30']);
    expect(() => ws.forms.submitAsRespondent(form.getId(), { Время: '2 часа' })).toThrow('Invalid response');
  });

  it('the new methods are counted and die at the 6-minute limit like the others', () => {
    const { ws, form } = newForm();
    const page = form.addPageBreakItem();
    ws.rt.counter.reset();
    form.addTimeItem().createResponse(9, 0);
    page.setGoToPage(page);
    expect(ws.rt.counter.methods()).toEqual({
      'Form.addTimeItem': 1,
      'PageBreakItem.setGoToPage': 1,
      'TimeItem.createResponse': 1,
    });
    ws.run(
      () => {
        ws.rt.killAt({ method: 'Form.addDurationItem' });
        expect(() => form.addDurationItem()).toThrow('Exceeded maximum execution time');
      },
      { kind: 'menu' },
    );
  });

  it('new items and navigation survive snapshot and restore', () => {
    const { ws, form } = newForm();
    const first = form.addPageBreakItem().setTitle('Первая');
    const second = form.addPageBreakItem().setTitle('Вторая');
    first.setGoToPage(second);
    form.addDateTimeItem().setTitle('Когда').setIncludesYear(false);
    const restored = Workspace.restore(ws.snapshot());
    const again = (restored.globals().FormApp as GoogleAppsScript.Forms.FormApp).openById(form.getId());
    const items = again.getItems();
    expect(items[0].asPageBreakItem().getGoToPage().getTitle()).toBe('Вторая');
    expect(items[2].asDateTimeItem().includesYear()).toBe(false);
    expect(restored.forms.snapshot()).toEqual(ws.forms.snapshot());
  });
});

/** The FormApp global of a throwaway Workspace, for its enums. */
function FormApp(): GoogleAppsScript.Forms.FormApp {
  return new Workspace().globals().FormApp as GoogleAppsScript.Forms.FormApp;
}
