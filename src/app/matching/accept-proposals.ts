/**
 * Creating the pairs and groups the curator ticked: every proposal is checked again against the sheets as they
 * are now (someone may have formed a pair or withdrawn consent meanwhile), then all are drafted («проект») in one
 * batch of the registry's own createMentorships, so its checks and journal apply. All or nothing: a stale
 * proposal stops the batch before anything is written. The sheet calls do not grow with the number ticked.
 */
import { availability, freePlaces, type MatchMentee, type MatchMentor } from '../../domain/matching';
import { menteeBlockers } from '../../domain/matching/availability';
import { idOf } from '../../domain/registry/entities/common';
import { fullName } from '../../domain/registry/entities/people';
import * as z from '../../domain/registry/entities/zod';
import { UserError } from '../../domain/user-error';
import { GROUP_KIND, type MentoringKind } from '../../domain/vocabulary';
import { parseInput } from '../registry/input';
import { mentorshipsInWork, toMatchMentee, toMatchMentors } from './projection';
import {
  createMentorships,
  type CreationTables,
  type NewMentorship,
} from '../mentorships/create-mentorships';
import type { Services } from '../services';

/** What pairs from matching are created as; the curator changes them in «Пара / группа» if needed. */
export const MATCHED_FORM = 'педагог – педагог';
const PAIR_KIND: MentoringKind = 'традиционное (один на один)';

const ProposalInput = z.object({
  mentorId: idOf('НК'),
  menteeIds: z.array(idOf('НЯ')).min(1),
});
const AcceptInput = z.array(ProposalInput);
type AcceptedProposal = z.infer<typeof ProposalInput>;

/** A pair or group created from a proposal, with names for the sidebar's message. */
export interface CreatedMentorship {
  readonly id: string;
  readonly mentorId: string;
  readonly mentorName: string;
  readonly menteeIds: string[];
  readonly menteeNames: string[];
  readonly kind: 'пара' | 'группа';
}

/** What accepting answers. */
export interface AcceptResult {
  readonly created: CreatedMentorship[];
}

/** What the re-check of proposals needs, projected from the tables read under the lock. */
interface Now {
  readonly matchMentors: MatchMentor[];
  readonly matchMentees: MatchMentee[];
  /** Each mentee's pairs and groups in work (проект, утверждена, идёт, продлена). */
  readonly inWork: Map<string, string[]>;
}

function projected(tables: CreationTables): Now {
  const [mentors, mentees, mentorships] = [
    tables.mentors.entities,
    tables.mentees.entities,
    tables.mentorships.entities,
  ];
  return {
    matchMentors: toMatchMentors(mentors, mentees, mentorships),
    matchMentees: mentees.map(toMatchMentee),
    inWork: mentorshipsInWork(mentorships),
  };
}

const who = (mentee: MatchMentee | undefined, id: string) => (mentee ? `${mentee.name} (${id})` : id);

function stale(mentee: string, why: string): UserError {
  return new UserError(
    `Предложение устарело: ${mentee} — ${why}. Ничего не создано: обновите подбор и выберите снова.`,
  );
}

/** Throws a UserError naming the mentee when a proposal breaks a hard filter now; `taken` counts this batch. */
function recheck(data: Now, proposal: AcceptedProposal, taken: Map<string, number>): void {
  const mentees = new Map(data.matchMentees.map((m) => [m.id, m]));
  const mentor = data.matchMentors.find((m) => m.id === proposal.mentorId);
  const first = proposal.menteeIds[0];
  if (!mentor) {
    throw stale(
      who(mentees.get(first), first),
      `наставник ${proposal.mentorId} не найден на листе «Наставники»`,
    );
  }
  const now: MatchMentor = { ...mentor, activeMentees: mentor.activeMentees + (taken.get(mentor.id) ?? 0) };
  for (const id of proposal.menteeIds) {
    const mentee = mentees.get(id);
    if (!mentee) throw stale(id, 'наставляемый не найден на листе «Наставляемые»');
    const pairs = data.inWork.get(id);
    if (pairs) throw stale(who(mentee, id), `уже в паре или группе ${pairs.join(', ')}`);
    const own = menteeBlockers(mentee);
    if (own.length > 0) throw stale(who(mentee, id), own.join('; '));
    const check = availability(now, mentee);
    if (!check.available) {
      throw stale(who(mentee, id), `наставник ${mentor.name}: ${check.reasons.join('; ')}`);
    }
  }
  const free = freePlaces(now);
  if (free < proposal.menteeIds.length) {
    throw stale(
      who(mentees.get(first), first),
      `у наставника ${mentor.name} свободно мест: ${free}, а в группе ${proposal.menteeIds.length}`,
    );
  }
  taken.set(mentor.id, (taken.get(mentor.id) ?? 0) + proposal.menteeIds.length);
}

function requireDistinct(proposals: readonly AcceptedProposal[]): void {
  if (proposals.length === 0) {
    throw new UserError('Не выбрано ни одного предложения: отметьте пары и группы, которые нужно создать.');
  }
  const seen = new Set<string>();
  for (const id of proposals.flatMap((p) => p.menteeIds)) {
    if (seen.has(id))
      throw new UserError(`Наставляемый ${id} отмечен в нескольких предложениях: оставьте одно.`);
    seen.add(id);
  }
}

/** Creates the accepted pairs and groups as «проект», after checking every one against the sheets now. */
export function acceptProposals(registry: Services, input: unknown, operationId?: string): AcceptResult {
  const proposals = parseInput(AcceptInput, input, { whole: 'Предложения', item: 'Предложение' });
  requireDistinct(proposals);
  const { created, tables } = createMentorships(
    registry,
    (now) => {
      const data = projected(now);
      const taken = new Map<string, number>();
      proposals.forEach((p) => recheck(data, p, taken));
      return proposals.map((p): NewMentorship => ({
        mentorId: p.mentorId,
        menteeIds: p.menteeIds,
        form: MATCHED_FORM,
        kinds: [p.menteeIds.length > 1 ? GROUP_KIND : PAIR_KIND],
      }));
    },
    operationId,
  );
  const people = [...tables.mentors.entities, ...tables.mentees.entities];
  const names = new Map(people.map((p) => [p.id, fullName(p)]));
  return {
    created: created.map((made): CreatedMentorship => ({
      id: made.id,
      mentorId: made.mentorId,
      mentorName: names.get(made.mentorId) ?? made.mentorId,
      menteeIds: made.menteeIds,
      menteeNames: made.menteeIds.map((id) => names.get(id) ?? id),
      kind: made.menteeIds.length > 1 ? 'группа' : 'пара',
    })),
  };
}
