/** A deterministic synthetic cohort for the matching benchmark: seeded, so every run scores the same people. */
import type { MatchMentee, MatchMentor } from '../../src/domain/matching';
import {
  DIRECTIONS,
  QUALIFICATION_CATEGORIES,
  TIME_RESOURCES,
  type Direction,
} from '../../src/domain/vocabulary';

/** mulberry32: a tiny seeded PRNG giving floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POSITIONS = ['воспитатель', 'учитель-логопед', 'музыкальный руководитель', 'инструктор по физкультуре'];
const INTERESTS = ['театр', 'туризм', 'шахматы', 'рисование', 'хор', 'краеведение'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function someOf<T>(random: () => number, items: readonly T[], most: number): T[] {
  const count = 1 + Math.floor(random() * most);
  return items.filter(() => random() < count / items.length);
}

/** `menteeCount` mentees and `mentorCount` mentors (capacities 1–3); a few share a person, lack consent, left. */
export function syntheticCohort(seed: number, menteeCount: number, mentorCount: number) {
  const random = seededRandom(seed);
  const mentors: MatchMentor[] = [];
  for (let i = 0; i < mentorCount; i++) {
    const capacity = 1 + Math.floor(random() * 3);
    mentors.push({
      id: `НС-${String(i + 1).padStart(4, '0')}`,
      name: `Наставник ${i + 1}`,
      active: random() > 0.05,
      consent: random() > 0.05,
      capacity,
      activeMentees: Math.floor(random() * capacity * 0.7),
      competencies: someOf<Direction>(random, DIRECTIONS, 4),
      position: pick(random, POSITIONS),
      subject: random() < 0.3 ? 'логопедия' : '',
      experienceYears: Math.floor(random() * 35),
      category: pick(random, QUALIFICATION_CATEGORIES),
      interests: someOf(random, INTERESTS, 3),
      timeResource: random() < 0.1 ? '' : pick(random, TIME_RESOURCES),
      personId: `P-${i + 1}`,
    });
  }
  const mentees: MatchMentee[] = [];
  for (let i = 0; i < menteeCount; i++) {
    mentees.push({
      id: `НР-${String(i + 1).padStart(4, '0')}`,
      name: `Наставляемый ${i + 1}`,
      active: random() > 0.03,
      consent: random() > 0.05,
      requests: someOf<Direction>(random, DIRECTIONS, 3),
      requestText: '',
      position: pick(random, POSITIONS),
      subject: random() < 0.3 ? 'логопедия' : '',
      experienceYears: Math.floor(random() * 5),
      category: pick(random, QUALIFICATION_CATEGORIES.slice(0, 3)),
      interests: someOf(random, INTERESTS, 3),
      // Every tenth mentee is also in the mentor bank (reverse mentoring): never their own mentor.
      personId: i % 10 === 0 ? `P-${(i % mentorCount) + 1}` : `PE-${i + 1}`,
    });
  }
  return { mentees, mentors };
}
