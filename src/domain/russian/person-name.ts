import type { GrammaticalCase } from './cases';
import type { Gender } from './gender';

/** A person's name as the registry holds it: «Фамилия», «Имя», «Отчество» (which may be missing). */
export interface PersonName {
  readonly surname: string;
  readonly firstName: string;
  readonly patronymic?: string;
}

/**
 * A person's own forms of their name, which win over the library: case → the whole name in that case
 * («дательный» → «Кузьмичу Никите Ильичу»). The registry stores them per person; this module only applies them.
 */
export type NameCorrections = Partial<Readonly<Record<GrammaticalCase, string>>>;

/** What the caller knows beyond the name: the recorded gender (wins over the patronymic) and the corrections. */
export interface NameOptions {
  readonly gender?: Gender;
  readonly corrections?: NameCorrections;
}

/** A declension library, seen one word at a time: the word comes capitalised («Иванова»), never «ИВАНОВА». */
export interface NameEngine {
  surname(word: string, gender: Gender | undefined, gcase: GrammaticalCase): string;
  firstName(word: string, gender: Gender | undefined, gcase: GrammaticalCase): string;
  patronymic(word: string, gender: Gender | undefined, gcase: GrammaticalCase): string;
  /** The gender the surname and name suggest, when neither the person's record nor the patronymic says it. */
  guessGender(person: PersonName): Gender | undefined;
}
