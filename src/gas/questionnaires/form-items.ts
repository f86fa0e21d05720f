/** One question of a spec as a FormApp item: the type, its choices or 1–10 bounds, required, help text. */
import { SCALE, YES_NO_CHOICES, type Question } from '../../domain/questionnaires/model';

type Form = GoogleAppsScript.Forms.Form;

/** Adds the item of `question` to the end of `form` and returns its ID. */
export function addItem(form: Form, question: Question): number {
  const item = typed(form, question);
  item.setTitle(question.title);
  if (question.help) item.setHelpText(question.help);
  item.setRequired(question.required);
  return item.getId();
}

interface QuestionItem {
  setTitle(title: string): unknown;
  setHelpText(text: string): unknown;
  setRequired(required: boolean): unknown;
  getId(): number;
}

function typed(form: Form, question: Question): QuestionItem {
  switch (question.type) {
    case 'scale':
      return form.addScaleItem().setBounds(SCALE.low, SCALE.high).setLabels(SCALE.lowLabel, SCALE.highLabel);
    case 'yes-no':
      return form.addMultipleChoiceItem().setChoiceValues([...YES_NO_CHOICES]);
    case 'choice':
      return form.addMultipleChoiceItem().setChoiceValues(choicesOf(question));
    case 'multiple':
      return form.addCheckboxItem().setChoiceValues(choicesOf(question));
    case 'text':
      return form.addTextItem();
    case 'paragraph':
      return form.addParagraphTextItem();
    case 'date':
      return form.addDateItem();
  }
}

/** A choice item's values; an empty list would throw in FormApp (§5.1), and the spec never has one. */
function choicesOf(question: Question): string[] {
  const choices = [...(question.choices ?? [])];
  if (choices.length === 0) throw new Error(`Question ${question.key} has no choices`);
  return choices;
}
