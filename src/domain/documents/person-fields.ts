import type { GrammaticalCase } from '../russian/cases';
import type { Field, FieldOptions } from './fields';
import {
  type DocumentLanguage,
  formatName,
  type NameOptions,
  type NameStyle,
  type PersonName,
} from './language';

/*
 * People as template fields: a name in three styles and a position, each declinable, and several people in one
 * cell. The declension itself is the Russian module's, through `DocumentLanguage`.
 */

/**
 * A person as documents name them: the name, the position, the gender or own case forms the registry keeps, and
 * the registry's ID (НК-…, НЯ-…) when it knows the person, by which the preview offers to correct a form.
 */
export interface PersonRef {
  readonly id?: string;
  readonly name: PersonName;
  readonly position?: string;
  readonly options?: NameOptions;
}

const NAME_STYLES: readonly [string, NameStyle, string][] = [
  ['ФИО', 'full', 'фамилия, имя, отчество'],
  ['Фамилия и инициалы', 'surnameInitials', 'фамилия и инициалы'],
  ['Инициалы и фамилия', 'initialsSurname', 'инициалы и фамилия'],
];

/** The name in a case, as typed in the nominative unless the person has their own nominative form. */
function declinedName(person: PersonRef, style: NameStyle, language: DocumentLanguage, gc: GrammaticalCase) {
  const typed = gc === 'nominative' && !person.options?.corrections?.nominative;
  const name = typed ? person.name : language.declineNameParts(person.name, gc, person.options);
  if (person.id && language.nameUsed) {
    const own = person.options?.corrections?.[gc]?.trim();
    const form = own || formatName(name, 'full');
    language.nameUsed({
      personId: person.id,
      name: person.name,
      grammaticalCase: gc,
      form,
      corrected: !!own,
    });
  }
  return formatName(name, style);
}

function declinedPosition(position: string | undefined, language: DocumentLanguage, gc: GrammaticalCase) {
  if (!position) return undefined;
  return gc === 'nominative' ? position : language.declinePosition(position, gc);
}

/**
 * A common noun inside a sentence: «Заведующий» as «Настройки» hold it reads «в лице заведующего». A first word in
 * capitals (an abbreviation: «ИО заведующего») is left as typed.
 */
export function inSentence(text: string | undefined): string | undefined {
  if (!text) return text;
  const first = text.split(/[\s-]/)[0];
  if (first.length > 1 && first === first.toUpperCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** `<prefix>.ФИО`, `.Фамилия и инициалы`, `.Инициалы и фамилия`, `.Должность`: one person, each by case. */
export function personFields<C>(
  prefix: string,
  who: string,
  get: (context: C) => PersonRef | undefined,
  options: FieldOptions = {},
): Field<C>[] {
  const optional = !!options.optional;
  const names: Field<C>[] = NAME_STYLES.map(([suffix, style, what]) => ({
    name: `${prefix}.${suffix}`,
    what: `${who}: ${what}`,
    declinable: true,
    optional,
    value: (c, language, gc) => {
      const person = get(c);
      return person ? declinedName(person, style, language, gc) : undefined;
    },
  }));
  const position: Field<C> = {
    name: `${prefix}.Должность`,
    what: `${who}: должность`,
    declinable: true,
    optional,
    commonNoun: true,
    value: (c, language, gc) => declinedPosition(get(c)?.position, language, gc),
  };
  return [...names, position];
}

/**
 * `<prefix>.ФИО` and `<prefix>.ФИО и должность` of several people in one cell: «Петрова Анна Сергеевна,
 * Сидорова Ольга Ивановна» and «Петрова Анна Сергеевна, воспитатель; Сидорова Ольга Ивановна, учитель-логопед».
 */
export function peopleFields<C>(
  prefix: string,
  who: string,
  get: (context: C) => readonly PersonRef[],
): Field<C>[] {
  const list = (c: C, render: (p: PersonRef) => string, separator: string) => {
    const people = get(c);
    return people.length ? people.map(render).join(separator) : undefined;
  };
  return [
    {
      name: `${prefix}.ФИО`,
      what: `${who}: фамилии, имена, отчества через запятую`,
      declinable: true,
      optional: false,
      value: (c, language, gc) => list(c, (p) => declinedName(p, 'full', language, gc), ', '),
    },
    {
      name: `${prefix}.ФИО и должность`,
      what: `${who}: «ФИО, должность» через точку с запятой`,
      declinable: true,
      optional: false,
      value: (c, language, gc) =>
        list(
          c,
          (p) =>
            [declinedName(p, 'full', language, gc), inSentence(declinedPosition(p.position, language, gc))]
              .filter(Boolean)
              .join(', '),
          '; ',
        ),
    },
  ];
}
