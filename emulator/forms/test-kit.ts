import { Workspace } from '../workspace';

/** A questionnaire with one item of each answer kind the response tests need. */
export function questionnaire() {
  const ws = new Workspace();
  const form = (ws.globals().FormApp as GoogleAppsScript.Forms.FormApp).create('Анкета');
  const name = form.addTextItem().setTitle('ФИО');
  const format = form.addMultipleChoiceItem().setTitle('Формат').setChoiceValues(['Очно', 'Онлайн']);
  const score = form.addScaleItem().setTitle('Оценка');
  const topics = form.addCheckboxItem().setTitle('Темы').setChoiceValues(['Методика', 'Документы']);
  const grid = form
    .addGridItem()
    .setTitle('Встречи')
    .setRows(['Сентябрь', 'Октябрь'])
    .setColumns(['Да', 'Нет']);
  return { ws, form, name, format, score, topics, grid };
}
