import { transition } from '../../../../src/domain/registry/rules/transition';
import { UserError } from '../../../../src/domain/user-error';
import type { Mentorship } from '../../../../src/domain/registry/entities/mentorship';
import { pair } from './fixtures';

const today = '2025-10-15';

function ok(result: Mentorship | UserError): Mentorship {
  if (result instanceof UserError) throw new Error(`expected a mentorship, got: ${result.message}`);
  return result;
}

describe('a pair’s status', () => {
  it('goes проект → утверждена (with its order) → идёт → завершена', () => {
    const approved = ok(transition(pair(), 'утверждена', { today, orderId: 'ПК-0003' }));
    expect(approved).toMatchObject({ status: 'утверждена', orderId: 'ПК-0003' });
    const running = ok(transition(approved, 'идёт', { today }));
    expect(running).toMatchObject({ status: 'идёт', startDate: '2025-09-01' });
    expect(ok(transition(running, 'завершена', { today: '2026-05-31' }))).toMatchObject({
      status: 'завершена',
      actualEndDate: '2026-05-31',
    });
  });

  it('starts today when it had no start date', () => {
    expect(
      ok(transition(pair({ status: 'утверждена', startDate: undefined }), 'идёт', { today })).startDate,
    ).toBe(today);
  });

  it('cannot skip the order: проект → идёт is refused with what is allowed', () => {
    const result = transition(pair(), 'идёт', { today });
    expect(result).toBeInstanceOf(UserError);
    expect((result as UserError).message).toBe(
      'Пару ПГ-0001 нельзя перевести из статуса «проект» в «идёт». Из статуса «проект» можно перейти только в: «утверждена».',
    );
  });

  it('cannot leave a final status', () => {
    const result = transition(pair({ status: 'завершена' }), 'идёт', { today }) as UserError;
    expect(result.message).toContain('Статус «завершена» окончательный.');
  });

  it('ends early only with one of the reasons of the Положение', () => {
    const running = pair({ status: 'идёт' });
    const refused = transition(running, 'прекращена досрочно', { today, reason: 'надоело' }) as UserError;
    expect(refused).toBeInstanceOf(UserError);
    expect(refused.message).toContain('Чтобы прекратить пару ПГ-0001 досрочно, укажите причину:');
    const ended = ok(
      transition(running, 'прекращена досрочно', { today, reason: 'По инициативе куратора (форс-мажор)' }),
    );
    expect(ended).toMatchObject({ endReason: 'по инициативе куратора (форс-мажор)', actualEndDate: today });
  });

  it('is extended only to a later end date, then may run, end or stop early', () => {
    const running = pair({ status: 'идёт', menteeIds: ['НЯ-0001', 'НЯ-0002'], kinds: ['в группе'] });
    const earlier = transition(running, 'продлена', { today, newEndDate: '2026-05-01' }) as UserError;
    expect(earlier.message).toBe('Новая дата окончания (01.05.2026) должна быть позже прежней (31.05.2026).');
    const missing = transition(running, 'продлена', { today }) as UserError;
    expect(missing.message).toBe('Чтобы продлить группу ПГ-0001, укажите новую дату окончания.');
    const extended = ok(transition(running, 'продлена', { today, newEndDate: '2026-08-31' }));
    expect(extended).toMatchObject({ status: 'продлена', endDate: '2026-08-31' });
    expect(ok(transition(extended, 'идёт', { today })).status).toBe('идёт');
    expect(transition(extended, 'утверждена', { today })).toBeInstanceOf(UserError);
  });

  it('never changes the mentorship it was given', () => {
    const original = pair();
    transition(original, 'утверждена', { today, orderId: 'ПК-0001' });
    expect(original).toEqual(pair());
  });
});
