import type { GrammaticalCase } from '../russian/cases';
import { declineNameParts } from '../russian/names';
import type { NameOptions, PersonName } from '../russian/person-name';
import { declinePosition } from '../russian/positions';
import { initials } from '../russian/short-names';

export type { NameOptions, PersonName };

/**
 * What documents need of the Russian language: names and positions by case, dates in words. The Russian module
 * of the domain (src/domain/russian/) supplies it — `declineNameParts` of names.ts, `declinePosition` of
 * positions.ts — and the use case adds its long date in the spreadsheet's time zone; documents decline nothing
 * themselves.
 */
export interface DocumentLanguage {
  /** The parts of a name in a case («Иванова Мария Петровна» → dative «Ивановой Марии Петровне»). */
  declineNameParts(name: PersonName, grammaticalCase: GrammaticalCase, options?: NameOptions): PersonName;
  /** A position in a case («старший воспитатель» → accusative «старшего воспитателя»). */
  declinePosition(position: string, grammaticalCase: GrammaticalCase): string;
  /** An ISO date in words: «1 сентября 2025 г.». */
  longDate(isoDate: string): string;
  /**
   * Told each declined name a document uses of a person the registry knows by ID, as the whole name in its case
   * (whatever style printed it): the preview lists these forms so the curator can correct one.
   */
  nameUsed?(use: NameUse): void;
}

/** A person's name as a document used it: whose, in which case, and the whole name in that case. */
export interface NameUse {
  readonly personId: string;
  readonly name: PersonName;
  readonly grammaticalCase: GrammaticalCase;
  readonly form: string;
  /** The form is the person's own (their correction), not the library's. */
  readonly corrected: boolean;
}

/** The Russian module's declension with a long date the caller makes in the spreadsheet's time zone. */
export function russianLanguage(longDate: (isoDate: string) => string): DocumentLanguage {
  return { declineNameParts, declinePosition, longDate };
}

/** How a name is printed. */
export type NameStyle = 'full' | 'surnameInitials' | 'initialsSurname';

/**
 * A name printed in a style: «Иванова Мария Петровна», «Иванова М. П.» (lists, tables) or «М. П. Иванова» (the
 * signature and «С приказом ознакомлены», where the standard puts the initials before the surname).
 */
export function formatName(name: PersonName, style: NameStyle): string {
  const surname = name.surname.trim();
  if (style === 'full')
    return [surname, name.firstName, name.patronymic]
      .map((p) => (p ?? '').trim())
      .filter(Boolean)
      .join(' ');
  const short = initials(name);
  if (!short) return surname;
  return style === 'surnameInitials' ? `${surname} ${short}` : `${short} ${surname}`;
}

/**
 * Splits a name typed in one cell («Тимофеева Елена Викторовна», as «Настройки» hold the head and the curator)
 * into parts: surname first, then the first name, then the rest as the patronymic («Рашид оглы»). A name typed
 * with initials («Тимофеева Е.В.» or «Е.В. Тимофеева») keeps them as the first name and patronymic.
 */
export function splitFullName(text: string): PersonName {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const initialsFirst = /^([А-ЯЁA-Z]\.\s*){1,2}$/;
  const leading = words.findIndex((w) => !initialsFirst.test(w));
  if (leading > 0 && leading === words.length - 1) {
    const letters =
      words
        .slice(0, leading)
        .join('')
        .match(/[А-ЯЁA-Z]\./g) ?? [];
    return { surname: words[leading], firstName: letters[0] ?? '', patronymic: letters[1] };
  }
  const [surname = '', firstName = '', ...rest] = words;
  const tail = rest.join(' ');
  if (rest.length === 0 && /^([А-ЯЁA-Z]\.){2}$/.test(firstName)) {
    const [a = '', b] = firstName.match(/[А-ЯЁA-Z]\./g) ?? [];
    return { surname, firstName: a, patronymic: b };
  }
  return tail ? { surname, firstName, patronymic: tail } : { surname, firstName };
}

/** «01.09.2025»: the date requisite of an order in digits, as the standard allows and the seeds write it. */
export function digitsDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}

/** «01.09.2025 – 31.05.2026», or «с 01.09.2025» / «по 31.05.2026» when one end is unknown: a term in a table. */
export function termDigits(start?: string, end?: string): string | undefined {
  if (start && end) return `${digitsDate(start)} – ${digitsDate(end)}`;
  if (start) return `с ${digitsDate(start)}`;
  if (end) return `по ${digitsDate(end)}`;
  return undefined;
}
