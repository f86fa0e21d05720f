import type { GrammaticalCase } from './cases';
import { genderFromPatronymic, turkicPatronymic, type Gender } from './gender';
import { capitalised, inTypedCase } from './letter-case';
import type { NameEngine, NameOptions, PersonName } from './person-name';

/** Declines names with any `NameEngine`: the engine-independent part of the module (and what the measurements wrap). */
export interface NameDecliner {
  /** The surname, name and patronymic in `gcase`; from the person's correction where it splits into the three. */
  parts(person: PersonName, gcase: GrammaticalCase, options?: NameOptions): PersonName;
  /** «Иванова Мария Петровна» in `gcase`; the person's correction for that case, if any, as typed. */
  fullName(person: PersonName, gcase: GrammaticalCase, options?: NameOptions): string;
  /** The gender declension goes by: recorded, else from the patronymic, else the engine's guess. */
  gender(person: PersonName, options?: NameOptions): Gender | undefined;
}

const VOWEL = /[аеёиоуыэюя]$/i;

/** Builds the module's declension around one engine. */
export function nameDecliner(engine: NameEngine): NameDecliner {
  const gender = (person: PersonName, options: NameOptions = {}): Gender | undefined =>
    options.gender ?? genderFromPatronymic(person.patronymic) ?? engine.guessGender(tidyName(person));

  function declined(person: PersonName, gcase: GrammaticalCase, options: NameOptions): PersonName {
    const typed = tidyName(person);
    if (gcase === 'nominative') return typed;
    const g = gender(typed, options);
    const surname = words(typed.surname, (w) => femaleKeepsSurname(w, g, engine.surname(w, g, gcase)));
    const firstName = words(typed.firstName, (w) => engine.firstName(w, g, gcase));
    if (!typed.patronymic) return { surname, firstName };
    return { surname, firstName, patronymic: patronymic(typed.patronymic, g, gcase) };
  }

  function patronymic(typed: string, g: Gender | undefined, gcase: GrammaticalCase): string {
    const turkic = turkicPatronymic(typed);
    if (!turkic) return words(typed, (w) => engine.patronymic(w, g, gcase));
    // The word «оглы» never declines; the father's name does in a man's patronymic, as a man's name would.
    if (turkic.gender === 'female') return typed;
    const father = words(turkic.father, (w) => engine.firstName(w, 'male', gcase));
    return `${father}${turkic.separator}${turkic.marker}`;
  }

  function parts(person: PersonName, gcase: GrammaticalCase, options: NameOptions = {}): PersonName {
    const correction = tidy(options.corrections?.[gcase] ?? '');
    const corrected = correction ? fromCorrection(correction, tidyName(person)) : undefined;
    return corrected ?? declined(person, gcase, options);
  }

  function fullName(person: PersonName, gcase: GrammaticalCase, options: NameOptions = {}): string {
    const correction = tidy(options.corrections?.[gcase] ?? '');
    return correction || joinName(declined(person, gcase, options));
  }

  return { parts, fullName, gender };
}

/** «Иванова Мария Петровна»: the parts joined, a missing patronymic left out. */
export function joinName(person: PersonName): string {
  return [person.surname, person.firstName, person.patronymic ?? ''].filter(Boolean).join(' ');
}

/** Trims each part and collapses its inner spaces (a cell may hold «Иванова  » or a no-break space). */
export function tidyName(person: PersonName): PersonName {
  const patronymic = tidy(person.patronymic ?? '');
  return {
    surname: tidy(person.surname),
    firstName: tidy(person.firstName),
    ...(patronymic ? { patronymic } : {}),
  };
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Declines each word of a part in its capitalised form and gives it back its typed case. */
function words(part: string, decline: (word: string) => string): string {
  return part
    .split(' ')
    .map((word) => inTypedCase(word, decline(capitalised(word))))
    .join(' ');
}

/** A woman's surname ending in a consonant never declines (Шевчук, Цой, Врубель), whatever the library says. */
function femaleKeepsSurname(word: string, gender: Gender | undefined, declined: string): string {
  if (gender !== 'female') return declined;
  const typedParts = word.split('-');
  const declinedParts = declined.split('-');
  if (typedParts.length !== declinedParts.length) return declined;
  return declinedParts.map((part, i) => (VOWEL.test(typedParts[i]) ? part : typedParts[i])).join('-');
}

/** The correction split like the typed name, word for word; `undefined` when the word counts differ. */
function fromCorrection(correction: string, typed: PersonName): PersonName | undefined {
  const all = correction.split(' ');
  const counts = [typed.surname, typed.firstName, typed.patronymic ?? ''].map((p) =>
    p ? p.split(' ').length : 0,
  );
  if (all.length !== counts[0] + counts[1] + counts[2]) return undefined;
  const surname = all.slice(0, counts[0]).join(' ');
  const firstName = all.slice(counts[0], counts[0] + counts[1]).join(' ');
  const patronymic = all.slice(counts[0] + counts[1]).join(' ');
  return { surname, firstName, ...(patronymic ? { patronymic } : {}) };
}
