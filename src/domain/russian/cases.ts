/** The six grammatical cases of Russian, by the names templates and people use for them. */

/** A grammatical case. */
export type GrammaticalCase =
  'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';

/** Each case by its Russian name, as a template spells it («{{Наставник.ФИО.дательный}}»). */
export const CASE_NAMES: Readonly<Record<string, GrammaticalCase>> = {
  именительный: 'nominative',
  родительный: 'genitive',
  дательный: 'dative',
  винительный: 'accusative',
  творительный: 'instrumental',
  предложный: 'prepositional',
};

/** The cases a word changes in: all but the nominative. */
export type ObliqueCase = Exclude<GrammaticalCase, 'nominative'>;

/** The oblique cases in the grammar books' order, which tables of endings follow. */
export const OBLIQUE_CASES: readonly ObliqueCase[] = [
  'genitive',
  'dative',
  'accusative',
  'instrumental',
  'prepositional',
];
