import { UserError } from '../../user-error';
import { formatRuDate } from '../dates';
import type { Mentee, Mentor } from '../entities/people';
import { fullName } from '../entities/people';
import { isGroup, type Mentorship } from '../entities/mentorship';

import { GROUP_KIND } from '../../vocabulary';

/**
 * Whether a mentor and a mentee row are the same person. The explicit «Также наставляемый (ID)» column decides;
 * the same e-mail in both banks counts too. Names alone never do (two «Ивановых» are common).
 */
export function samePerson(
  mentor: Pick<Mentor, 'menteeId' | 'email'>,
  mentee: Pick<Mentee, 'id' | 'email'>,
): boolean {
  if (mentor.menteeId === mentee.id) return true;
  const a = mentor.email?.trim().toLowerCase();
  return Boolean(a) && a === mentee.email?.trim().toLowerCase();
}

/** One thing wrong with a pair or group, and the column of «Пары и группы» it is about. */
export interface MentorshipIssue {
  readonly column: 'menteeIds' | 'kinds' | 'endReason' | 'endDate' | 'actualEndDate';
  readonly message: string;
}

/**
 * What is wrong with a pair or group by itself (empty when fine): a group has at least two mentees and the kind
 * «в группе» (and a pair does not), a mentor never mentors themselves, an early end has a reason, neither the
 * planned nor the actual end is before the start.
 */
export function mentorshipIssues(
  mentorship: Mentorship,
  mentor?: Pick<Mentor, 'menteeId' | 'email'>,
  mentees: readonly Pick<Mentee, 'id' | 'email' | 'surname' | 'firstName' | 'patronymic'>[] = [],
): MentorshipIssue[] {
  const issues: MentorshipIssue[] = [];
  const label = `${isGroup(mentorship) ? 'Группа' : 'Пара'} ${mentorship.id}`;
  const count = mentorship.menteeIds.length;
  const groupKind = mentorship.kinds.includes(GROUP_KIND);
  if (count >= 2 && !groupKind) {
    issues.push({
      column: 'kinds',
      message: `${label}: ${count} наставляемых, добавьте вид «${GROUP_KIND}».`,
    });
  }
  if (count < 2 && groupKind) {
    const message = `${label}: вид «${GROUP_KIND}» требует не меньше двух наставляемых. Добавьте наставляемых или уберите этот вид.`;
    issues.push({ column: 'kinds', message });
  }
  if (mentor) {
    for (const mentee of mentees.filter(
      (m) => mentorship.menteeIds.includes(m.id) && samePerson(mentor, m),
    )) {
      const message = `${label}: ${fullName(mentee)} (${mentee.id}) — это сам наставник, наставлять себя нельзя.`;
      issues.push({ column: 'menteeIds', message });
    }
  }
  if (mentorship.status === 'прекращена досрочно' && !mentorship.endReason) {
    const message = `${label}: статус «прекращена досрочно», укажите причину досрочного завершения.`;
    issues.push({ column: 'endReason', message });
  }
  if (mentorship.startDate && mentorship.endDate && mentorship.endDate < mentorship.startDate) {
    const message = `${label}: окончание (${formatRuDate(mentorship.endDate)}) раньше начала (${formatRuDate(mentorship.startDate)}).`;
    issues.push({ column: 'endDate', message });
  }
  if (mentorship.startDate && mentorship.actualEndDate && mentorship.actualEndDate < mentorship.startDate) {
    const message =
      `${label}: окончание (факт) ${formatRuDate(mentorship.actualEndDate)} раньше начала ` +
      `${formatRuDate(mentorship.startDate)}. Исправьте дату начала или окончания.`;
    issues.push({ column: 'actualEndDate', message });
  }
  return issues;
}

/** The messages of `mentorshipIssues`, in Russian (empty when the pair or group is fine). */
export function checkMentorship(...args: Parameters<typeof mentorshipIssues>): string[] {
  return mentorshipIssues(...args).map((issue) => issue.message);
}

/** Throws a `UserError` with every problem of `checkMentorship`; for use cases that save a pair or group. */
export function requireValidMentorship(...args: Parameters<typeof checkMentorship>): void {
  const problems = checkMentorship(...args);
  if (problems.length > 0) throw new UserError(problems.join(' '));
}
