/**
 * google.script.run endpoints of matching («Подобрать наставника», «Подобрать пары для всех»): each builds the
 * registry's ports, runs one use case and answers JSON-safe data, or throws a UserError the sidebar shows.
 */
import { acceptProposals as accept, type AcceptResult } from '../app/matching-accept';
import { proposeCohort as propose, type CohortProposalData } from '../app/matching-cohort';
import * as rank from '../app/matching-rank';
import { gasRegistry } from './registry-services';

/** The mentees (waiting for a mentor first) and the ranking of `menteeId`, or of the first one waiting. */
export function loadMatchSidebar(menteeId?: unknown): rank.MatchSidebarData {
  return rank.loadMatchSidebar(gasRegistry(), menteeId);
}

/** Every mentor for one mentee, by score with reasons; the unavailable last, with why. */
export function rankMentorsForMentee(menteeId: unknown): rank.MenteeRanking {
  return rank.rankMentorsForMentee(gasRegistry(), menteeId);
}

/** The best pairs and groups for every mentee waiting for a mentor, and who is left without one and why. */
export function proposeCohort(): CohortProposalData {
  return propose(gasRegistry());
}

/** Creates the ticked proposals `[{ mentorId, menteeIds }]` as «проект», re-checked against the sheets now. */
export function acceptProposals(proposals: unknown): AcceptResult {
  return accept(gasRegistry(), proposals);
}
