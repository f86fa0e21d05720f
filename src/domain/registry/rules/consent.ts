import { UserError } from '../../user-error';
import { fullName, type Person } from '../entities/people';

/**
 * The 152-ФЗ gate: nobody without consent to personal-data processing goes into a pair, a group or a document.
 * Throws a `UserError` naming every such person and what to do.
 */
export function requireConsent(people: readonly Person[], purpose = 'включить в пару или документ'): void {
  const without = people.filter((person) => person.consent !== true);
  if (without.length === 0) return;
  const names = without.map((p) => `${fullName(p)} (${p.id})`).join(', ');
  const many = without.length > 1;
  throw new UserError(
    `Нет согласия на обработку персональных данных: ${names}. ` +
      `Пока согласие не получено и не отмечено в банке, ${many ? 'их' : 'этого человека'} нельзя ${purpose}.`,
  );
}
