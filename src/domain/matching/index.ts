/** Matching mentors and mentees: the public API the app layer and the registry use. */
export { availability, freePlaces, isSamePerson } from './availability';
export { assignCohort } from './cohort';
export type {
  CohortAssignment,
  CohortObjective,
  CohortOptions,
  Proposal,
  ProposalMember,
  UnmatchedMentee,
} from './cohort-types';
export { CATEGORY_FACTORS, TIME_FACTORS } from './factors';
export { rankMentors, type RankedMentor } from './rank';
export { scorePair } from './score';
export { CRITERIA } from './types';
export type {
  Availability,
  Criterion,
  MatchMentee,
  MatchMentor,
  PairScore,
  ScoreParts,
  TimeResource,
} from './types';
export {
  CRITERION_LABELS,
  DEFAULT_MATCH_WEIGHTS,
  matchWeightsSchema,
  parseMatchWeights,
  type MatchWeights,
  type ParsedMatchWeights,
} from './weights';
