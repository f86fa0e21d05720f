/**
 * The curator's own questions (a sheet, read by the use case): each goes into the next form built of the kinds it
 * names, after the bank's questions. A row that cannot become a form item is reported and left out.
 */
import { problemAt, type Problem } from '../registry/problems';
import { TOKEN_TITLE, type Question, type QuestionType, type QuestionnaireKind } from './model';

/** One row of the own-questions sheet. */
export interface OwnQuestion {
  /** The row's ID: the question's key in result sheets, stable when the row is moved or reworded. */
  readonly id: string;
  /** The 1-based sheet row, for messages. */
  readonly row: number;
  readonly kinds: readonly QuestionnaireKind[];
  readonly title: string;
  readonly help?: string;
  readonly type: QuestionType;
  readonly required: boolean;
  /** For `choice` and `multiple`; ignored otherwise. */
  readonly choices: readonly string[];
}

/** Where own questions live and the columns a problem names. */
export const OWN_QUESTIONS_SHEET = 'Свои вопросы';
export const OWN_QUESTION_COLUMNS = { title: 'Вопрос', choices: 'Варианты ответа' } as const;

/**
 * The questions after the own ones that fit `kind` are added, with a problem for each row left out: an empty
 * question, one a form already asks (compared without case, spaces or «ё»), a choice question without choices,
 * a choice given twice.
 */
export function withOwnQuestions(
  kind: QuestionnaireKind,
  questions: readonly Question[],
  own: readonly OwnQuestion[],
  sheet = OWN_QUESTIONS_SHEET,
): { questions: Question[]; problems: Problem[] } {
  const out = [...questions];
  const problems: Problem[] = [];
  const seen = new Map<string, string>(questions.map((q) => [comparable(q.title), 'bank']));
  seen.set(comparable(TOKEN_TITLE), 'bank');
  for (const q of own.filter((o) => o.kinds.includes(kind))) {
    const problem = (column: string, what: string) => problems.push(problemAt(sheet, q.row, column, what));
    const title = q.title.trim();
    if (!title) {
      problem(OWN_QUESTION_COLUMNS.title, 'вопрос не написан: напишите его текст или удалите строку');
      continue;
    }
    const earlier = seen.get(comparable(title));
    if (earlier) {
      const where =
        earlier === 'bank' ? 'в анкете уже есть такой вопрос' : `такой же вопрос в строке ${earlier}`;
      problem(OWN_QUESTION_COLUMNS.title, `${where}: измените формулировку или удалите строку`);
      continue;
    }
    const choices = q.choices.map((c) => c.trim()).filter(Boolean);
    const withChoices = q.type === 'choice' || q.type === 'multiple';
    if (withChoices && choices.length === 0) {
      problem(
        OWN_QUESTION_COLUMNS.choices,
        'у вопроса с выбором ответа нет вариантов: перечислите их через «; »',
      );
      continue;
    }
    const twice = choices.find((c, i) => choices.findIndex((d) => comparable(d) === comparable(c)) !== i);
    if (withChoices && twice) {
      problem(OWN_QUESTION_COLUMNS.choices, `вариант «${twice}» указан дважды: оставьте один`);
      continue;
    }
    seen.set(comparable(title), String(q.row));
    out.push({
      key: q.id,
      title,
      type: q.type,
      required: q.required,
      ...(q.help?.trim() ? { help: q.help.trim() } : {}),
      ...(withChoices ? { choices } : {}),
    });
  }
  return { questions: out, problems };
}

/** How two questions or choices are compared: «Ваш  Стаж?» and «ваш стаж?» are the same question. */
function comparable(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase().replace(/ё/g, 'е');
}
