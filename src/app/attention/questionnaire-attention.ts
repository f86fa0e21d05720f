/**
 * The questionnaires' part of «Что требует внимания»: personal links not answered yet, and pairs whose answers need
 * the curator (domain/questionnaires/pair-quality.ts). Questionnaires are a feature of their own, so the list
 * takes them through this small port: while there is no sheet «Анкеты» (or no questionnaire on it) it answers
 * nothing, and the sidebar says «нет данных» with why, instead of a count of nothing.
 */
import { formatRuDate, type IsoDate } from '../../domain/registry/dates';
import { QuestionnaireSchema, QuestionnaireTokenSchema } from '../../domain/registry/entities/questionnaire';
import { QUESTIONNAIRES_TABLE, QUESTIONNAIRE_TOKENS_TABLE } from '../../domain/registry/tables';
import { isUserError } from '../../domain/user-error';
import { loadEntities } from '../registry/entity-table';
import type { Services } from '../services';
import { category, clip, type AttentionCategory, type AttentionItem } from './attention-items';

/** What the questionnaires have that needs the curator; a part left out was not measured («нет данных»). */
export interface QuestionnaireFindings {
  readonly unanswered?: readonly AttentionItem[];
  readonly needAttention?: readonly AttentionItem[];
}

/** The rows of the questionnaires that need attention, or undefined while no questionnaire has been made. */
export interface QuestionnaireAttention {
  find(s: Services, today: IsoDate, nameOf: (personId: string) => string): QuestionnaireFindings | undefined;
}

const NOT_MADE = 'Нет данных: анкеты в этой таблице ещё не создавались (лист «Анкеты» пуст или его нет).';
const NO_CODES = 'Нет данных: нет листа «Коды анкет». Выполните «Наставничество › Настроить таблицу».';
const NOT_RATED =
  'Нет данных: оценка пар по ответам анкет удовлетворённости в этот список пока не входит — ' +
  'смотрите листы результатов анкет.';

/**
 * The personal links of open questionnaires («Анкеты», status «открыта») not answered yet («Коды анкет», state
 * «выдан»), each with whom it names and whether it was sent. Pairs' answers are not rated here (NOT_RATED).
 */
export const SHEET_QUESTIONNAIRES: QuestionnaireAttention = {
  find(s, _today, nameOf) {
    let questionnaires;
    try {
      questionnaires = loadEntities(s, QUESTIONNAIRES_TABLE, QuestionnaireSchema).entities;
    } catch (error) {
      if (isUserError(error)) return undefined; // no sheet «Анкеты»: a workbook set up before questionnaires
      throw error;
    }
    if (questionnaires.length === 0) return undefined;
    const open = new Map(questionnaires.filter((q) => q.status === 'открыта').map((q) => [q.id, q]));
    let tokens;
    try {
      tokens = loadEntities(s, QUESTIONNAIRE_TOKENS_TABLE, QuestionnaireTokenSchema).entities;
    } catch (error) {
      if (isUserError(error)) return {}; // «Коды анкет» deleted: the links cannot be counted (NO_CODES)
      throw error;
    }
    const unanswered = tokens
      .filter((t) => t.state === 'выдан' && open.has(t.questionnaireId))
      .map((t) => {
        const who = t.personId ? nameOf(t.personId) : 'без имени';
        // «Ссылка отправлена» is a moment in the spreadsheet's zone, 'YYYY-MM-DDTHH:mm': its day is the first part.
        const sent = t.sentAt
          ? `ссылка отправлена ${formatRuDate(t.sentAt.slice(0, 10))}`
          : 'ссылка не отправлена';
        const title = clip(open.get(t.questionnaireId)?.title ?? t.questionnaireId);
        return {
          table: 'questionnaire-tokens',
          id: t.id,
          text: `${t.id} · ${who}${t.role ? ` (${t.role})` : ''}: «${title}», ${sent}`,
        };
      });
    return { unanswered };
  },
};

/** The two questionnaire categories: counted rows, or «нет данных» with why. */
export function questionnaireCategories(
  source: QuestionnaireAttention,
  s: Services,
  today: IsoDate,
  nameOf: (personId: string) => string,
): AttentionCategory[] {
  const found = source.find(s, today, nameOf);
  const part = (
    key: 'unanswered' | 'answers-attention',
    title: string,
    items: readonly AttentionItem[] | undefined,
  ) =>
    items
      ? category(key, title, items, noteOf(key, items.length))
      : category(key, title, [], !found ? NOT_MADE : key === 'unanswered' ? NO_CODES : NOT_RATED, true);
  return [
    part('unanswered', 'Анкеты без ответа', found?.unanswered),
    part('answers-attention', 'Пары и группы, ответы которых требуют внимания', found?.needAttention),
  ];
}

function noteOf(key: 'unanswered' | 'answers-attention', count: number): string | undefined {
  if (count === 0) return undefined;
  return key === 'unanswered'
    ? 'Личные ссылки открытых анкет, по которым ещё не ответили: напомните или отправьте ссылку из «Создать анкету…».'
    : 'Низкая оценка, нежелание продолжать или нет ответа участника.';
}
