import { CASE_NAMES, type GrammaticalCase } from '../russian/cases';

/**
 * The tags of the template language (README «Язык шаблонов») found in a paragraph's text: `{{Поле}}`,
 * `{{Поле.падеж}}`, `{{#если Поле}}` / `{{#если нет Поле}}` … `{{/если}}`, `{{#Повтор}}` … `{{/Повтор}}`.
 */
export type Tag =
  | {
      readonly kind: 'field';
      readonly name: string;
      readonly caseWord?: string;
      readonly grammaticalCase: GrammaticalCase;
    }
  | { readonly kind: 'ifOpen'; readonly test: string; readonly negate: boolean }
  | { readonly kind: 'ifClose' }
  | { readonly kind: 'repeatOpen'; readonly name: string }
  | { readonly kind: 'repeatClose'; readonly name: string }
  | { readonly kind: 'broken'; readonly message: string };

/** A tag where it stands in the paragraph's text (`end` is exclusive), with the text as typed. */
export interface TagAt {
  readonly tag: Tag;
  readonly start: number;
  readonly end: number;
  readonly raw: string;
}

const IF_WORD = 'если';
const NOT_WORDS = ['нет', 'не'];

/** A name as typed, tidied: spaces collapsed (Docs' no-break spaces too) and none around the dots. */
export function tidyName(text: string): string {
  return text
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/ ?\. ?/g, '.')
    .trim();
}

/** The key names are compared by: a curator may type «наставник.фио» or «е» for «ё». */
export function nameKey(name: string): string {
  return tidyName(name).toLowerCase().replace(/ё/g, 'е');
}

function fieldTag(body: string): Tag {
  const name = tidyName(body);
  const parts = name.split('.');
  const last = parts[parts.length - 1].toLowerCase();
  const grammaticalCase = parts.length > 1 ? CASE_NAMES[last] : undefined;
  if (grammaticalCase)
    return { kind: 'field', name: parts.slice(0, -1).join('.'), caseWord: last, grammaticalCase };
  return { kind: 'field', name, grammaticalCase: 'nominative' };
}

function blockTag(body: string): Tag {
  const open = body.startsWith('#');
  const words = tidyName(body.slice(1));
  const [first, ...rest] = words.split(' ');
  if (first.toLowerCase() === IF_WORD) {
    if (!open)
      return rest.length
        ? { kind: 'broken', message: 'закрывающий тег условия пишется без имени поля: «{{/если}}»' }
        : { kind: 'ifClose' };
    const negate = rest.length > 1 && NOT_WORDS.includes(rest[0].toLowerCase());
    const test = (negate ? rest.slice(1) : rest).join(' ');
    if (!test) return { kind: 'broken', message: 'после «#если» нужно имя поля: «{{#если Основание}}»' };
    return { kind: 'ifOpen', test, negate };
  }
  if (!words)
    return { kind: 'broken', message: `после «${open ? '#' : '/'}» нужно имя повтора: «{{#Пары}}»` };
  return open ? { kind: 'repeatOpen', name: words } : { kind: 'repeatClose', name: words };
}

/** Every tag of a paragraph's text, in order; a `{{` with no `}}` after it is a broken tag running to the end. */
export function findTags(text: string): TagAt[] {
  const tags: TagAt[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('{{', from);
    if (start < 0) return tags;
    const close = text.indexOf('}}', start + 2);
    const nextOpen = text.indexOf('{{', start + 2);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      const end = nextOpen >= 0 ? nextOpen : text.length;
      const message = 'тег не закрыт: допишите «}}» после имени поля';
      tags.push({ tag: { kind: 'broken', message }, start, end, raw: text.slice(start, end) });
      from = end;
      continue;
    }
    const end = close + 2;
    const body = text
      .slice(start + 2, close)
      .replace(/\u00a0/g, ' ')
      .trim();
    const tag: Tag = !body
      ? { kind: 'broken', message: 'пустой тег «{{}}»: впишите имя поля или удалите скобки' }
      : body.startsWith('#') || body.startsWith('/')
        ? blockTag(body)
        : fieldTag(body);
    tags.push({ tag, start, end, raw: text.slice(start, end) });
    from = end;
  }
}
