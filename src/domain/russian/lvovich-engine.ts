import { getGender, inclineFirstname, inclineLastname, inclineMiddlename } from 'lvovich/dist/lvovich.min.js';
import type { GrammaticalCase, ObliqueCase } from './cases';
import type { Gender } from './gender';
import type { NameEngine } from './person-name';

// The library's own minified build: 21 KB in the bundle against 36 KB for its CommonJS files (lib/), which the
// ES modules (esm/) would shrink only for a bundler, not for jest; it declines exactly as lib/ does (README).

/** Endings after «ч» of an adjectival surname: Осадчий — Осадчего, Осадчая — Осадчей. */
const CH_ADJECTIVE: Readonly<Record<Gender, Readonly<Record<ObliqueCase, string>>>> = {
  male: { genitive: 'его', dative: 'ему', accusative: 'его', instrumental: 'им', prepositional: 'ем' },
  female: { genitive: 'ей', dative: 'ей', accusative: 'ую', instrumental: 'ей', prepositional: 'ей' },
};

/** A woman's name on «-ь» declines like «Любовь»: Асели, Асели, Асель, Аселью, Асели. */
const SOFT_SIGN_FEMALE: Readonly<Record<ObliqueCase, string>> = {
  genitive: 'и',
  dative: 'и',
  accusative: 'ь',
  instrumental: 'ью',
  prepositional: 'и',
};

/**
 * lvovich 2.1.0 (the measured choice, README) with two fixes of its rules where they break Russian grammar:
 * adjectival surnames on -чий/-чая («Осадчия», «Осадчой») and women's names on -ль left undeclined («Асель»,
 * «Гузель», «Айгуль»). Everything else is the library's.
 */
export const lvovichEngine: NameEngine = {
  surname(word, gender, gcase) {
    const declined = inclineLastname(word, gcase, gender ?? 'androgynous');
    return eachPart(word, declined, (part) => chAdjective(part, gender, gcase));
  },
  firstName(word, gender, gcase) {
    const declined = inclineFirstname(word, gcase, gender ?? 'androgynous');
    return eachPart(word, declined, (part) => softSignFemale(part, gender, gcase));
  },
  patronymic(word, gender, gcase) {
    return inclineMiddlename(word, gcase, gender ?? 'androgynous');
  },
  guessGender({ surname, firstName }) {
    const gender = getGender({ first: firstName, last: surname });
    return gender === 'male' || gender === 'female' ? gender : undefined;
  },
};

/** Replaces the library's form of each hyphenated part where `fix` knows better. */
function eachPart(word: string, declined: string, fix: (part: string) => string | undefined): string {
  const typed = word.split('-');
  const library = declined.split('-');
  if (typed.length !== library.length) return declined;
  return library.map((part, i) => fix(typed[i]) ?? part).join('-');
}

function chAdjective(part: string, gender: Gender | undefined, gcase: GrammaticalCase): string | undefined {
  if (gcase === 'nominative' || !gender) return undefined;
  const ending = gender === 'male' ? 'чий' : 'чая';
  if (!part.toLowerCase().endsWith(ending)) return undefined;
  return part.slice(0, -2) + CH_ADJECTIVE[gender][gcase];
}

function softSignFemale(
  part: string,
  gender: Gender | undefined,
  gcase: GrammaticalCase,
): string | undefined {
  if (gcase === 'nominative' || gender !== 'female' || !part.endsWith('ь')) return undefined;
  return part.slice(0, -1) + SOFT_SIGN_FEMALE[gcase];
}
