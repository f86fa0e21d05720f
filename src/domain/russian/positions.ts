import { OBLIQUE_CASES, type GrammaticalCase, type ObliqueCase } from './cases';
import { inTypedCase } from './letter-case';
import { FIXED_PREFIXES, IRREGULAR_NOUNS, SUBSTANTIVISED } from './position-words';

/**
 * A position in a case, as a text needs it: «назначить наставником воспитателя», «старшему воспитателю»,
 * «учителя-логопеда», «заместителю заведующего по воспитательно-методической работе». The adjectives before the
 * head noun and the head noun (both parts of «учитель-логопед») decline; what follows the head — «по …»,
 * «заведующего», «начальных классов» — is a complement and stays. A phrase starting with an abbreviation
 * («и. о. заведующего») is kept whole.
 */
export function declinePosition(position: string, gcase: GrammaticalCase): string {
  const words = position.replace(/\s+/g, ' ').trim().split(' ');
  if (gcase === 'nominative' || words[0] === '' || words[0].includes('.')) return words.join(' ');
  const out = [...words];
  for (let i = 0; i < words.length; i++) {
    const lower = words[i].toLowerCase();
    if (isAdjective(lower)) {
      out[i] = inTypedCase(words[i], adjectivePhrase(lower, gcase));
      if (SUBSTANTIVISED.has(lower)) break;
      continue;
    }
    out[i] = inTypedCase(words[i], noun(lower, gcase));
    break;
  }
  return out.join(' ');
}

const ADJECTIVE = /(ый|ий|ой|ая|яя)$/;

function isAdjective(word: string): boolean {
  return ADJECTIVE.test(word.split('-').pop() ?? '');
}

/** «научно-методический»: only the last part of a compound adjective declines. */
function adjectivePhrase(word: string, gcase: ObliqueCase): string {
  const parts = word.split('-');
  parts[parts.length - 1] = adjective(parts[parts.length - 1], gcase);
  return parts.join('-');
}

/** Endings by case, in the order of `OBLIQUE_CASES`. */
const ADJECTIVE_ENDINGS = {
  hard: ['ого', 'ому', 'ого', 'ым', 'ом'],
  velar: ['ого', 'ому', 'ого', 'им', 'ом'],
  soft: ['его', 'ему', 'его', 'им', 'ем'],
  feminineHard: ['ой', 'ой', 'ую', 'ой', 'ой'],
  feminineSoft: ['ей', 'ей', 'ую', 'ей', 'ей'],
  feminineYa: ['ей', 'ей', 'юю', 'ей', 'ей'],
} as const;

/**
 * An adjective of a masculine or feminine head («старший», «музыкальный», «старшая»), animate: the accusative of
 * the masculine is the genitive. After ж, ш, ч, щ the unstressed endings are -его/-ей; after г, к, х, -им.
 */
function adjective(word: string, gcase: ObliqueCase): string {
  const stem = word.slice(0, -2);
  const ending = word.slice(-2);
  const last = stem.slice(-1);
  const index = OBLIQUE_CASES.indexOf(gcase);
  let endings: readonly string[];
  if (ending === 'ая')
    endings = /[жшчщ]/.test(last) ? ADJECTIVE_ENDINGS.feminineSoft : ADJECTIVE_ENDINGS.feminineHard;
  else if (ending === 'яя') endings = ADJECTIVE_ENDINGS.feminineYa;
  else if (/[гкх]/.test(last)) endings = ADJECTIVE_ENDINGS.velar;
  else if (ending === 'ий') endings = ADJECTIVE_ENDINGS.soft;
  else endings = ADJECTIVE_ENDINGS.hard;
  return stem + endings[index];
}

/** A head noun, each part of a compound («учитель-логопед», «педагог-психолог») on its own, but «шеф-». */
function noun(word: string, gcase: ObliqueCase): string {
  return word
    .split('-')
    .map((part, i, parts) => {
      const irregular = IRREGULAR_NOUNS[part];
      if (irregular) return irregular[OBLIQUE_CASES.indexOf(gcase)];
      if (i < parts.length - 1 && FIXED_PREFIXES.has(part)) return part;
      return /^[а-яё]+$/.test(part) ? nounPart(part, gcase) : part;
    })
    .join('-');
}

/**
 * The ordinary declensions of a person noun: masculine on a consonant («инструктор», «методист»), on -ь
 * («учитель», «руководитель»), on -й; feminine on -а/-я («сестра», «няня»). A word on another vowel is foreign and
 * does not decline.
 */
function nounPart(word: string, gcase: ObliqueCase): string {
  const index = OBLIQUE_CASES.indexOf(gcase);
  const last = word.slice(-1);
  const before = word.slice(-2, -1);
  if (last === 'ь' || last === 'й') return word.slice(0, -1) + ['я', 'ю', 'я', 'ем', 'е'][index];
  if (last === 'я') {
    const endings = before === 'и' ? ['и', 'и', 'ю', 'ей', 'и'] : ['и', 'е', 'ю', 'ей', 'е'];
    return word.slice(0, -1) + endings[index];
  }
  if (last === 'а') {
    const genitive = /[гкхжшчщ]/.test(before) ? 'и' : 'ы';
    const instrumental = /[жшчщц]/.test(before) ? 'ей' : 'ой';
    return word.slice(0, -1) + [genitive, 'е', 'у', instrumental, 'е'][index];
  }
  if (/[еёиоуыэю]/.test(last)) return word;
  const instrumental = /[жшчщц]/.test(last) ? 'ем' : 'ом';
  return word + ['а', 'у', 'а', instrumental, 'е'][index];
}
