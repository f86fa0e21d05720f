import type { GrammaticalCase } from './cases';
import { turkicPatronymic } from './gender';
import { tidyName } from './name-decliner';
import { declineNameParts } from './names';
import type { NameOptions, PersonName } from './person-name';

/** «Иванова М. П.»: the surname, declined, and the initials, as lists and annexes write a person. */
export function surnameWithInitials(
  person: PersonName,
  gcase: GrammaticalCase = 'nominative',
  options: NameOptions = {},
): string {
  return [declineNameParts(person, gcase, options).surname, initials(person)].filter(Boolean).join(' ');
}

/** «М. П. Иванова»: the initials first, as a signature line and «С приказом ознакомлены» write a person. */
export function initialsWithSurname(
  person: PersonName,
  gcase: GrammaticalCase = 'nominative',
  options: NameOptions = {},
): string {
  return [initials(person), declineNameParts(person, gcase, options).surname].filter(Boolean).join(' ');
}

/**
 * «М. П.»: the first letters of the name and the patronymic, each part of a double name its own («Анна-Мария» →
 * «А.-М.»); a Turkic patronymic gives its father's name («Рашид оглы» → «Р.»).
 */
export function initials(person: PersonName): string {
  const { firstName, patronymic } = tidyName(person);
  const father = patronymic && (turkicPatronymic(patronymic)?.father ?? patronymic);
  return [firstName, father ?? '']
    .filter(Boolean)
    .map((word) =>
      word
        .split('-')
        .map((part) => `${part.charAt(0).toUpperCase()}.`)
        .join('-'),
    )
    .join(' ');
}
