import {
  mentorshipsInWork,
  splitInterests,
  toMatchMentee,
  toMatchMentors,
} from '../../../src/app/matching/projection';
import type { Mentorship } from '../../../src/domain/registry/entities/mentorship';
import type { Mentee, Mentor } from '../../../src/domain/registry/entities/people';
import { scorePair, DEFAULT_MATCH_WEIGHTS } from '../../../src/domain/matching';

const mentor = (o: Partial<Mentor> = {}): Mentor => ({
  id: 'НК-0001',
  surname: 'Иванова',
  firstName: 'Мария',
  position: 'воспитатель',
  active: true,
  consent: true,
  competencies: ['методические'],
  ...o,
});
const mentee = (o: Partial<Mentee> = {}): Mentee => ({
  id: 'НЯ-0001',
  surname: 'Смирнова',
  firstName: 'Ольга',
  position: 'воспитатель',
  active: true,
  consent: true,
  menteeCategory: 'молодой специалист',
  requests: ['методические'],
  ...o,
});
const pair = (id: string, status: Mentorship['status'], menteeIds: string[]): Mentorship => ({
  id,
  mentorId: 'НК-0001',
  menteeIds,
  form: 'педагог – педагог',
  kinds: ['традиционное (один на один)'],
  status,
});

describe('matching › the registry’s rows as matching sees them', () => {
  it('splits interests typed as free text', () => {
    expect(splitInterests('театр, экология;  ИЗО\nшахматы • хор')).toEqual([
      'театр',
      'экология',
      'ИЗО',
      'шахматы',
      'хор',
    ]);
    expect(splitInterests(undefined)).toEqual([]);
  });

  it('counts places taken by pairs and groups in work only, each mentee once, with an empty capacity as 3', () => {
    const pairs = [
      pair('ПГ-0001', 'проект', ['НЯ-0001']),
      pair('ПГ-0002', 'идёт', ['НЯ-0002', 'НЯ-0003']),
      pair('ПГ-0003', 'завершена', ['НЯ-0004']),
      pair('ПГ-0004', 'продлена', ['НЯ-0001']),
    ];
    const [projected] = toMatchMentors([mentor()], [], pairs);
    expect(projected).toMatchObject({ capacity: 3, activeMentees: 3 });
    expect(mentorshipsInWork(pairs).get('НЯ-0001')).toEqual(['ПГ-0001', 'ПГ-0004']);
    expect(mentorshipsInWork(pairs).has('НЯ-0004')).toBe(false);
  });

  it('links the same person by «Также наставляемый» or by e-mail, never by name alone', () => {
    const people = [mentee({ id: 'НЯ-0007', email: 'Sama@Example.ru' }), mentee({ id: 'НЯ-0008' })];
    const [linked, byEmail, namesake] = toMatchMentors(
      [
        mentor({ id: 'НК-0001', menteeId: 'НЯ-0008' }),
        mentor({ id: 'НК-0002', email: 'sama@example.ru ' }),
        mentor({ id: 'НК-0003', surname: 'Смирнова', firstName: 'Ольга' }),
      ],
      people,
      [],
    );
    expect(linked.personId).toBe(toMatchMentee(people[1]).personId);
    expect(byEmail.personId).toBe(toMatchMentee(people[0]).personId);
    expect(namesake.personId).toBe('НК-0003');
  });

  it('scores a missing experience as 0 and says so; a missing category as «без категории»', () => {
    const [m] = toMatchMentors([mentor()], [], []);
    const score = scorePair(m, toMatchMentee(mentee({ experienceYears: 1 })), DEFAULT_MATCH_WEIGHTS);
    expect(m.category).toBe('без категории');
    expect(score.parts.experience).toBe(0);
    expect(score.reasons).toContain('стаж наставника не указан');
    expect(JSON.stringify(score)).not.toContain('NaN');
  });
});
