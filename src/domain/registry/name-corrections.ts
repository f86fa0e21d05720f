/**
 * «Склонение ФИО» applied: each person's own forms of their name and recorded gender, as the Russian module takes
 * them (`NameOptions`). Rows are read as typed, with or without their ID yet; a cell that does not read (an unknown
 * case) applies nothing, and where a person has two rows for one case the first counts — «Проверить данные»
 * reports both (rules/name-corrections.ts).
 */
import { CASE_NAMES } from '../russian/cases';
import type { Gender } from '../russian/gender';
import type { NameCorrections, NameOptions } from '../russian/person-name';
import { normaliseId } from './ids';

/** A row of the sheet as read: each cell that reads, by column key (personId, case, form, gender). */
export type NameCorrectionRow = Readonly<Record<string, unknown>>;

const GENDERS: Readonly<Record<string, Gender>> = { м: 'male', ж: 'female' };

/**
 * Each person's options by `keyOf(personId)`: `keyOf` makes one person of a mentor and the same person's row in
 * «Наставляемые», so a correction typed against either ID applies to both.
 */
export function nameOptionsByPerson(
  rows: readonly NameCorrectionRow[],
  keyOf: (personId: string) => string = (id) => id,
): Map<string, NameOptions> {
  const corrections = new Map<string, Partial<Record<keyof NameCorrections, string>>>();
  const genders = new Map<string, Gender>();
  for (const row of rows) {
    const id = typeof row.personId === 'string' ? normaliseId(row.personId) : null;
    if (!id) continue;
    const key = keyOf(id);
    const grammaticalCase = typeof row.case === 'string' ? CASE_NAMES[row.case] : undefined;
    const form = typeof row.form === 'string' ? row.form.trim() : '';
    if (grammaticalCase && form) {
      const own = corrections.get(key) ?? {};
      if (own[grammaticalCase] === undefined) own[grammaticalCase] = form;
      corrections.set(key, own);
    }
    const gender = typeof row.gender === 'string' ? GENDERS[row.gender] : undefined;
    if (gender && !genders.has(key)) genders.set(key, gender);
  }
  const options = new Map<string, NameOptions>();
  for (const key of new Set([...corrections.keys(), ...genders.keys()])) {
    const gender = genders.get(key);
    const own = corrections.get(key);
    options.set(key, { ...(gender ? { gender } : {}), ...(own ? { corrections: own } : {}) });
  }
  return options;
}
