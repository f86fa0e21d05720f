/** The shapes of a cohort assignment: what «Подобрать всех» proposes and why. */
import type { ScoreParts } from './types';

/** What the cohort assignment maximises (see README.md of this folder). */
export type CohortObjective =
  /** Default: as many mentees matched as possible; among those assignments, the highest total score. */
  | 'coverage'
  /** The highest total score; among those, as many matched as possible. May leave someone without a mentor. */
  | 'score';

/** Options of assignCohort. */
export interface CohortOptions {
  /** Pairs scoring below this (0..100) are never proposed. Default 0. */
  readonly minScore?: number;
  readonly objective?: CohortObjective;
  /** Propose a mentor's mentees with common requests as a group. Default true. */
  readonly groups?: boolean;
  /** Common request directions that make mentees a group (identical requests always do). Default 2. */
  readonly groupMinSharedRequests?: number;
}

/** One mentee inside a proposal, with the explained score of their pair with the mentor. */
export interface ProposalMember {
  readonly menteeId: string;
  readonly menteeName: string;
  readonly score: number;
  readonly reasons: string[];
  readonly parts: ScoreParts;
}

/** A proposed pair («пара») or group («группа», one mentor and several mentees) for the curator to confirm. */
export interface Proposal {
  readonly mentorId: string;
  readonly mentorName: string;
  readonly menteeIds: string[];
  readonly kind: 'пара' | 'группа';
  /** The pair's score, or the mean of the members' scores for a group. */
  readonly score: number;
  readonly reasons: string[];
  readonly members: ProposalMember[];
}

/** A mentee the assignment could not match, and why. */
export interface UnmatchedMentee {
  readonly menteeId: string;
  readonly menteeName: string;
  readonly reasons: string[];
}

/** The whole proposal for a cohort. */
export interface CohortAssignment {
  /** By mentor name, then mentor ID; a mentor's pairs and groups by their first mentee. */
  readonly proposals: Proposal[];
  /** By mentee name, then ID. */
  readonly unmatched: UnmatchedMentee[];
  readonly matchedCount: number;
  /** Sum of the proposed pairs' scores (each mentee counted once). */
  readonly totalScore: number;
  readonly objective: CohortObjective;
}
