/**
 * «Подобрать пары для всех»: the best overall assignment of every mentee waiting for a mentor, as pairs and
 * groups the curator ticks, and those left without a mentor with why (seed 002 §6; roadmap 5.3).
 */
import {
  assignCohort,
  type Proposal,
  type ProposalMember,
  type UnmatchedMentee,
} from '../../domain/matching';
import { countRu } from '../../domain/russian/plural';
import { loadMatchingData, waitingMentees } from './matching-data';
import type { Services } from '../services';

/** A mentee of a proposal as the sidebar shows one: the score and its reasons (per-criterion parts left out). */
export type CohortMember = Omit<ProposalMember, 'parts'>;

/** A proposed pair or group as the sidebar shows it. */
export type CohortProposal = Omit<Proposal, 'members'> & { readonly members: CohortMember[] };

/** What the cohort sidebar shows. */
export interface CohortProposalData {
  /** Pairs («пара») and groups («группа»), by mentor name. */
  readonly proposals: CohortProposal[];
  readonly unmatched: UnmatchedMentee[];
  /** Mentees waiting for a mentor (active, in no pair or group in work). */
  readonly waiting: number;
  readonly matchedCount: number;
  readonly skipped: string[];
  /** The line above the proposals: «Ждут наставника: 4. Предложено: 1 пара, 1 группа. Без наставника: 1.» */
  readonly summary: string;
}

/** Proposes mentors for every mentee waiting for one; reads each sheet once, whatever the cohort's size. */
export function proposeCohort(ctx: Services): CohortProposalData {
  const data = loadMatchingData(ctx);
  const mentees = waitingMentees(data);
  const result = assignCohort(mentees, data.matchMentors, data.weights);
  const pairs = result.proposals.filter((p) => p.kind === 'пара').length;
  return {
    // Parts are left out: the answer for 500 mentees stays modest on the wire.
    proposals: result.proposals.map(({ members, ...proposal }) => ({
      ...proposal,
      members: members.map(({ parts: _parts, ...member }) => member),
    })),
    unmatched: result.unmatched,
    waiting: mentees.length,
    matchedCount: result.matchedCount,
    skipped: data.skipped,
    summary:
      mentees.length === 0
        ? 'Все наставляемые уже в парах или группах: подбирать некого.'
        : `Ждут наставника: ${mentees.length}. Предложено: ${countRu(pairs, PAIRS)}, ` +
          `${countRu(result.proposals.length - pairs, GROUPS)}. Без наставника: ${result.unmatched.length}.`,
  };
}

const PAIRS = ['пара', 'пары', 'пар'] as const;
const GROUPS = ['группа', 'группы', 'групп'] as const;
