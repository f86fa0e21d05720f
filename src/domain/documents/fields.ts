import type { GrammaticalCase } from '../russian/cases';
import { digitsDate, type DocumentLanguage } from './language';

/**
 * The fields a template of one kind may name, and how each is filled from that kind's typed context. One
 * definition serves three readers: the parser (is `{{Наставник.ФИО}}` a field here, may it take a case?), the
 * renderer (its text for this context) and the documentation (README lists them; a test keeps it in step).
 */

/** A field's text in a case; `undefined` when the data has nothing for it. */
export type FieldValue = (grammaticalCase: GrammaticalCase) => string | undefined;

/** A field as a render sees it: its value by case, and whether empty data is expected rather than missing. */
export interface ScopeField {
  readonly value: FieldValue;
  readonly optional: boolean;
  /** A common noun (a position): lower-case inside a sentence, capitalised where it starts a paragraph. */
  readonly commonNoun?: boolean;
}

/** The values one render sees: fields by name and the items of each repeat (each item a scope of its own). */
export interface Scope {
  readonly fields: ReadonlyMap<string, ScopeField>;
  readonly lists: ReadonlyMap<string, readonly Scope[]>;
}

/** What a template may name: a field. */
export interface FieldSpec {
  readonly name: string;
  /** What it holds, for the curator («ФИО наставника»). */
  readonly what: string;
  /** Takes a case suffix: `{{Наставник.ФИО.дательный}}`. */
  readonly declinable: boolean;
  /** Empty data leaves it empty; otherwise the preview reports it and the document shows a blank to fill in. */
  readonly optional: boolean;
}

/** What a template may name: a repeat (a table row per item) and the fields of its items. */
export interface RepeatSpec {
  readonly name: string;
  readonly what: string;
  readonly fields: readonly FieldSpec[];
  readonly repeats: readonly RepeatSpec[];
}

/** Everything a template of one kind may name. */
export interface FieldsSpec {
  readonly fields: readonly FieldSpec[];
  readonly repeats: readonly RepeatSpec[];
}

/** A field with the way to fill it from a context `C`. */
export interface Field<C> extends FieldSpec {
  readonly commonNoun?: boolean;
  value(context: C, language: DocumentLanguage, grammaticalCase: GrammaticalCase): string | undefined;
}

/** A repeat with the way to list its items' scopes from a context `C`. */
export interface Repeat<C> {
  readonly spec: RepeatSpec;
  scopes(context: C, language: DocumentLanguage, numberPrefix: string): Scope[];
}

/** A kind's fields and repeats over its context. */
export interface Fields<C> {
  readonly fields: readonly Field<C>[];
  readonly repeats: readonly Repeat<C>[];
}

/** How a field treats empty data. */
export interface FieldOptions {
  readonly optional?: boolean;
}

/** A field of plain text, printed as given and never declined. */
export function textField<C>(
  name: string,
  what: string,
  get: (context: C) => string | undefined,
  options: FieldOptions = {},
): Field<C> {
  return { name, what, declinable: false, optional: !!options.optional, value: (c) => get(c) };
}

/** A date printed «01.09.2025» (`digits`: requisites, tables) or «1 сентября 2025 г.» (`words`: the text). */
export function dateField<C>(
  name: string,
  what: string,
  get: (context: C) => string | undefined,
  style: 'digits' | 'words',
  options: FieldOptions = {},
): Field<C> {
  return {
    name,
    what,
    declinable: false,
    optional: !!options.optional,
    value: (c, language) => {
      const iso = get(c);
      if (!iso) return undefined;
      return style === 'digits' ? digitsDate(iso) : language.longDate(iso);
    },
  };
}

/** The field every repeat has: the item's number, «1», «2»… (nested: «1.1», «1.2»). */
export const NUMBER_FIELD = 'Номер';
/** The other: «;» after every item of a list but the last, «.» after the last. */
export const END_MARK_FIELD = 'Знак конца строки';

/** A repeat: one table row (or rows) per item of `items`, each filled from the item's own fields. */
export function repeat<C, I>(
  name: string,
  what: string,
  items: (context: C) => readonly I[],
  fields: Fields<I>,
): Repeat<C> {
  const numberSpec: FieldSpec = {
    name: NUMBER_FIELD,
    what: 'порядковый номер строки',
    declinable: false,
    optional: false,
  };
  const endSpec: FieldSpec = {
    name: END_MARK_FIELD,
    what: '«;» после каждой строки перечня, «.» после последней',
    declinable: false,
    optional: false,
  };
  return {
    spec: {
      name,
      what,
      fields: [numberSpec, endSpec, ...specOf(fields).fields],
      repeats: specOf(fields).repeats,
    },
    scopes: (context, language, numberPrefix) => {
      const all = items(context);
      return all.map((item, i) => {
        const number = `${numberPrefix}${i + 1}`;
        const scope = scopeOf(fields, item, language, `${number}.`);
        const withNumber = new Map(scope.fields);
        withNumber.set(NUMBER_FIELD, { value: () => number, optional: false });
        withNumber.set(END_MARK_FIELD, { value: () => (i === all.length - 1 ? '.' : ';'), optional: false });
        return { fields: withNumber, lists: scope.lists };
      });
    },
  };
}

/** The scope of one context: every field's value by case, every repeat's items. */
export function scopeOf<C>(
  fields: Fields<C>,
  context: C,
  language: DocumentLanguage,
  numberPrefix = '',
): Scope {
  return {
    fields: new Map(
      fields.fields.map((f) => [
        f.name,
        {
          value: (gc: GrammaticalCase) => f.value(context, language, gc),
          optional: f.optional,
          commonNoun: f.commonNoun,
        },
      ]),
    ),
    lists: new Map(fields.repeats.map((r) => [r.spec.name, r.scopes(context, language, numberPrefix)])),
  };
}

/** What a template may name, without the ways to fill it. */
export function specOf<C>(fields: Fields<C>): FieldsSpec {
  return {
    fields: fields.fields.map(({ name, what, declinable, optional }) => ({
      name,
      what,
      declinable,
      optional,
    })),
    repeats: fields.repeats.map((r) => r.spec),
  };
}
