/** The ranking of mentors for one mentee as DOM: people's text only ever as text nodes. */
import type { MatchMenteeOption, RankedMentorView } from '../../../src/app/matching/rank-mentors';
import { el } from '../../common/dom';

/** «78,5»: a score the Russian way. */
export function scoreText(score: number): string {
  return String(score).replace('.', ',');
}

/** Why the mentee cannot get a new pair from here ('' when they can). */
export function menteeBlocker(mentee: MatchMenteeOption): string {
  if (!mentee.active) return 'Наставляемый неактивен в банке: новую пару создать нельзя.';
  if (!mentee.consent) return 'Нет согласия на обработку персональных данных: пару создать нельзя.';
  if (mentee.mentorshipIds.length > 0) return `Уже в паре или группе: ${mentee.mentorshipIds.join(', ')}.`;
  return '';
}

/** The chosen mentee's requests and their own words. */
export function menteeCard(mentee: MatchMenteeOption): HTMLElement[] {
  const blocker = menteeBlocker(mentee);
  return [
    el('div', {}, el('strong', {}, mentee.name), mentee.position ? ` — ${mentee.position}` : ''),
    el(
      'div',
      { class: 'requests' },
      'Запросы: ',
      mentee.requests.length > 0 ? mentee.requests.join(', ') : 'не указаны',
    ),
    mentee.requestText ? el('div', { class: 'muted' }, `«${mentee.requestText}»`) : el('span'),
    blocker ? el('div', { class: 'why-not', id: 'mentee-blocker' }, blocker) : el('span'),
  ];
}

/** One mentor's card: score, reasons, and either the button or why they cannot be chosen. */
export function mentorCard(
  mentor: RankedMentorView,
  canCreate: boolean,
  onCreate: (mentor: RankedMentorView) => void,
): HTMLLIElement {
  const button = el(
    'button',
    { type: 'button', class: 'primary small', 'data-mentor': mentor.mentorId },
    'Создать пару',
  );
  button.addEventListener('click', () => onCreate(mentor));
  const places = `свободно ${mentor.freePlaces} из ${mentor.capacity}`;
  return el(
    'li',
    {
      class: mentor.available ? 'mentor' : 'mentor unavailable',
      'data-mentor': mentor.mentorId,
    },
    el(
      'div',
      { class: 'head' },
      el('span', { class: 'name' }, mentor.mentorName),
      el('span', { class: 'score', title: 'Балл из 100' }, scoreText(mentor.score)),
    ),
    el('div', { class: 'sub' }, [mentor.position, places].filter(Boolean).join(' · ')),
    mentor.available
      ? null
      : el('p', { class: 'why-not' }, `Недоступен: ${mentor.unavailableReasons.join('; ')}`),
    el('ul', { class: 'reasons' }, ...mentor.reasons.map((r) => el('li', {}, r))),
    mentor.available && canCreate ? button : null,
  );
}
