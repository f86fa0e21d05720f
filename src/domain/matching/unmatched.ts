/** Why a mentee got no mentor in the cohort assignment, in words the curator can act on. */
import { menteeBlockers } from './availability';
import type { CohortObjective } from './cohort-types';
import { profilesSamePerson, type MenteeProfile, type MentorProfile } from './profile';
import { formatNumber } from '../russian/plural';

/** A mentor the mentee could have had, with that pair's score in tenths. */
export interface Candidate {
  readonly profile: MentorProfile;
  readonly tenths: number;
}

const SHOWN = 3;

function listMentors(candidates: readonly Candidate[], withLoad: boolean): string {
  const shown = candidates.slice(0, SHOWN).map(({ profile }) => {
    const m = profile.mentor;
    return withLoad ? `${m.name} (занято ${m.activeMentees} из ${m.capacity})` : m.name;
  });
  const rest = candidates.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} и ещё ${rest}` : shown.join(', ');
}

/**
 * Explains why a mentee is unmatched. `mentors` are all mentors sorted by ID; `candidates` are those who pass
 * every hard filter but capacity for this mentee and reach minScore, best score first.
 */
export function unmatchedReasons(
  mentee: MenteeProfile,
  mentors: readonly MentorProfile[],
  candidates: readonly Candidate[],
  minScoreTenths: number,
  objective: CohortObjective,
): string[] {
  const blockers = menteeBlockers(mentee.mentee);
  if (blockers.length > 0) return blockers;
  const open = mentors.filter((p) => p.mentor.active && p.mentor.consent);
  const inBank = open.filter((p) => !profilesSamePerson(p, mentee));
  if (inBank.length === 0 && open.length > 0) {
    return ['нет доступных наставников: единственный активный наставник с согласием — сам наставляемый'];
  }
  if (inBank.length === 0) {
    return [
      'нет доступных наставников: в банке нет активных наставников с согласием на обработку персональных данных',
    ];
  }
  if (candidates.length === 0) {
    return [`ни один наставник не набирает минимальный балл ${formatNumber(minScoreTenths / 10)}`];
  }
  const withPlaces = candidates.filter((c) => c.profile.free > 0);
  if (withPlaces.length === 0) {
    return [`все подходящие наставники заняты: ${listMentors(candidates, true)}`];
  }
  const why =
    objective === 'coverage' ? 'так наставника получает больше наставляемых' : 'так выше общий балл подбора';
  return [
    `свободные места подходящих наставников (${listMentors(withPlaces, false)}) отданы другим наставляемым: ${why}`,
  ];
}
