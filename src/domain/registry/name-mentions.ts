/**
 * Finding a person in free text, for consent withdrawal: the name however it is declined or written
 * («Мельникова Ольга», «Ольге Сергеевне», «О. С. Мельниковой», «Мельникову О.С.»), the e-mail in any letter case,
 * the phone with or without spaces, brackets, «+7» or «8». And only this person: a surname next to someone else's
 * initials or next to the first name of another person of the registry is that person's, a first name alone is
 * anybody's, and a contact the row's own person shares (a work phone) is theirs too.
 */
import { genderOf, isPatronymicParticle, nameForms, normaliseWord, type NameRole } from './name-forms';
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

/** What replaces a mention of a person in free text. */
export const REMOVED_MENTION = '[удалено]';

/** People's mentions, prepared once to look through many cells. */
export interface Mentions {
  /** Whether the text mentions any of the people. */
  found(text: string): boolean;
  /**
   * The text with every mention replaced by «[удалено]». A phone or e-mail that is also the contact of `owner`
   * (the person whose row the text is in) stays: it is theirs as much.
   */
  remove(text: string, owner?: NameParts): string;
}

/**
 * The mentions of `people` (one person's rows in both banks), told apart from `others` (everyone else in the
 * registry, whose first names and patronymics mark a namesake's surname as theirs).
 */
export function mentionsOf(people: readonly NameParts[], others: readonly NameParts[] = []): Mentions {
  const matchers = people.map((person) => personMatcher(person, others));
  const remove = (text: string, owner?: NameParts) =>
    matchers.reduce((result, m) => m.remove(result, owner), text);
  return { found: (text) => remove(text) !== text, remove };
}

/** Replaces every mention of one person in `text`; the text unchanged when there is none. */
export function removeMentions(text: string, person: NameParts, others: readonly NameParts[] = []): string {
  return mentionsOf([person], others).remove(text);
}

interface Matcher {
  remove(text: string, owner?: NameParts): string;
}

function personMatcher(person: NameParts, others: readonly NameParts[]): Matcher {
  const email = emailPattern(person.email);
  const phone = phonePattern(person.phone);
  const names = nameMatcher(person, others);
  return {
    remove(text, owner) {
      let result = text;
      if (email && normaliseWord(owner?.email ?? '') !== email.value)
        result = result.replace(email.pattern, REMOVED_MENTION);
      if (phone && phoneDigits(owner?.phone) !== phone.value)
        result = result.replace(phone.pattern, REMOVED_MENTION);
      return names(result);
    },
  };
}

function emailPattern(email: string | undefined): { value: string; pattern: RegExp } | null {
  const value = normaliseWord(email ?? '');
  if (value.length < 5 || !value.includes('@')) return null;
  return { value, pattern: new RegExp(`(?<![\\w.+-])${escape(value)}(?!\\.?[\\w-])`, 'gi') };
}

/** A phone's own digits: «+7 (900) 123-45-67», «8 900 1234567» and 79001234567 are all 9001234567. */
function phoneDigits(phone: string | undefined): string {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length === 11 && /^[78]/.test(digits) ? digits.slice(1) : digits;
}

function phonePattern(phone: string | undefined): { value: string; pattern: RegExp } | null {
  const value = phoneDigits(phone);
  if (value.length < 5) return null;
  const prefix = value.length === 10 ? '(?:(?:\\+\\s*7|8|7)[\\s().‐–-]*)?' : '';
  const body = value.split('').join('[\\s().‐–-]*');
  return { value, pattern: new RegExp(`(?<![\\d+])${prefix}${body}(?!\\d)`, 'g') };
}

/** A word of text, or an initial («О.»), with where it is. */
interface Token {
  readonly start: number;
  readonly end: number;
  readonly initial?: string;
  readonly word?: string;
  readonly capital: boolean;
  /** Written like a name: «Марина», not «ИКТ». */
  readonly title: boolean;
}

const TOKEN = /[А-ЯЁ]\.|[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*/g;

function tokens(text: string): Token[] {
  const found: Token[] = [];
  const pattern = new RegExp(TOKEN.source, 'g');
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const [raw] = m;
    const start = m.index;
    const capital = /^[А-ЯЁ]/.test(raw);
    const title = /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$/.test(raw);
    found.push(
      raw.endsWith('.')
        ? { start, end: start + raw.length, initial: raw[0], capital, title: false }
        : { start, end: start + raw.length, word: normaliseWord(raw), capital, title },
    );
  }
  return found;
}

