/** Proposed pairs and groups and the unmatched mentees as DOM: people's text only ever as text nodes. */
import type { CohortMember, CohortProposal } from '../../../src/app/matching/propose-cohort';
import type { UnmatchedMentee } from '../../../src/domain/matching';
import { el } from '../../common/dom';

/** «78,5»: a score the Russian way. */
export function scoreText(score: number): string {
  return String(score).replace('.', ',');
}

function why(reasons: readonly string[], label = 'Почему'): HTMLElement {
  return el('details', {}, el('summary', {}, label), el('ul', {}, ...reasons.map((r) => el('li', {}, r))));
}

function member(m: CohortMember, group: boolean): HTMLLIElement {
  return el(
    'li',
    { 'data-mentee': m.menteeId },
    m.menteeName,
    group ? el('span', { class: 'member-score' }, ` — ${scoreText(m.score)}`) : null,
    why(m.reasons, group ? 'Почему' : 'Почему этот наставник'),
  );
}

/** One proposal's card with its checkbox (ticked by default); `onToggle` hears every change. */
export function proposalCard(proposal: CohortProposal, index: number, onToggle: () => void): HTMLLIElement {
  const group = proposal.kind === 'группа';
  const box = el('input', { type: 'checkbox', id: `proposal-${index}`, 'data-index': index });
  box.checked = true;
  const card = el(
    'li',
    { class: 'proposal', 'data-mentor': proposal.mentorId },
    el(
      'div',
      { class: 'head' },
      box,
      el(
        'label',
        { for: `proposal-${index}` },
        el('span', { class: group ? 'kind group' : 'kind' }, proposal.kind),
        proposal.mentorName,
      ),
      el(
        'span',
        { class: 'score', title: group ? 'Средний балл группы из 100' : 'Балл из 100' },
        scoreText(proposal.score),
      ),
    ),
    group ? el('div', { class: 'muted' }, proposal.reasons[0] ?? '') : null,
    el('ol', { class: 'members' }, ...proposal.members.map((m) => member(m, group))),
  );
  box.addEventListener('change', () => {
    card.classList.toggle('off', !box.checked);
    onToggle();
  });
  return card;
}

/** A mentee left without a mentor, and why. */
export function unmatchedItem(mentee: UnmatchedMentee): HTMLLIElement {
  return el(
    'li',
    { 'data-mentee': mentee.menteeId },
    el('div', {}, mentee.menteeName),
    ...mentee.reasons.map((r) => el('div', { class: 'why' }, r)),
  );
}
