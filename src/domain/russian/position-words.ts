/** Forms of a word in the oblique cases, in the order of `OBLIQUE_CASES`. */
type Forms = readonly [
  genitive: string,
  dative: string,
  accusative: string,
  instrumental: string,
  prepositional: string,
];

/**
 * Head nouns of kindergarten and school positions whose forms the rules in `positions.ts` would get wrong: a
 * stressed ending after a soft consonant or a hissing one («секретарём», «врачом»). Every other noun follows the rules.
 */
export const IRREGULAR_NOUNS: Readonly<Record<string, Forms>> = {
  секретарь: ['секретаря', 'секретарю', 'секретаря', 'секретарём', 'секретаре'],
  врач: ['врача', 'врачу', 'врача', 'врачом', 'враче'],
};

/**
 * Adjectives and participles that name a position on their own and so are its head: what follows them is a
 * complement and stays as it is («заведующего хозяйством», «исполняющего обязанности директора»).
 */
export const SUBSTANTIVISED = new Set([
  'заведующий',
  'заведующая',
  'исполняющий',
  'исполняющая',
  'управляющий',
  'управляющая',
  'вожатый',
  'вожатая',
  'рабочий',
  'рабочая',
]);

/** First parts of a compound noun that never decline: «шеф-повара», «вице-президента». */
export const FIXED_PREFIXES = new Set(['шеф', 'вице', 'экс', 'обер']);
