import type { MentorshipEntry, OrderHeader, Organisation } from './contexts';
import { dateField, type Field, type Fields, repeat, type Repeat, textField } from './fields';
import { peopleFields, type PersonRef, personFields } from './person-fields';
import { formatName, termDigits } from './language';

/** «Организация.Полное наименование» and «Организация.Краткое наименование»: every document names its organisation. */
export function organisationFields<C extends { readonly organisation: Organisation }>(): Field<C>[] {
  return [
    textField(
      'Организация.Полное наименование',
      'полное наименование организации',
      (c) => c.organisation.fullName,
    ),
    textField(
      'Организация.Краткое наименование',
      'краткое наименование организации',
      (c) => c.organisation.shortName,
    ),
  ];
}

/** Fields every order has: the requisites, the head, the curator, the year, the Положение's order, the basis. */
export function headerFields<C extends OrderHeader>(): Field<C>[] {
  return [
    ...organisationFields<C>(),
    textField('Место издания', 'место издания приказа («Санкт-Петербург»)', (c) => c.place, {
      optional: true,
    }),
    dateField('Дата приказа', 'дата приказа цифрами: 01.09.2025', (c) => c.date, 'digits'),
    textField('Номер приказа', 'номер приказа по журналу', (c) => c.number),
    ...personFields<C>('Руководитель', 'руководитель, подписывающий приказ', (c) => c.head),
    ...personFields<C>('Куратор', 'куратор реализации программ наставничества', (c) => c.curator),
    textField('Учебный год', 'учебный год: 2025/2026', (c) => c.academicYear),
    dateField(
      'Положение.Дата приказа',
      'дата приказа об утверждении Положения',
      (c) => c.regulationOrder?.date,
      'digits',
      { optional: true },
    ),
    textField(
      'Положение.Номер приказа',
      'номер приказа об утверждении Положения',
      (c) => c.regulationOrder?.number,
      {
        optional: true,
      },
    ),
    textField('Основание', 'основание приказа (заявление, протокол), если указано', (c) => c.basis, {
      optional: true,
    }),
  ];
}

/** Fields of a pair or group in an annex row. `titleRequired`: the programme's title must be there. */
export function mentorshipFields<E extends MentorshipEntry>(titleRequired = false): Field<E>[] {
  return [
    ...personFields<E>('Наставник', 'наставник', (e) => e.mentor),
    ...peopleFields<E>('Наставляемые', 'наставляемые пары или группы', (e) => e.mentees),
    textField('Форма', 'форма наставничества', (e) => e.form),
    textField('Виды', 'виды наставничества через запятую', (e) => e.kinds.join(', ') || undefined),
    dateField('Начало', 'начало программы цифрами', (e) => e.start, 'digits'),
    dateField('Окончание', 'окончание программы (план) цифрами', (e) => e.end, 'digits'),
    textField('Срок', 'срок программы: 01.09.2025 – 31.05.2026', (e) => termDigits(e.start, e.end)),
    textField('Программа', 'название персонализированной программы', (e) => e.programmeTitle, {
      optional: !titleRequired,
    }),
  ];
}

/** Identity of a person across pairs, so a mentor of two pairs signs once. */
function personKey(person: PersonRef): string {
  return `${formatName(person.name, 'full').toLowerCase()}|${(person.position ?? '').toLowerCase()}`;
}

/** People in the order of their first mention, each once. */
export function distinctPeople(people: readonly (PersonRef | undefined)[]): PersonRef[] {
  const seen = new Set<string>();
  const out: PersonRef[] = [];
  for (const person of people) {
    if (!person) continue;
    const key = personKey(person);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(person);
    }
  }
  return out;
}

/** Mentors and mentees of pairs, each once: who signs «С приказом ознакомлены». */
export function participants(mentorships: readonly MentorshipEntry[]): PersonRef[] {
  return mentorships.flatMap((m) => [m.mentor, ...m.mentees]);
}

const PERSON_FIELDS: Fields<PersonRef> = {
  fields: personFields<PersonRef>('Работник', 'работник', (p) => p),
  repeats: [],
};

/** `{{#Ознакомлены}}`: a line per person concerned, for the signature «С приказом ознакомлены». */
export function acquaintedRepeat<C>(people: (context: C) => readonly (PersonRef | undefined)[]): Repeat<C> {
  return repeat<C, PersonRef>(
    'Ознакомлены',
    'работники, которые знакомятся с приказом под подпись',
    (c) => distinctPeople(people(c)),
    PERSON_FIELDS,
  );
}
