/**
 * Turns the mentees one mentor got into pairs and groups: mentees with the same requests (or at least N
 * common directions) are proposed as one group («в группе», seed 002 §2.4), the rest as pairs.
 */
import type { Proposal, ProposalMember } from './cohort-types';
import { maskDirections, maskSize } from './direction-mask';
import type { MenteeProfile, MentorProfile } from './profile';
import { formatNumber } from '../russian/plural';
import { compareCodeUnits } from './text';

/** A mentee assigned to a mentor, with the explained score of that pair. */
export interface AssignedMember {
  readonly profile: MenteeProfile;
  readonly member: ProposalMember;
}

interface Cluster {
  common: number;
  /** The requests mask shared identically by every member, or -1 once they differ. */
  same: number;
  members: AssignedMember[];
}

function fits(cluster: Cluster, requests: number, minShared: number): boolean {
  if (requests === 0) return false;
  if (cluster.same === requests) return true;
  return maskSize(cluster.common & requests) >= minShared;
}

function toProposal(mentor: MentorProfile, cluster: Cluster): Proposal {
  const members = cluster.members.map((m) => m.member);
  const base = { mentorId: mentor.mentor.id, mentorName: mentor.mentor.name, members };
  if (members.length === 1) {
    const only = members[0];
    return { ...base, menteeIds: [only.menteeId], kind: 'пара', score: only.score, reasons: only.reasons };
  }
  const total = members.reduce((sum, m) => sum + Math.round(m.score * 10), 0);
  const score = Math.round(total / members.length) / 10;
  const reasons = [
    `в группе: ${members.length} наставляемых с общими запросами: ${maskDirections(cluster.common).join(', ')}`,
    ...members.map((m) => `${m.menteeName}: ${formatNumber(m.score)}`),
  ];
  return { ...base, menteeIds: members.map((m) => m.menteeId), kind: 'группа', score, reasons };
}

/** Splits one mentor's assigned mentees into pairs and groups; strongest fits seed the groups. */
export function formGroups(
  mentor: MentorProfile,
  assigned: readonly AssignedMember[],
  enabled: boolean,
  minShared: number,
): Proposal[] {
  const ordered = [...assigned].sort(
    (a, b) => b.member.score - a.member.score || compareCodeUnits(a.member.menteeId, b.member.menteeId),
  );
  const clusters: Cluster[] = [];
  for (const item of ordered) {
    const requests = item.profile.directions;
    const cluster = enabled ? clusters.find((c) => fits(c, requests, minShared)) : undefined;
    if (cluster) {
      cluster.common &= requests;
      if (cluster.same !== requests) cluster.same = -1;
      cluster.members.push(item);
    } else {
      clusters.push({ common: requests, same: requests, members: [item] });
    }
  }
  return clusters.map((cluster) => toProposal(mentor, cluster));
}
