/**
 * Who gets a personal link of each kind: the participants of pairs and groups (mentees, mentors, everyone for
 * impact), or the curator once per pair. Only people with consent to personal-data processing can be chosen;
 * the others are listed with why. Preselected: pairs in work for the kind's moment of the year.
 */
import type { QuestionnaireKind, RespondentRole } from '../../domain/questionnaires/model';
import type { TokenGrant } from '../../domain/questionnaires/tokens';
import type { Mentorship } from '../../domain/registry/entities/mentorship';
import { fullName, type Mentee, type Mentor } from '../../domain/registry/entities/people';
import type { MentorshipStatus } from '../../domain/vocabulary';

/** One person (or the curator for a pair) the sidebar offers for a personal link. */
export interface Recipient {
  /** `personId|pairId|role` (no pair for impact: one link per person): what the sidebar sends back. */
  readonly key: string;
  readonly personId: string;
  readonly pairId: string;
  readonly role: RespondentRole;
  /** «Шевчук Любовь Павловна — наставляемый, ПГ-0001». */
  readonly label: string;
  readonly preselected: boolean;
  /** Why the person cannot get a link (no consent), or absent. */
  readonly blocked?: string;
}

const ENDED: readonly MentorshipStatus[] = ['прекращена досрочно'];

/** The pairs whose people a kind preselects: new ones at entry, those in work or done later in the year. */
function preselects(kind: QuestionnaireKind, status: MentorshipStatus): boolean {
  if (kind === 'impact-entry') return ['проект', 'утверждена', 'идёт'].includes(status);
  return ['идёт', 'продлена', 'завершена'].includes(status);
}

export const NO_CONSENT =
  'нет согласия на обработку персональных данных (отметьте его в банке, если оно получено)';

/** Everyone a kind may send personal links to; intake kinds have none (their form is public). */
export function recipientsFor(
  kind: QuestionnaireKind,
  mentorships: readonly Mentorship[],
  mentors: readonly Mentor[],
  mentees: readonly Mentee[],
): Recipient[] {
  if (kind === 'mentor-intake' || kind === 'mentee-intake') return [];
  const mentorById = new Map(mentors.map((m) => [m.id, m]));
  const menteeById = new Map(mentees.map((m) => [m.id, m]));
  const out: Recipient[] = [];
  const seen = new Set<string>();
  const add = (
    person: Mentor | Mentee | undefined,
    personId: string,
    role: RespondentRole,
    pair: Mentorship,
  ) => {
    // Impact is measured per person: one link each, with their first pair.
    const key = `${personId}|${kind.startsWith('impact') ? '' : pair.id}|${role}`;
    if (seen.has(key)) return;
    seen.add(key);
    const name = role === 'куратор' ? 'Куратор' : person ? fullName(person) || personId : personId;
    const consent = role === 'куратор' || person?.consent === true;
    out.push({
      key,
      personId,
      pairId: pair.id,
      role,
      label: `${name} — ${role}, ${pair.id}`,
      preselected: consent && preselects(kind, pair.status),
      ...(consent ? {} : { blocked: NO_CONSENT }),
    });
  };
  for (const pair of mentorships.filter((m) => !ENDED.includes(m.status))) {
    if (kind === 'curator') add(undefined, '', 'куратор', pair);
    if (kind === 'mentor-satisfaction' || kind.startsWith('impact')) {
      add(mentorById.get(pair.mentorId), pair.mentorId, 'наставник', pair);
    }
    if (kind === 'mentee-satisfaction' || kind.startsWith('impact')) {
      for (const id of pair.menteeIds) add(menteeById.get(id), id, 'наставляемый', pair);
    }
  }
  return out;
}

/** The grant of a recipient in a questionnaire. */
export function grantOf(questionnaireId: string, r: Recipient): TokenGrant {
  return { questionnaireId, personId: r.personId, role: r.role, pairId: r.pairId };
}
