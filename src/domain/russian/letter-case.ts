/**
 * Letter case around declension: the libraries expect «Иванова» and append lower-case endings, so a name typed
 * «ИВАНОВА» is declined as «Иванова» and given its typed case back («ИВАНОВОЙ»).
 */

/** «иванова», «ИВАНОВА» → «Иванова»; each part of a hyphenated word on its own («Петрова-Водкина»). */
export function capitalised(word: string): string {
  return word
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
    .join('-');
}

/**
 * Gives `declined` the letter case `typed` had: all capitals stay capitals, lower case stays lower, a capital
 * first letter stays one; anything else («МакДональд») letter by letter. Hyphenated parts each keep their own.
 */
export function inTypedCase(typed: string, declined: string): string {
  const typedParts = typed.split('-');
  const declinedParts = declined.split('-');
  if (typedParts.length !== declinedParts.length) return declined;
  return declinedParts.map((part, i) => partInCase(typedParts[i], part)).join('-');
}

function partInCase(typed: string, declined: string): string {
  const letters = typed.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return declined;
  if (letters.length > 1 && letters === letters.toUpperCase()) return declined.toUpperCase();
  if (letters === letters.toLowerCase()) return declined.toLowerCase();
  if (letters === capitalised(letters)) return capitalised(declined);
  return Array.from(declined, (char, i) => {
    const model = typed.charAt(Math.min(i, typed.length - 1));
    return model === model.toUpperCase() ? char.toUpperCase() : char.toLowerCase();
  }).join('');
}
