/** google.script.run endpoints of «Подобрать пары для всех» (sidebar/matching/cohort). */
import * as accept from '../../app/matching/accept-proposals';
import * as cohort from '../../app/matching/propose-cohort';
import { operationIdOf } from '../../app/operations/run-operation';
import { services, settledServices } from '../services';

/** The best pairs and groups for every mentee waiting for a mentor, and who is left without one and why. */
export function proposeCohort(): cohort.CohortProposalData {
  return cohort.proposeCohort(settledServices());
}

/** Creates the ticked proposals `[{ mentorId, menteeIds }]` as «проект», re-checked against the sheets now. */
export function acceptProposals(proposals: unknown, operationId?: unknown): accept.AcceptResult {
  return accept.acceptProposals(services(), proposals, operationIdOf(operationId));
}
