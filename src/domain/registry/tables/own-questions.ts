import { OWN_QUESTION_COLUMNS, OWN_QUESTIONS_SHEET } from '../../questionnaires/own-questions';
import { QUESTION_TYPE_LABELS, QUESTION_TYPES } from '../../questionnaires/model';
import type { TableSpec } from '../table-spec';
import { idColumn } from './person-columns';
import { QUESTIONNAIRE_KIND_OPTIONS } from './questionnaires';

/** How «Тип ответа» names each question type. */
export const QUESTION_TYPE_OPTIONS: readonly string[] = QUESTION_TYPES.map((t) => QUESTION_TYPE_LABELS[t]);

/**
 * «Свои вопросы»: the curator's own questions. Each goes into the next form built of the kinds it names, after
 * the bank's questions; a form already made keeps its questions. The row's ID is the question's key in result
 * sheets, so a reworded question keeps its column.
 */
export const OWN_QUESTIONS_TABLE: TableSpec = {
  key: 'own-questions',
  sheetName: OWN_QUESTIONS_SHEET,
  idPrefix: 'СВ',
  columns: [
    idColumn('СВ-0001'),
    {
      key: 'kinds',
      header: 'В какие анкеты',
      type: 'multi-list',
      options: QUESTIONNAIRE_KIND_OPTIONS,
      required: true,
      width: 220,
      note: 'В анкеты каких видов добавить вопрос (несколько через «; »). Он появится в следующей созданной анкете',
    },
    { key: 'title', header: OWN_QUESTION_COLUMNS.title, type: 'long-text', required: true, width: 320 },
    {
      key: 'help',
      header: 'Пояснение',
      type: 'long-text',
      width: 220,
      note: 'Подсказка под вопросом (необязательно)',
    },
    {
      key: 'type',
      header: 'Тип ответа',
      type: 'list',
      options: QUESTION_TYPE_OPTIONS,
      required: true,
      width: 160,
    },
    { key: 'required', header: 'Обязательный', type: 'boolean', width: 100 },
    {
      key: 'choices',
      header: OWN_QUESTION_COLUMNS.choices,
      type: 'long-text',
      width: 260,
      note: 'Для типов «один вариант» и «несколько вариантов»: варианты через «; », например: да; нет; затрудняюсь ответить',
    },
  ],
};
