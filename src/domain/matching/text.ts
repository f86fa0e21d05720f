/** Small Russian-text helpers for matching explanations; pure and locale-independent. */

/** Normalises free text for comparison: trims, lower-cases, «ё» → «е», collapses inner spaces. */
export function normaliseText(value: string): string {
  return value.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

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

/** Years, as «год / года / лет». */
export const YEARS: readonly [string, string, string] = ['год', 'года', 'лет'];
/** Places, as «место / места / мест». */
export const PLACES: readonly [string, string, string] = ['место', 'места', 'мест'];

/** Compares strings by UTF-16 code units: the same order on every machine, unlike localeCompare. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// One collator for the module: localeCompare(b, 'ru') would build a new one on every comparison.
const russian = new Intl.Collator('ru');

/** Orders display names the way a Russian reader expects (ru collation), then by code units for stability. */
export function compareNames(a: string, b: string): number {
  return russian.compare(a, b) || compareCodeUnits(a, b);
}
