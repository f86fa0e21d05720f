/**
 * Creating the pairs and groups the curator ticked: every proposal is checked again against the sheets as they
 * are now (someone may have formed a pair or withdrawn consent meanwhile), then each is drafted («проект»)
 * through the registry's own createMentorship, so its checks and journal apply. All or nothing: a stale
 * proposal stops the batch before anything is written.
 */
import { availability, freePlaces, type MatchMentee, type MatchMentor } from '../domain/matching';
import { menteeBlockers } from '../domain/matching/availability';
import { idOf } from '../domain/registry/entities/common';
import type { Mentorship } from '../domain/registry/entities/mentorship';
import * as z from '../domain/registry/entities/zod';
import { GROUP_KIND } from '../domain/registry/rules/mentorship-shape';
import { UserError } from '../domain/user-error';
import type { MentoringKind } from '../domain/vocabulary';
import { parseInput } from './input';
import { loadMatchingData, type MatchingData } from './matching-data';
import { CachedTableStore } from './matching-table-cache';
import { createMentorship } from './mentorships';
import type { Registry } from './registry-context';

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

const who = (mentee: MatchMentee | undefined, id: string) => (mentee ? `${mentee.name} (${id})` : id);

function stale(mentee: string, why: string): UserError {
  return new UserError(
    `Предложение устарело: ${mentee} — ${why}. Ничего не создано: обновите подбор и выберите снова.`,
  );
}

/** Throws a UserError naming the mentee when a proposal breaks a hard filter now; `taken` counts this batch. */
function recheck(data: MatchingData, proposal: AcceptedProposal, taken: Map<string, number>): void {
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
export function acceptProposals(registry: Registry, input: unknown): AcceptResult {
  const proposals = parseInput(AcceptInput, input);
  requireDistinct(proposals);
  return registry.lock.run(() => {
    // One lock for the whole batch: the registry's use case runs inside it with a pass-through lock (a nested
    // LockService lock would be let go by the inner release) and a store that reads each table once per write.
    const batch: Registry = {
      ...registry,
      tables: new CachedTableStore(registry.tables),
      lock: { run: (w) => w() },
    };
    const data = loadMatchingData(batch);
    const taken = new Map<string, number>();
    proposals.forEach((p) => recheck(data, p, taken));
    const names = new Map([...data.matchMentors, ...data.matchMentees].map((p) => [p.id, p.name]));
    const created = proposals.map((p): CreatedMentorship => {
      const group = p.menteeIds.length > 1;
      const made: Mentorship = createMentorship(batch, {
        mentorId: p.mentorId,
        menteeIds: p.menteeIds,
        form: MATCHED_FORM,
        kinds: [group ? GROUP_KIND : PAIR_KIND],
      });
      return {
        id: made.id,
        mentorId: made.mentorId,
        mentorName: names.get(made.mentorId) ?? made.mentorId,
        menteeIds: made.menteeIds,
        menteeNames: made.menteeIds.map((id) => names.get(id) ?? id),
        kind: group ? 'группа' : 'пара',
      };
    });
    return { created };
  });
}