/** The forms of one person's name by role, and which of them count in lower case (typed so in the bank). */
interface NameForms {
  readonly roles: Record<NameRole, Set<string>>;
  readonly lowerCase: Set<string>;
  readonly initials: Set<string>;
}

function formsOf(person: NameParts): NameForms {
  const gender = genderOf(person);
  const roles = { surname: new Set<string>(), first: new Set<string>(), patronymic: new Set<string>() };
  const lowerCase = new Set<string>();
  const initials = new Set<string>();
  const parts: Array<[NameRole, string | undefined]> = [
    ['surname', person.surname],
    ['first', person.firstName],
    ['patronymic', person.patronymic],
  ];
  for (const [role, part] of parts) {
    const words = (part ?? '').trim().split(/\s+/);
    for (const word of words) {
      if (!/^[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*$/.test(word) || word.length < 2) continue;
      // In a name of several words, a lower-case one is no name («Удалено по отзыву согласия»), but «оглы» is.
      if (words.length > 1 && !/^[А-ЯЁ]/.test(word) && !isPatronymicParticle(word)) continue;
      const forms = nameForms(word, role, gender);
      forms.forEach((f) => roles[role].add(f));
      if (!/^[А-ЯЁ]/.test(word)) forms.forEach((f) => lowerCase.add(f));
      if (role !== 'surname' && /^[А-ЯЁ]/.test(word)) initials.add(word[0]);
    }
  }
  return { roles, lowerCase, initials };
}

/**
 * Replaces runs of the person's name words and initials (separated by spaces only) that contain the surname, or
 * the first name with the patronymic. A lone surname is someone else's when right next to it stand other
 * initials or another registry person's first name or patronymic, or when a word written like a name follows it
 * («Иванова Марина» is not Иванова Мария).
 */
function nameMatcher(person: NameParts, others: readonly NameParts[]): (text: string) => string {
  const own = formsOf(person);
  const otherNames = new Set<string>();
  for (const other of others) {
    const forms = formsOf(other).roles;
    for (const f of [...forms.first, ...forms.patronymic])
      if (!own.roles.first.has(f) && !own.roles.patronymic.has(f)) otherNames.add(f);
  }
  if (own.roles.surname.size === 0 && (own.roles.first.size === 0 || own.roles.patronymic.size === 0))
    return (text) => text;
  const has = (t: Token, role: NameRole) =>
    t.word !== undefined && own.roles[role].has(t.word) && (t.capital || own.lowerCase.has(t.word));
  const isOwn = (t: Token) =>
    t.initial !== undefined
      ? own.initials.has(t.initial)
      : has(t, 'surname') || has(t, 'first') || has(t, 'patronymic');
  const isOthers = (t: Token | undefined) =>
    t !== undefined && (t.initial !== undefined || (t.capital && otherNames.has(t.word ?? '')));

  return (text) => {
    const all = tokens(text);
    // Words of one name stand on one line: a list of surnames one per line is several people.
    const adjacent = (a: Token, b: Token) => /^[ \t\u00A0]*$/.test(text.slice(a.end, b.start));
    const spans: Array<[number, number]> = [];
    for (let i = 0; i < all.length;) {
      if (!isOwn(all[i])) {
        i += 1;
        continue;
      }
      let j = i;
      while (j + 1 < all.length && isOwn(all[j + 1]) && adjacent(all[j], all[j + 1])) j += 1;
      const run = all.slice(i, j + 1);
      const full = run.some((t) => has(t, 'first')) && run.some((t) => has(t, 'patronymic'));
      const withSurname = run.some((t) => has(t, 'surname'));
      const before = i > 0 && adjacent(all[i - 1], all[i]) ? all[i - 1] : undefined;
      const after = j + 1 < all.length && adjacent(all[j], all[j + 1]) ? all[j + 1] : undefined;
      const someoneElse =
        !full && run.length === 1 && (isOthers(before) || isOthers(after) || after?.title === true);
      if ((withSurname || full) && !someoneElse) spans.push([all[i].start, all[j].end]);
      i = j + 1;
    }
    let result = text;
    for (const [start, end] of spans.reverse())
      result = result.slice(0, start) + REMOVED_MENTION + result.slice(end);
    return result;
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}
