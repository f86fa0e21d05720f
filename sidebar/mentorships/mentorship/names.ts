/** How the sidebar names people and pairs in a 300 px line. */
import type { MentorshipEntry } from '../../../src/app/mentorships/mentorship-sidebar';

/** «Иванова М. П.» from «Иванова Мария Петровна» (a name of one word stays as it is). */
export function shortName(full: string): string {
  const [surname, ...rest] = full.split(/\s+/).filter(Boolean);
  // Not a name to shorten: «Удалено по отзыву согласия» (consent withdrawn) stays as it is.
  if (!surname || rest.some((part) => !/^\p{Lu}/u.test(part))) return full;
  return [surname, ...rest.map((part) => `${part[0]}.`)].join(' ');
}

/** «ПГ-0001 · Иванова М. П. → Смирнова О. (идёт)»: a pair or group in the chooser. */
export function mentorshipLabel(m: MentorshipEntry): string {
  const mentees =
    m.menteeNames.length > 2
      ? `${shortName(m.menteeNames[0])} и ещё ${m.menteeNames.length - 1}`
      : m.menteeNames.map(shortName).join(', ');
  return `${m.id} · ${shortName(m.mentorName)} → ${mentees} (${m.status})`;
}
