/**
 * A form built from the bank: the kind's title and purpose, a note on personal data (152-ФЗ), the questions with
 * the curator's own after them, and on personal forms the token item last, which the personal link fills in.
 */
import type { Problem } from '../registry/problems';
import { QUESTIONNAIRES } from './kinds';
import { TOKEN_KEY, TOKEN_TITLE, type FormSpec, type Question, type QuestionnaireKind } from './model';
import { withOwnQuestions, type OwnQuestion } from './own-questions';

/** What a form says besides its questions. */
export interface FormOptions {
  /** The organisation's short name, named as the operator of the personal data. */
  readonly organisation?: string;
  /** The period the form is for, e.g. «2025/2026 учебный год»: added to the title. */
  readonly period?: string;
  readonly own?: readonly OwnQuestion[];
  /** The sheet own questions come from, for problems. */
  readonly ownSheet?: string;
}

/** The item a personal link fills: a short text the respondent need not touch, checked on the server. */
export const TOKEN_ITEM: Question = {
  key: TOKEN_KEY,
  title: TOKEN_TITLE,
  help:
    'Заполняется автоматически по Вашей личной ссылке. По этому коду ответ попадёт в реестр без ФИО, ' +
    'поэтому, пожалуйста, не меняйте его.',
  type: 'text',
  required: false,
};

/** The form of `kind`, and the own questions left out with why. */
export function buildFormSpec(
  kind: QuestionnaireKind,
  options: FormOptions = {},
): { spec: FormSpec; problems: Problem[] } {
  const definition = QUESTIONNAIRES[kind];
  const personal = definition.respondents === 'personal';
  const { questions, problems } = withOwnQuestions(
    kind,
    definition.questions,
    options.own ?? [],
    options.ownSheet,
  );
  const spec: FormSpec = {
    kind,
    title: options.period ? `${definition.title} — ${options.period}` : definition.title,
    description: [definition.purpose, dataNote(personal, options.organisation)].join('\n\n'),
    confirmation: 'Спасибо! Ваш ответ записан.',
    items: personal ? [...questions, TOKEN_ITEM] : questions,
    indices: definition.indices,
    respondents: definition.respondents,
  };
  return { spec, problems };
}

/** What happens to the answers: consent, the law, who keeps them, and (personal forms) the code instead of a name. */
function dataNote(personal: boolean, organisation: string | undefined): string {
  const law = 'Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»';
  const operator = organisation?.trim() ? ` Оператор персональных данных — ${organisation.trim()}.` : '';
  if (!personal) {
    return (
      `Ответы обрабатываются только с Вашего согласия (последний вопрос анкеты; ${law}) и только для ` +
      `организации наставничества.${operator}`
    );
  }
  return (
    `Ответы обрабатываются с Вашего согласия на обработку персональных данных (${law}) и только для ` +
    `мониторинга программы наставничества.${operator} В реестре ответ хранится не под Вашим ФИО, а по коду ` +
    `анкеты из Вашей личной ссылки: поле «${TOKEN_TITLE}» в конце анкеты уже заполнено.`
  );
}
