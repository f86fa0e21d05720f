import { Workspace } from '../workspace';

function newForm(ws = new Workspace()): GoogleAppsScript.Forms.Form {
  return (ws.globals().FormApp as GoogleAppsScript.Forms.FormApp).create('Анкета');
}

describe('form items (§5.1)', () => {
  it('starts a new choice item with one choice whose value is "" (live oddity)', () => {
    const item = newForm().addMultipleChoiceItem();
    expect(item.getChoices().map((c) => c.getValue())).toEqual(['']);
  });

  it('throws on setChoiceValues([])', () => {
    expect(() => newForm().addCheckboxItem().setChoiceValues([])).toThrow(
      'Invalid argument: choices must not be empty',
    );
  });

  it('sets choices from values or from Choice objects', () => {
    const item = newForm().addListItem();
    item.setChoices([item.createChoice('Да'), item.createChoice('Нет')]);
    expect(item.getChoices().map((c) => c.getValue())).toEqual(['Да', 'Нет']);
  });

  it('defaults a scale to 1..5 and truncates decimal bounds', () => {
    const item = newForm().addScaleItem();
    expect([item.getLowerBound(), item.getUpperBound()]).toEqual([1, 5]);
    item.setBounds(0.9, 10.5);
    expect([item.getLowerBound(), item.getUpperBound()]).toEqual([0, 10]);
  });

  it('rejects scale bounds outside 0|1 .. 3..10', () => {
    const item = newForm().addScaleItem();
    expect(() => item.setBounds(2, 5)).toThrow('the lower bound must be 0 or 1 and the upper 3 to 10');
    expect(() => item.setBounds(1, 11)).toThrow('the lower bound must be 0 or 1 and the upper 3 to 10');
    expect(() => item.setBounds(1, 2)).toThrow('the lower bound must be 0 or 1 and the upper 3 to 10');
  });

  it('keeps scale labels', () => {
    const item = newForm().addScaleItem().setLabels('Плохо', 'Отлично');
    expect([item.getLeftLabel(), item.getRightLabel()]).toEqual(['Плохо', 'Отлично']);
  });

  it('throws on GridItem.setRows([])', () => {
    expect(() => newForm().addGridItem().setRows([])).toThrow('Invalid argument: rows must not be empty');
  });

  it('keeps required, help text and title', () => {
    const item = newForm().addParagraphTextItem().setTitle('Отзыв').setHelpText('Коротко').setRequired(true);
    expect([item.getTitle(), item.getHelpText(), item.isRequired()]).toEqual(['Отзыв', 'Коротко', true]);
  });

  it('reports each item type through FormApp.ItemType', () => {
    const ws = new Workspace();
    const form = newForm(ws);
    const types = [
      form.addMultipleChoiceItem(),
      form.addCheckboxItem(),
      form.addListItem(),
      form.addScaleItem(),
      form.addGridItem(),
      form.addCheckboxGridItem(),
      form.addTextItem(),
      form.addParagraphTextItem(),
      form.addSectionHeaderItem(),
      form.addPageBreakItem(),
      form.addDateItem(),
      form.addDateTimeItem(),
      form.addTimeItem(),
      form.addDurationItem(),
    ].map((i) => String(i.getType()));
    const { ItemType } = ws.globals().FormApp as GoogleAppsScript.Forms.FormApp;
    expect(types).toEqual(Object.values(ItemType));
  });

  it('casts a generic item to its own type', () => {
    const form = newForm();
    form.addScaleItem().setTitle('Оценка');
    expect(form.getItems()[0].asScaleItem().getUpperBound()).toBe(5);
  });

  it('throws a clear message when casting to the wrong type', () => {
    const form = newForm();
    form.addTextItem();
    expect(() => form.getItems()[0].asScaleItem()).toThrow('Item of type TEXT cannot be cast to ScaleItem.');
  });

  it('duplicates an item right after itself with a new id', () => {
    const form = newForm();
    const item = form.addMultipleChoiceItem().setTitle('Формат').setChoiceValues(['Очно', 'Онлайн']);
    form.addTextItem().setTitle('После');
    const copy = item.duplicate();
    expect(copy.getId()).not.toBe(item.getId());
    expect(form.getItems().map((i) => i.getTitle())).toEqual(['Формат', 'Формат', 'После']);
    expect(copy.getChoices().map((c) => c.getValue())).toEqual(['Очно', 'Онлайн']);
  });

  it('says what is not implemented instead of returning undefined', () => {
    const item = newForm().addTextItem() as unknown as Record<string, unknown>;
    expect(() => item.setValidation).toThrow('not implemented: TextItem.setValidation');
  });
});
