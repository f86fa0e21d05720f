/**
 * google.script.run endpoints of «Создать анкету…» (sidebar/questionnaires/questionnaire) and the handler of the
 * one spreadsheet form-submit trigger, which dispatches every form's answers.
 */
import * as analysis from '../../app/questionnaires/analysis';
import * as choices from '../../app/questionnaires/questionnaire-choices';
import * as creating from '../../app/questionnaires/create-questionnaire';
import * as candidates from '../../app/questionnaires/candidates';
import * as ingesting from '../../app/questionnaires/ingest-answers';
import * as mailing from '../../app/questionnaires/mailing';
import { operationIdOf } from '../../app/operations/run-operation';
import { isUserError } from '../../domain/user-error';
import { services, settledServices } from '../services';
import { questionnaireServices } from './platform-ports';

/** The kinds with whom each would ask, the period, the questionnaires made. */
export function loadQuestionnaireSidebar(): choices.QuestionnaireChoices {
  return choices.questionnaireChoices(settledServices());
}

/** «Создать»: the form, its row in «Анкеты», the personal links, the trigger. */
export function createQuestionnaire(request: unknown, operationId?: unknown): creating.MadeQuestionnaire {
  return creating.createQuestionnaire(
    services(),
    questionnaireServices(),
    request,
    operationIdOf(operationId),
  );
}

/** «Обновить результаты»: every response of one questionnaire (or of all) read again; missing rows appended. */
export function refreshQuestionnaireResults(questionnaireId?: unknown): ingesting.IngestSummary[] {
  return ingesting.refreshResults(services(), questionnaireServices(), questionnaireId);
}

/** «Рассылка»: each person's personal link, with the address and whether it was sent. */
export function loadQuestionnaireLinks(questionnaireId: unknown): mailing.QuestionnaireLinks {
  return mailing.questionnaireLinks(settledServices(), questionnaireServices(), questionnaireId);
}

/** Starts sending the links by e-mail `{ questionnaireId, ids? }`. */
export function startQuestionnaireMailing(input: unknown): mailing.MailingProgress {
  return mailing.startMailing(services(), questionnaireServices(), input);
}

/** Sends the next letters; the sidebar calls it again until the job is finished or the day's quota is spent. */
export function continueQuestionnaireMailing(jobId: unknown): mailing.MailingProgress {
  return mailing.continueMailing(services(), questionnaireServices(), jobId);
}

/** Entry against exit per person and indicator, the quality of each pair, the pairs that need attention. */
export function loadQuestionnaireAnalysis(): analysis.QuestionnaireAnalysis {
  return analysis.questionnaireAnalysis(settledServices());
}

/** The answers of the intake questionnaires waiting for the curator's decision. */
export function loadCandidates(): candidates.CandidateList {
  return candidates.listCandidates(settledServices());
}

/** «Принять в банк» or «Отклонить» `{ questionnaireId, responseId, decision: 'accept' | 'reject' }`. */
export function decideCandidate(input: unknown, operationId?: unknown): candidates.CandidateDecision {
  return candidates.decideCandidate(services(), input, operationIdOf(operationId));
}

/**
 * The spreadsheet's form-submit trigger. The event is only a hint of which form was answered (its `range` is on
 * the form's linked sheet): its answers are never used, since the event may be blank, doubled or missing.
 */
export function onQuestionnaireSubmit(e?: { range?: GoogleAppsScript.Spreadsheet.Range }): void {
  let formUrl: string | null = null;
  try {
    formUrl = e?.range?.getSheet().getFormUrl() ?? null;
  } catch {
    formUrl = null; // a sheet no longer linked: every open questionnaire is reconciled instead
  }
  try {
    ingesting.ingestSubmitted(services(), questionnaireServices(), formUrl);
  } catch (error) {
    // Busy (another execution holds the lock): the next answer's run or «Обновить результаты» takes this one.
    if (!isUserError(error)) throw error;
    console.warn(`Анкеты: ответ будет записан при следующем запуске — ${error.message}`);
  }
}
