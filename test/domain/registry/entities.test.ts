import { MentorshipSchema, fullName, isGroup, personKey, SettingsSchema } from '../../../src/domain/registry';
import { mentor, pair } from './rules/fixtures';

describe('entities', () => {
  it('print a name as documents do, without a missing patronymic', () => {
    expect(fullName(mentor())).toBe('Иванова Мария Петровна');
    expect(fullName(mentor({ patronymic: undefined }))).toBe('Иванова Мария');
  });

  it('link the same person across the banks by «Также наставляемый»', () => {
    expect(personKey(mentor({ menteeId: 'НЯ-0003' }))).toBe(personKey({ id: 'НЯ-0003' }));
    expect(personKey(mentor())).toBe('НК-0001');
  });

  it('tell a group from a pair by its number of mentees', () => {
    expect(isGroup(pair())).toBe(false);
    expect(isGroup(pair({ menteeIds: ['НЯ-0001', 'НЯ-0002'] }))).toBe(true);
  });

  it('refuse a pair whose IDs belong to other sheets or whose date is not ISO', () => {
    expect(MentorshipSchema.safeParse(pair()).success).toBe(true);
    expect(MentorshipSchema.safeParse(pair({ mentorId: 'НЯ-0001' })).success).toBe(false);
    expect(MentorshipSchema.safeParse(pair({ startDate: '01.09.2025' })).success).toBe(false);
  });

  it('need the organisation, head, curator and academic year in settings', () => {
    const result = SettingsSchema.safeParse({ orgShortName: 'Детский сад № 64' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(
      expect.arrayContaining(['orgFullName', 'headName', 'curatorName', 'academicYearStart']),
    );
  });
});
