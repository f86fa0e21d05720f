import { QUESTIONNAIRE_KINDS, RESPONDENT_ROLES, type QuestionnaireKind } from '../../questionnaires/model';
import type { TableSpec } from '../table-spec';
import { idColumn } from './person-columns';

/** How «Анкеты» and «Свои вопросы» name each kind (the dropdowns): short, in the curator's words. */
export const QUESTIONNAIRE_KIND_LABELS: { readonly [K in QuestionnaireKind]: string } = {
  'mentor-intake': 'кандидат в наставники',
  'mentee-intake': 'кандидат в наставляемые',
  'impact-entry': 'мониторинг влияния: входная',
  'mentee-satisfaction': 'удовлетворённость наставляемого',
  'mentor-satisfaction': 'удовлетворённость наставника',
  curator: 'анкета куратора',
  'impact-exit': 'мониторинг влияния: итоговая',
};

/** The labels in the bank's order, for dropdowns. */
export const QUESTIONNAIRE_KIND_OPTIONS: readonly string[] = QUESTIONNAIRE_KINDS.map(
  (k) => QUESTIONNAIRE_KIND_LABELS[k],
);

/** Whether a questionnaire still takes answers. */
export const QUESTIONNAIRE_STATUSES = ['открыта', 'закрыта'] as const;

/**
 * «Анкеты»: one row per Google Form the add-on made — its kind, title and period, where the curator edits it,
 * the link respondents open, how many personal links were issued and how many answers came. The answers
 * themselves are on the form's own result sheet («Результаты АН-0001»).
 */
export const QUESTIONNAIRES_TABLE: TableSpec = {
  key: 'questionnaires',
  sheetName: 'Анкеты',
  idPrefix: 'АН',
  columns: [
    idColumn('АН-0001'),
    {
      key: 'kind',
      header: 'Вид анкеты',
      type: 'list',
      options: QUESTIONNAIRE_KIND_OPTIONS,
      required: true,
      width: 220,
    },
    { key: 'title', header: 'Название', type: 'long-text', required: true, width: 320 },
    { key: 'period', header: 'Период', type: 'text', width: 140, note: 'Например: 2025/2026 учебный год' },
    {
      key: 'formUrl',
      header: 'Форма (редактирование)',
      type: 'text',
      width: 180,
      note: 'Ссылка, по которой куратор открывает форму в Google Формах. Не изменяйте',
    },
    {
      key: 'publishedUrl',
      header: 'Ссылка для ответов',
      type: 'text',
      width: 180,
      note:
        'Общая ссылка на форму. Для анкет кандидатов её можно раздавать всем; остальные анкеты рассылаются ' +
        'личными ссылками («Создать анкету…» › «Рассылка»), иначе ответ не связать с человеком',
    },
    { key: 'created', header: 'Создана', type: 'date', width: 100 },
    {
      key: 'links',
      header: 'Личных ссылок',
      type: 'integer',
      width: 90,
      note: 'Сколько личных ссылок выдано (только людям с согласием на обработку ПДн)',
    },
    {
      key: 'answers',
      header: 'Ответов',
      type: 'integer',
      width: 80,
      note: 'Сколько ответов записано на лист результатов (обновляется с каждым ответом и кнопкой «Обновить результаты»)',
    },
    { key: 'resultSheet', header: 'Лист результатов', type: 'text', width: 160 },
    {
      key: 'status',
      header: 'Статус',
      type: 'list',
      options: QUESTIONNAIRE_STATUSES,
      required: true,
      width: 90,
    },
  ],
};

/** Where a personal link stands: given out, answered through, or dropped (consent withdrawn). */
export const TOKEN_STATES = ['выдан', 'использован', 'отозван'] as const;

/**
 * «Коды анкет»: the registry of personal links. A code is a random word in the link's last question; only this
 * sheet says whose it is, so an answer lands under an ID without anyone typing a name. The add-on alone writes
 * here: a code changed by hand attaches nobody (the answer is flagged «код анкеты не найден»).
 */
export const QUESTIONNAIRE_TOKENS_TABLE: TableSpec = {
  key: 'questionnaire-tokens',
  sheetName: 'Коды анкет',
  idPrefix: 'КА',
  columns: [
    idColumn('КА-0001'),
    {
      key: 'questionnaireId',
      header: 'Анкета (ID)',
      type: 'ref',
      refTable: 'questionnaires',
      required: true,
      width: 90,
    },
    {
      key: 'token',
      header: 'Код',
      type: 'text',
      plainText: true,
      width: 230,
      note:
        'Служебный лист, не изменяйте: код из личной ссылки. По нему ответ записывается под ID человека. ' +
        'Изменённый или удалённый код ни к кому не привяжет ответ',
    },
    { key: 'personId', header: 'ID человека', type: 'text', plainText: true, width: 100 },
    { key: 'role', header: 'Роль', type: 'list', options: RESPONDENT_ROLES, width: 110 },
    { key: 'pairId', header: 'Пара/группа (ID)', type: 'text', plainText: true, width: 110 },
    { key: 'state', header: 'Состояние', type: 'list', options: TOKEN_STATES, required: true, width: 110 },
    {
      key: 'usedBy',
      header: 'Ответ (ID в форме)',
      type: 'text',
      plainText: true,
      width: 160,
      note: 'Какой ответ формы использовал код: второй ответ по той же ссылке не засчитывается',
    },
    { key: 'usedAt', header: 'Когда ответил', type: 'datetime', width: 130 },
    {
      key: 'sentAt',
      header: 'Ссылка отправлена',
      type: 'datetime',
      width: 130,
      note: 'Когда рассылка отправила ссылку письмом; повторная рассылка этому человеку не пишет',
    },
  ],
};
