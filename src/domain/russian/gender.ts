/** A person's grammatical gender, which decides how a name declines (Кузьмич Никита — Кузьмича; Кузьмич Анна — Кузьмич). */
export type Gender = 'male' | 'female';

/** The words of a Turkic patronymic after the father's name: «сын» and «дочь». */
const SON = ['оглы', 'оглу', 'угли', 'улы', 'уулу'];
const DAUGHTER = ['кызы', 'гызы', 'кизи'];

/** A Turkic patronymic («Рашид оглы») as the father's name and the word that follows it. */
export interface TurkicPatronymic {
  readonly father: string;
  /** What stood between the two: a space, or a hyphen («Рашид-оглы»). */
  readonly separator: string;
  readonly marker: string;
  readonly gender: Gender;
}

/** «Рашид оглы» → father «Рашид», marker «оглы», male; `undefined` for a patronymic of another kind. */
export function turkicPatronymic(patronymic: string): TurkicPatronymic | undefined {
  const m = /^(.+?)(\s+|-)(\p{L}+)$/u.exec(patronymic.trim());
  if (!m) return undefined;
  const [, father, separator, marker] = m;
  if (SON.includes(marker.toLowerCase())) return { father, separator, marker, gender: 'male' };
  if (DAUGHTER.includes(marker.toLowerCase())) return { father, separator, marker, gender: 'female' };
  return undefined;
}

/** The gender a patronymic shows: «-вич», «-ич», «оглы» are a man's; «-вна», «-чна», «кызы» a woman's. */
export function genderFromPatronymic(patronymic: string | undefined): Gender | undefined {
  if (!patronymic?.trim()) return undefined;
  const turkic = turkicPatronymic(patronymic);
  if (turkic) return turkic.gender;
  const word = patronymic.trim().toLowerCase();
  if (word.endsWith('ич')) return 'male';
  if (/[вч]на$/.test(word)) return 'female';
  return undefined;
}
