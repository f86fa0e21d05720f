import type { Mentorship } from '../../../../src/domain/registry/entities/mentorship';
import type { Mentee, Mentor } from '../../../../src/domain/registry/entities/people';

/** A pair in its first status, with any field overridden. */
export function pair(fields: Partial<Mentorship> = {}): Mentorship {
  return {
    id: 'ПГ-0001',
    mentorId: 'НК-0001',
    menteeIds: ['НЯ-0001'],
    form: 'педагог – педагог',
    kinds: ['традиционное (один на один)'],
    startDate: '2025-09-01',
    endDate: '2026-05-31',
    status: 'проект',
    ...fields,
  };
}

/** A mentor with consent, capacity 2. */
export function mentor(fields: Partial<Mentor> = {}): Mentor {
  return {
    id: 'НК-0001',
    surname: 'Иванова',
    firstName: 'Мария',
    patronymic: 'Петровна',
    position: 'воспитатель',
    competencies: ['методические'],
    capacity: 2,
    active: true,
    consent: true,
    ...fields,
  };
}

/** A young-specialist mentee with consent. */
export function mentee(fields: Partial<Mentee> = {}): Mentee {
  return {
    id: 'НЯ-0001',
    surname: 'Петрова',
    firstName: 'Анна',
    patronymic: 'Сергеевна',
    position: 'воспитатель',
    menteeCategory: 'молодой специалист',
    requests: ['методические'],
    active: true,
    consent: true,
    ...fields,
  };
}
