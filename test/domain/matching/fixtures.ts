/** Hand-written people for matching tests: a plain, fully available mentor and mentee, overridable per test. */
import type { MatchMentee, MatchMentor } from '../../../src/domain/matching';

/** A mentor who passes every hard filter and fits nothing in particular. */
export function mentor(overrides: Partial<MatchMentor> = {}): MatchMentor {
  return {
    id: 'НС-0001',
    name: 'Иванова Мария Петровна',
    active: true,
    consent: true,
    capacity: 2,
    activeMentees: 0,
    competencies: [],
    position: 'воспитатель',
    experienceYears: 10,
    category: 'первая',
    interests: [],
    timeResource: '1–2 часа в неделю',
    ...overrides,
  };
}

/** A mentee who passes every hard filter. */
export function mentee(overrides: Partial<MatchMentee> = {}): MatchMentee {
  return {
    id: 'НР-0001',
    name: 'Петрова Анна Сергеевна',
    active: true,
    consent: true,
    requests: [],
    requestText: '',
    position: 'воспитатель',
    experienceYears: 1,
    category: 'без категории',
    interests: [],
    ...overrides,
  };
}
