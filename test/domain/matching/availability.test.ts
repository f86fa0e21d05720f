import { availability, isSamePerson } from '../../../src/domain/matching';
import { mentee, mentor } from './fixtures';

describe('matching › availability (hard filters)', () => {
  it('lets an active mentor with consent and a free place be chosen', () => {
    expect(availability(mentor(), mentee())).toEqual({ available: true });
  });

  it('says a mentor without consent cannot be chosen, in the words the curator reads', () => {
    expect(availability(mentor({ consent: false }))).toEqual({
      available: false,
      reasons: ['нет согласия на обработку персональных данных'],
    });
  });

  it('says how full a mentor is when there is no free place', () => {
    expect(availability(mentor({ capacity: 3, activeMentees: 3 }))).toEqual({
      available: false,
      reasons: ['нет свободных мест (занято 3 из 3)'],
    });
  });

  it('says an inactive mentor is not in the bank', () => {
    expect(availability(mentor({ active: false }))).toEqual({
      available: false,
      reasons: ['не в банке наставников (неактивен)'],
    });
  });

  it('lists every failed filter at once, including the mentee side', () => {
    const result = availability(
      mentor({ active: false, consent: false, capacity: 1, activeMentees: 1 }),
      mentee({ active: false, consent: false }),
    );
    expect(result).toEqual({
      available: false,
      reasons: [
        'не в банке наставников (неактивен)',
        'нет согласия на обработку персональных данных',
        'нет свободных мест (занято 1 из 1)',
        'наставляемый не в банке наставляемых (неактивен)',
        'у наставляемого нет согласия на обработку персональных данных',
      ],
    });
  });

  it('never lets a person mentor themselves (same person ID)', () => {
    const result = availability(mentor({ personId: 'P1' }), mentee({ personId: 'P1' }));
    expect(result).toEqual({ available: false, reasons: ['это тот же человек, что и наставляемый'] });
  });

  it('allows reverse mentoring between two different people', () => {
    expect(availability(mentor({ personId: 'P1' }), mentee({ personId: 'P2' }))).toEqual({ available: true });
  });

  it('treats equal names as the same person when a person ID is missing, but trusts differing IDs', () => {
    const name = 'Сидорова Ольга Ивановна';
    expect(isSamePerson(mentor({ name }), mentee({ name: ' сидорова  ольга ивановна ' }))).toBe(true);
    expect(isSamePerson(mentor({ name, personId: 'P1' }), mentee({ name, personId: 'P2' }))).toBe(false);
    expect(isSamePerson(mentor({ name: 'Семёнова Е. А.' }), mentee({ name: 'Семенова Е. А.' }))).toBe(true);
  });
});
