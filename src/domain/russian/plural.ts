/** Russian plural forms: the one plural function of the project («1 год», «3 года», «12 лет»). */

/** Picks the Russian plural form for `n`: forms are [1 год, 2 года, 5 лет]. */
export function pluralRu(n: number, forms: readonly [string, string, string]): string {
  const abs = Math.abs(Math.trunc(n));
  const lastTwo = abs % 100;
  const last = abs % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}

/** «3 года», «12 лет»: a number with its plural noun; fractions are shown with one decimal. */
export function countRu(n: number, forms: readonly [string, string, string]): string {
  if (!Number.isInteger(n)) return `${formatNumber(n)} ${forms[1]}`;
  return `${n} ${pluralRu(n, forms)}`;
}

/** Formats a number the Russian way: integers as is, otherwise one decimal with a comma. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return (Math.round(n * 10) / 10).toFixed(1).replace('.', ',');
}
