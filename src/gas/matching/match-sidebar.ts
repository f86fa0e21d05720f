/**
 * google.script.run endpoints of «Подобрать наставника» (sidebar/matching/match): mentors ranked for one
 * mentee with reasons. The pair is created through acceptProposals (cohort-sidebar.ts), as one proposal.
 */
import * as rank from '../../app/matching/rank-mentors';
import { settledServices } from '../services';

/** The mentees (waiting for a mentor first) and the ranking of `menteeId`, or of the first one waiting. */
export function loadMatchSidebar(menteeId?: unknown): rank.MatchSidebarData {
  return rank.loadMatchSidebar(settledServices(), menteeId);
}

/** Every mentor for one mentee, by score with reasons; the unavailable last, with why. */
export function rankMentorsForMentee(menteeId: unknown): rank.MenteeRanking {
  return rank.rankMentorsForMentee(settledServices(), menteeId);
}
