/** Independent reference assignments for property tests, built only from the public availability and score. */
import {
  availability,
  freePlaces,
  scorePair,
  type MatchMentee,
  type MatchMentor,
  type MatchWeights,
} from '../../../src/domain/matching';

/** A pair allowed by the hard filters (capacity aside) and minScore, with its score in tenths. */
export interface Edge {
  readonly mentee: number;
  readonly mentor: number;
  readonly tenths: number;
}

/** (matched count, total score in tenths) of an assignment. */
export interface Outcome {
  readonly count: number;
  readonly tenths: number;
}

/** Every pair the hard filters allow, ignoring capacity (checked by the assigners). */
export function feasibleEdges(
  mentees: readonly MatchMentee[],
  mentors: readonly MatchMentor[],
  weights: MatchWeights,
  minScore = 0,
): Edge[] {
  const edges: Edge[] = [];
  mentees.forEach((e, i) =>
    mentors.forEach((m, j) => {
      if (!availability(m, e).available) return;
      const tenths = Math.round(scorePair(m, e, weights).score * 10);
      if (tenths >= Math.round(minScore * 10)) edges.push({ mentee: i, mentor: j, tenths });
    }),
  );
  return edges;
}

/** First-come-first-served by best score: what a curator does by hand. */
export function greedy(
  mentees: readonly MatchMentee[],
  mentors: readonly MatchMentor[],
  weights: MatchWeights,
): Outcome {
  const edges = feasibleEdges(mentees, mentors, weights).sort((a, b) => b.tenths - a.tenths);
  const left = mentors.map(freePlaces);
  const taken = new Set<number>();
  let count = 0;
  let tenths = 0;
  for (const edge of edges) {
    if (taken.has(edge.mentee) || left[edge.mentor] <= 0) continue;
    taken.add(edge.mentee);
    left[edge.mentor]--;
    count++;
    tenths += edge.tenths;
  }
  return { count, tenths };
}

/** The best outcome over every possible assignment, by the given lexicographic order. */
export function bruteForce(
  mentees: readonly MatchMentee[],
  mentors: readonly MatchMentor[],
  weights: MatchWeights,
  objective: 'coverage' | 'score',
  minScore = 0,
): Outcome {
  const options = mentees.map((_, i) => feasibleEdges([mentees[i]], mentors, weights, minScore));
  const left = mentors.map(freePlaces);
  let best: Outcome = { count: 0, tenths: 0 };
  const better = (a: Outcome, b: Outcome) =>
    objective === 'coverage'
      ? a.count > b.count || (a.count === b.count && a.tenths > b.tenths)
      : a.tenths > b.tenths || (a.tenths === b.tenths && a.count > b.count);
  const visit = (i: number, count: number, tenths: number) => {
    if (i === mentees.length) {
      if (better({ count, tenths }, best)) best = { count, tenths };
      return;
    }
    visit(i + 1, count, tenths);
    for (const edge of options[i]) {
      if (left[edge.mentor] <= 0) continue;
      left[edge.mentor]--;
      visit(i + 1, count + 1, tenths + edge.tenths);
      left[edge.mentor]++;
    }
  };
  visit(0, 0, 0);
  return best;
}
