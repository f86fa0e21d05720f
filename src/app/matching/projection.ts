/**
 * The registry's rows as matching sees them: Mentor and Mentee entities become MatchMentor and MatchMentee, with
 * each mentor's places taken counted by the registry's own capacity rule.
 */
import type { MatchMentee, MatchMentor, TimeResource } from '../../domain/matching';
import type { Mentorship } from '../../domain/registry/entities/mentorship';
import { fullName, personKey, type Mentee, type Mentor } from '../../domain/registry/entities/people';
import { DEFAULT_CAPACITY, isInWork, menteesInWork } from '../../domain/registry/rules/capacity';

/** Interests typed as free text («театр, ИЗО; экология») split into separate interests. */
export function splitInterests(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[,;\n•·]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Each mentee's pairs and groups that are in work now (statuses that take a mentor's place). */
export function mentorshipsInWork(mentorships: readonly Mentorship[]): Map<string, string[]> {
  const byMentee = new Map<string, string[]>();
  for (const m of mentorships) {
    if (!isInWork(m)) continue;
    for (const id of m.menteeIds) byMentee.set(id, [...(byMentee.get(id) ?? []), m.id]);
  }
  return byMentee;
}

/** Mentee IDs by e-mail, so a mentor with a mentee's e-mail counts as that person (the registry's rule). */
function menteeIdsByEmail(mentees: readonly Mentee[]): Map<string, string> {
  const byEmail = new Map<string, string>();
  for (const m of mentees) {
    const email = m.email?.trim().toLowerCase();
    if (email && !byEmail.has(email)) byEmail.set(email, m.id);
  }
  return byEmail;
}

// A missing experience is NaN: matching scores it 0 and says «не указан» (src/domain/matching/README.md).
const years = (value: number | undefined): number => (value === undefined ? Number.NaN : value);

/** A mentor for matching: places taken from the pairs and groups in work, person linked for reverse mentoring. */
export function toMatchMentor(
  mentor: Mentor,
  mentorships: readonly Mentorship[],
  byEmail: ReadonlyMap<string, string>,
): MatchMentor {
  const email = mentor.email?.trim().toLowerCase();
  const linked = mentor.menteeId ?? (email ? byEmail.get(email) : undefined);
  return {
    id: mentor.id,
    name: fullName(mentor),
    active: mentor.active,
    consent: mentor.consent,
    capacity: mentor.capacity ?? DEFAULT_CAPACITY,
    activeMentees: menteesInWork(mentor.id, mentorships).size,
    competencies: mentor.competencies,
    position: mentor.position ?? '',
    subject: mentor.specialisation ?? '',
    experienceYears: years(mentor.experienceYears),
    category: mentor.qualification ?? 'без категории',
    interests: splitInterests(mentor.interests),
    timeResource: (mentor.timeResource ?? '') as TimeResource,
    personId: personKey({ id: mentor.id, menteeId: linked }),
  };
}

/** A mentee for matching; the bank keeps no interests for mentees, so none are scored. */
export function toMatchMentee(mentee: Mentee): MatchMentee {
  return {
    id: mentee.id,
    name: fullName(mentee),
    active: mentee.active,
    consent: mentee.consent,
    requests: mentee.requests,
    requestText: mentee.difficulties ?? '',
    position: mentee.position ?? '',
    subject: mentee.specialisation ?? '',
    experienceYears: years(mentee.experienceYears),
    category: mentee.qualification ?? 'без категории',
    interests: [],
    personId: personKey(mentee),
  };
}

/** Every mentor for matching, with the e-mail link to the mentee bank. */
export function toMatchMentors(
  mentors: readonly Mentor[],
  mentees: readonly Mentee[],
  mentorships: readonly Mentorship[],
): MatchMentor[] {
  const byEmail = menteeIdsByEmail(mentees);
  return mentors.map((m) => toMatchMentor(m, mentorships, byEmail));
}
