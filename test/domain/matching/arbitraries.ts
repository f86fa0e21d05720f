/** fast-check generators of small cohorts, with names and person IDs drawn from tiny pools so collisions occur. */
import fc from 'fast-check';
import {
  CRITERIA,
  type Criterion,
  type MatchMentee,
  type MatchMentor,
  type MatchWeights,
} from '../../../src/domain/matching';
import { DIRECTIONS, QUALIFICATION_CATEGORIES, TIME_RESOURCES } from '../../../src/domain/vocabulary';

const names = ['Иванова', 'Петрова', 'Сидорова', 'Орлова'];
const positions = ['воспитатель', 'учитель-логопед'];
const interests = ['театр', 'туризм', 'шахматы'];
/** True five times out of six: most people are active and consenting, some are not. */
const mostlyTrue = fc.integer({ min: 0, max: 5 }).map((n) => n !== 0);
const personIds = fc.option(fc.constantFrom('P1', 'P2', 'P3'), { nil: undefined });

const mentorFields = (directions: number) =>
  fc.record({
    name: fc.constantFrom(...names),
    active: mostlyTrue,
    consent: mostlyTrue,
    capacity: fc.integer({ min: 1, max: 2 }),
    activeMentees: fc.constantFrom(0, 0, 1, 2),
    competencies: fc.subarray([...DIRECTIONS].slice(0, directions)),
    position: fc.constantFrom(...positions),
    subject: fc.constantFrom('', 'логопедия'),
    experienceYears: fc.integer({ min: 0, max: 30 }),
    category: fc.constantFrom(...QUALIFICATION_CATEGORIES),
    interests: fc.subarray(interests),
    timeResource: fc.constantFrom('' as const, ...TIME_RESOURCES),
    personId: personIds,
  });

const menteeFields = (directions: number) =>
  fc.record({
    name: fc.constantFrom(...names),
    active: mostlyTrue,
    consent: mostlyTrue,
    requests: fc.subarray([...DIRECTIONS].slice(0, directions)),
    requestText: fc.constant(''),
    position: fc.constantFrom(...positions),
    subject: fc.constantFrom('', 'логопедия'),
    experienceYears: fc.integer({ min: 0, max: 10 }),
    category: fc.constantFrom(...QUALIFICATION_CATEGORIES),
    interests: fc.subarray(interests),
    personId: personIds,
  });

/** Mentors with unique IDs; fewer directions make mentees compete for the same mentors. */
export function mentorsArb(maxLength: number, directions = 4): fc.Arbitrary<MatchMentor[]> {
  return fc
    .array(mentorFields(directions), { minLength: 0, maxLength })
    .map((rows) => rows.map((row, i) => ({ ...row, id: `НС-${String(i + 1).padStart(3, '0')}` })));
}

/** Mentees with unique IDs. */
export function menteesArb(maxLength: number, directions = 4): fc.Arbitrary<MatchMentee[]> {
  return fc
    .array(menteeFields(directions), { minLength: 0, maxLength })
    .map((rows) => rows.map((row, i) => ({ ...row, id: `НР-${String(i + 1).padStart(3, '0')}` })));
}

/** Reorders a list by random keys: the same people in another order. */
export function shuffled<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i % Math.max(1, keys.length)] ?? 0, i }))
    .sort((a, b) => a.key - b.key || b.i - a.i)
    .map((x) => x.item);
}

/** Any valid weights, so properties hold for what a curator may set, not only for the defaults. */
export const weightsArb: fc.Arbitrary<MatchWeights> = fc
  .record({
    ...(Object.fromEntries(CRITERIA.map((c) => [c, fc.integer({ min: 0, max: 50 })])) as Record<
      Criterion,
      fc.Arbitrary<number>
    >),
    experienceGapYears: fc.integer({ min: 1, max: 10 }),
  })
  .filter((w) => CRITERIA.some((c) => w[c] > 0));
