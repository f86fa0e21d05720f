/** What «Создать анкету…» shows when it opens: the kinds with whom each would ask, and the questionnaires made. */
import { QUESTIONNAIRES } from '../../domain/questionnaires/kinds';
import { QUESTIONNAIRE_KINDS, type QuestionnaireKind } from '../../domain/questionnaires/model';
import type { Services } from '../services';
import { recipientsFor, type Recipient } from './recipients';
import { kindOfLabel, loadPeople, loadQuestionnaires, loadSettings } from './registry-data';

export interface KindChoice {
  readonly kind: QuestionnaireKind;
  readonly title: string;
  /** Answered through personal links (else a public link, for candidates). */
  readonly personal: boolean;
  readonly hint: string;
  readonly recipients: Recipient[];
}

export interface QuestionnaireSummary {
  readonly id: string;
  readonly kind: QuestionnaireKind | null;
  readonly title: string;
  readonly status: string;
  readonly links: number;
  readonly answers: number;
  readonly resultSheet: string;
  readonly publishedUrl: string;
  readonly formUrl: string;
  readonly personal: boolean;
}

export interface QuestionnaireChoices {
  readonly kinds: KindChoice[];
  /** The academic year from «Настройки», as the period's default. */
  readonly period: string;
  readonly questionnaires: QuestionnaireSummary[];
}

const HINTS: { readonly [K in QuestionnaireKind]: string } = {
  'mentor-intake':
    'Общая ссылка для всех, кто хочет стать наставником. Ответы станут кандидатами: их можно принять в банк ' +
    'наставников или отклонить.',
  'mentee-intake':
    'Общая ссылка для тех, кому нужна поддержка наставника. Ответы станут кандидатами в банк наставляемых.',
  'impact-entry':
    'В начале работы: те же вопросы, что в итоговой анкете, чтобы сравнить «на входе» и «на выходе». ' +
    'Личная ссылка — каждому участнику пар и групп.',
  'mentee-satisfaction':
    'Удовлетворённость программой: личная ссылка каждому наставляемому в паре или группе.',
  'mentor-satisfaction': 'Удовлетворённость программой: личная ссылка наставнику каждой пары или группы.',
  curator: 'Оценка куратором работы каждой пары или группы: по ссылке на каждую пару.',
  'impact-exit': 'В конце работы: те же вопросы, что во входной анкете. Личная ссылка — каждому участнику.',
};

export function questionnaireChoices(s: Services): QuestionnaireChoices {
  const people = loadPeople(s);
  const kinds = QUESTIONNAIRE_KINDS.map((kind) => ({
    kind,
    title: QUESTIONNAIRES[kind].title,
    personal: QUESTIONNAIRES[kind].respondents === 'personal',
    hint: HINTS[kind],
    recipients: recipientsFor(kind, people.mentorships, people.mentors, people.mentees),
  }));
  const questionnaires = loadQuestionnaires(s).entities.map((row) => {
    const kind = kindOfLabel(row.kind) ?? null;
    return {
      id: row.id,
      kind,
      title: row.title,
      status: row.status,
      links: row.links ?? 0,
      answers: row.answers ?? 0,
      resultSheet: row.resultSheet ?? '',
      publishedUrl: row.publishedUrl ?? '',
      formUrl: row.formUrl ?? '',
      personal: kind ? QUESTIONNAIRES[kind].respondents === 'personal' : false,
    };
  });
  return { kinds, period: loadSettings(s).period, questionnaires };
}
