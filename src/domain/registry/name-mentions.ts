/**
 * Finding a person's name in free text, Russian declension included («Иванова», «Ивановой», «Иванову М. П.»,
 * «Марии Петровне»), for anonymisation. It errs on the side of removing: a namesake's surname goes too.
 */
import type { Cells } from './sheet-row';

/** The parts of a person the text may mention. */
export interface NameParts {
  readonly surname?: string;
  readonly firstName?: string;
  readonly patronymic?: string;
  readonly email?: string;
  readonly phone?: string;
}

/** A bank row's name and contacts (text cells; a phone the sheet turned into a number counts too). */
export function nameParts(cells: Cells): NameParts {
  const text = (key: string) => (typeof cells[key] === 'string' ? (cells[key] as string) : undefined);
  const phone = cells.phone;
  return {
    surname: text('surname'),
    firstName: text('firstName'),
    patronymic: text('patronymic'),
    email: text('email'),
    phone: typeof phone === 'number' ? String(phone) : text('phone'),
  };
}

const LETTER = 'А-Яа-яЁё';
const ENDING = `[а-яё]{0,3}`;
const INITIALS = `[А-ЯЁ]\\.(?:\\s?[А-ЯЁ]\\.)?`;

/** What replaces a mention of a person in free text. */
export const REMOVED_MENTION = '[удалено]';

/** Replaces every mention of the person in `text`; returns the text unchanged if there is none. */
export function removeMentions(text: string, person: NameParts): string {
  let result = text;
  for (const literal of [person.email, person.phone]) {
    const t = literal?.trim();
    if (t && t.length >= 5) result = result.split(t).join(REMOVED_MENTION);
  }
  for (const pattern of namePatterns(person)) result = result.replace(pattern, REMOVED_MENTION);
  return result;
}

function namePatterns(person: NameParts): RegExp[] {
  const patterns: RegExp[] = [];
  const word = (stem: string) => `(?<![${LETTER}])${escape(stem)}${ENDING}(?![${LETTER}])`;
  const surname = clean(person.surname);
  if (surname) {
    const s = word(stem(surname));
    // «И. О. Иванова», «Иванова И.О.» and the surname alone, in any case ending.
    patterns.push(new RegExp(`${INITIALS}\\s?${s}|${s}(?:\\s${INITIALS})?`, 'g'));
  }
  const first = clean(person.firstName);
  const patronymic = clean(person.patronymic);
  if (first && patronymic)
    patterns.push(new RegExp(`${word(stem(first))}\\s+${word(stem(patronymic))}`, 'g'));
  return patterns;
}

function clean(part: string | undefined): string | undefined {
  const t = part?.trim();
  return t && /^[А-ЯЁа-яё-]{2,}$/.test(t) ? t : undefined;
}

// Declension changes the end of a Russian name: drop trailing vowels and «й», «ь» (keeping at least 3 letters).
function stem(name: string): string {
  let s = name;
  for (let i = 0; i < 2 && s.length > 3 && /[аяйьоеыиую]$/i.test(s); i += 1) s = s.slice(0, -1);
  return s;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}
