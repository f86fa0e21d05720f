/** Small text helpers for matching explanations (plurals and numbers are in src/domain/russian/plural.ts). */

/** Normalises free text for comparison: trims, lower-cases, «ё» → «е», collapses inner spaces. */
export function normaliseText(value: string): string {
  return value.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
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
