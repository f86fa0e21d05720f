import { capacityLeft, requireCapacity } from '../../../../src/domain/registry/rules/capacity';
import { requireConsent } from '../../../../src/domain/registry/rules/consent';
import { checkMentorship } from '../../../../src/domain/registry/rules/mentorship-shape';
import { checkProgrammeTerm } from '../../../../src/domain/registry/rules/programme-term';
import { UserError } from '../../../../src/domain/user-error';
import { mentee, mentor, pair } from './fixtures';

describe('a programme’s term', () => {
  const term = (startDate: string, endDate: string, extendedUntil?: string) => ({
    startDate,
    endDate,
    extendedUntil,
  });

  it('is fine from exactly three months to exactly one year', () => {
    expect(checkProgrammeTerm(term('2025-09-01', '2025-11-30'))).toEqual([]);
    expect(checkProgrammeTerm(term('2025-09-01', '2026-09-01'))).toEqual([]);
  });

  it('is too short under three months, with the earliest end to type', () => {
    expect(checkProgrammeTerm(term('2025-09-01', '2025-11-29'))).toEqual([
      'Программа короче 3 месяцев: с 01.09.2025 по 29.11.2025. Укажите окончание не раньше 30.11.2025.',
    ]);
  });

  it('is too long over a year unless extended', () => {
    expect(checkProgrammeTerm(term('2025-09-01', '2026-09-02'))[0]).toContain('Программа длиннее 1 года');
    expect(checkProgrammeTerm(term('2025-09-01', '2026-05-31', '2026-12-31'))).toEqual([]);
  });

  it('refuses an extension that does not move the end later, and an end before the start', () => {
    expect(checkProgrammeTerm(term('2025-09-01', '2026-05-31', '2026-05-31'))).toEqual([
      'Дата продления (31.05.2026) должна быть позже окончания программы (31.05.2026).',
    ]);
    expect(checkProgrammeTerm(term('2025-09-01', '2025-08-01'))).toEqual([
      'Окончание программы (01.08.2025) раньше её начала (01.09.2025).',
    ]);
  });
});

describe('a mentor’s capacity', () => {
  it('counts mentees of drafted, approved, running and extended pairs, not of finished ones', () => {
    const mentorships = [
      pair({ id: 'ПГ-0001', status: 'проект', menteeIds: ['НЯ-0001'] }),
      pair({ id: 'ПГ-0002', status: 'завершена', menteeIds: ['НЯ-0002'] }),
      pair({ id: 'ПГ-0003', status: 'прекращена досрочно', menteeIds: ['НЯ-0003'] }),
    ];
    expect(capacityLeft(mentor({ capacity: 2 }), mentorships)).toBe(1);
    expect(capacityLeft(mentor({ capacity: undefined }), mentorships)).toBe(2);
  });

  it('is never exceeded: a group of three for a mentor of two is refused', () => {
    const group = pair({ id: 'ПГ-0009', menteeIds: ['НЯ-0001', 'НЯ-0002', 'НЯ-0003'], kinds: ['в группе'] });
    expect(() => requireCapacity(mentor({ capacity: 2 }), [], group)).toThrow(
      new UserError(
        'Наставник Иванова Мария Петровна (НК-0001) может вести не более 2 наставляемых одновременно, а здесь их было бы 3. ' +
          'Выберите другого наставника или измените число в столбце «Наставляемых одновременно (не более)».',
      ),
    );
  });

  it('lets a pair be edited in place without counting it twice', () => {
    const existing = pair({ status: 'идёт', menteeIds: ['НЯ-0001', 'НЯ-0002'], kinds: ['в группе'] });
    expect(() =>
      requireCapacity(mentor({ capacity: 2 }), [existing], { ...existing, note: 'изменена' }),
    ).not.toThrow();
  });
});

describe('consent to personal-data processing', () => {
  it('lets people with consent through', () => {
    expect(() => requireConsent([mentor(), mentee()])).not.toThrow();
  });

  it('stops anyone without consent and names them', () => {
    expect(() => requireConsent([mentor(), mentee({ consent: false })])).toThrow(
      'Нет согласия на обработку персональных данных: Петрова Анна Сергеевна (НЯ-0001). ' +
        'Пока согласие не получено и не отмечено в банке, этого человека нельзя включить в пару или документ.',
    );
  });
});

describe('the shape of a pair or group', () => {
  it('accepts a pair and a group of two with the kind «в группе»', () => {
    expect(checkMentorship(pair())).toEqual([]);
    expect(checkMentorship(pair({ menteeIds: ['НЯ-0001', 'НЯ-0002'], kinds: ['в группе'] }))).toEqual([]);
  });

  it('asks a group to be marked «в группе», and a «group» of one to get more mentees', () => {
    expect(checkMentorship(pair({ menteeIds: ['НЯ-0001', 'НЯ-0002'] }))).toEqual([
      'Группа ПГ-0001: 2 наставляемых, добавьте вид «в группе».',
    ]);
    expect(checkMentorship(pair({ kinds: ['в группе'] }))).toEqual([
      'Пара ПГ-0001: вид «в группе» требует не меньше двух наставляемых. Добавьте наставляемых или уберите этот вид.',
    ]);
  });

  it('lets one person mentor in one pair and be mentored in another, never by themselves', () => {
    const reverse = mentor({ menteeId: 'НЯ-0002' });
    expect(checkMentorship(pair(), reverse, [mentee()])).toEqual([]);
    const self = mentee({ id: 'НЯ-0002', surname: 'Иванова', firstName: 'Мария', patronymic: 'Петровна' });
    expect(checkMentorship(pair({ menteeIds: ['НЯ-0002'] }), reverse, [self])).toEqual([
      'Пара ПГ-0001: Иванова Мария Петровна (НЯ-0002) — это сам наставник, наставлять себя нельзя.',
    ]);
  });

  it('recognises the same person by the same e-mail even without the link', () => {
    const withEmail = mentor({ email: 'Ivanova@example.ru' });
    expect(checkMentorship(pair(), withEmail, [mentee({ email: 'ivanova@example.ru ' })])).toHaveLength(1);
  });

  it('wants a reason for an early end and an end after the start', () => {
    expect(checkMentorship(pair({ status: 'прекращена досрочно', endDate: '2025-08-01' }))).toEqual([
      'Пара ПГ-0001: статус «прекращена досрочно», укажите причину досрочного завершения.',
      'Пара ПГ-0001: окончание (01.08.2025) раньше начала (01.09.2025).',
    ]);
  });
});
