/**
 * What documents are made from, read from the registry once per action: the settings, the people, the pairs and
 * groups with their programmes, the order journal. People become `PersonRef`s only through `personRef`, which
 * is where the consent gate stands: nobody without consent is named in a document.
 */
import type { MentorshipEntry, OrderHeader, OrderRef } from '../../domain/documents/contexts';
import { russianLanguage, splitFullName, type DocumentLanguage } from '../../domain/documents/language';
import type { PersonRef } from '../../domain/documents/person-fields';
import type { Settings } from '../../domain/registry/entities/settings';
import { MentorshipSchema, type Mentorship } from '../../domain/registry/entities/mentorship';
import {
  MenteeSchema,
  MentorSchema,
  personKey,
  type Mentee,
  type Mentor,
} from '../../domain/registry/entities/people';
import { ProgrammeSchema, type Programme } from '../../domain/registry/entities/programme';
import { OrderSchema, type Order } from '../../domain/registry/entities/records';
import { parseSettings } from '../../domain/registry/parse-settings';
import type { Located } from '../../domain/registry/read-table';
import { problemsAt } from '../../domain/registry/read-table';
import { fieldProblem } from '../../domain/registry/problems';
import {
  MENTEES_TABLE,
  MENTORS_TABLE,
  MENTORSHIPS_TABLE,
  ORDERS_TABLE,
  PROGRAMMES_TABLE,
  SETTINGS_TABLE,
} from '../../domain/registry/tables';
import { academicYearRu, longDateRu, type NameOptions } from '../../domain/russian';
import { UserError } from '../../domain/user-error';
import { loadEntities, type EntityTable } from '../registry/entity-table';
import type { Services } from '../services';
import { readNameOptions } from './name-corrections';

/** The Russian language documents speak: names and positions by case, dates in words. */
export const LANGUAGE: DocumentLanguage = russianLanguage(longDateRu);

/** The registry as documents see it. */
export interface RegistryData {
  readonly settings: Settings;
  readonly mentors: EntityTable<Mentor>;
  readonly mentees: EntityTable<Mentee>;
  readonly mentorships: EntityTable<Mentorship>;
  readonly programmes: EntityTable<Programme>;
  readonly orders: EntityTable<Order>;
  /** Each person's own forms of their name and recorded gender («Склонение ФИО»), by `personKey`. */
  readonly nameOptions: ReadonlyMap<string, NameOptions>;
}

/** Reads the sheets documents are made from, each once; a UserError when «Настройки» lack what an order needs. */
export function readRegistry(s: Services): RegistryData {
  const mentors = loadEntities(s, MENTORS_TABLE, MentorSchema);
  return {
    settings: requireSettings(s),
    mentors,
    mentees: loadEntities(s, MENTEES_TABLE, MenteeSchema),
    mentorships: loadEntities(s, MENTORSHIPS_TABLE, MentorshipSchema),
    programmes: loadEntities(s, PROGRAMMES_TABLE, ProgrammeSchema),
    orders: loadEntities(s, ORDERS_TABLE, OrderSchema),
    nameOptions: readNameOptions(s, mentors.entities),
  };
}

/** «Настройки» as an order needs them: the organisation, the head, the curator and the academic year. */
export function requireSettings(s: Services): Settings {
  const parsed = parseSettings(s.tables.read(SETTINGS_TABLE).rows, s.tables.timeZone());
  const needed = [
    'orgFullName',
    'orgShortName',
    'headName',
    'headPosition',
    'curatorName',
    'academicYearStart',
    'academicYearEnd',
  ] as const;
  const missing = parsed.problems.filter((p) => p.row > 1).map((p) => p.message);
  if (needed.some((key) => parsed.settings[key] === undefined) || missing.length > 0) {
    throw new UserError(
      `Заполните лист «Настройки»: ${missing.length > 0 ? missing.join('; ') : 'не все обязательные значения указаны'}. ` +
        'Без них приказ не оформить.',
    );
  }
  return parsed.settings as Settings;
}

/** Why a person cannot be named in a document, or null when they can. */
export function consentProblem(person: Mentor | Mentee | undefined, id: string, role: string): string | null {
  if (!person) return `${role} ${id}: строки с таким ID нет в банке`;
  if (!person.consent) return `${role} ${id}: нет согласия на обработку персональных данных`;
  return null;
}

/** A person of the banks as documents name them, with their own forms and gender from «Склонение ФИО». */
export function personRef(data: Pick<RegistryData, 'nameOptions'>, person: Mentor | Mentee): PersonRef {
  const options = data.nameOptions.get(personKey(person));
  return {
    id: person.id,
    name: { surname: person.surname ?? '', firstName: person.firstName ?? '', patronymic: person.patronymic },
    position: person.position,
    ...(options ? { options } : {}),
  };
}

/** The head or the curator, named in «Настройки» in one cell. */
function settingsPerson(name: string, position: string | undefined): PersonRef {
  return { name: splitFullName(name), position };
}

/** The lines of «Проверить данные» about a row, for a refusal that says what to fix. */
export function rowProblemLines(table: EntityTable<unknown>, rowNumber: number): string[] {
  return problemsAt(table, rowNumber).map(
    (p) => `лист «${table.data.sheetName}», строка ${rowNumber}: ${fieldProblem(p)}`,
  );
}

/** What every order carries, for an order dated `date` under `number`. */
export function orderHeader(
  data: RegistryData,
  date: string,
  number: string,
  basis?: string,
  signer?: { readonly name: string; readonly position: string },
): OrderHeader {
  const { settings } = data;
  const head = signer?.name.trim() ? signer : { name: settings.headName, position: settings.headPosition };
  return {
    organisation: { fullName: settings.orgFullName, shortName: settings.orgShortName },
    place: settings.city,
    date,
    number,
    head: settingsPerson(head.name, head.position),
    curator: settingsPerson(settings.curatorName, settings.curatorPosition),
    academicYear: academicYearRu(settings.academicYearStart).replace(/ учебный год$/, ''),
    regulationOrder: regulationOrder(data.orders.entities),
    basis: basis?.trim() || undefined,
  };
}

/** The latest order that approved the Положение and was not cancelled. */
function regulationOrder(orders: readonly Order[]): OrderRef | undefined {
  const found = orders
    .filter((o) => o.kind === 'об утверждении Положения и дорожной карты' && o.status !== 'отменён')
    .sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  return found ? { date: found.date, number: found.number } : undefined;
}

/** A pair or group as documents show it, or why it cannot be shown (someone without consent, a broken row). */
export function mentorshipEntry(
  data: RegistryData,
  mentorship: Located<Mentorship>,
): { entry: MentorshipEntry } | { why: string[] } {
  const why = rowProblemLines(data.mentorships, mentorship.rowNumber);
  const mentor = data.mentors.entities.find((m) => m.id === mentorship.mentorId);
  const mentees = mentorship.menteeIds.map((id) => data.mentees.entities.find((m) => m.id === id));
  const gate = [
    consentProblem(mentor, mentorship.mentorId, 'наставник'),
    ...mentees.map((m, i) => consentProblem(m, mentorship.menteeIds[i], 'наставляемый')),
  ].filter((line): line is string => line !== null);
  if (mentor) why.push(...rowProblemLines(data.mentors, mentor.rowNumber));
  for (const m of mentees) if (m) why.push(...rowProblemLines(data.mentees, m.rowNumber));
  if (gate.length > 0 || why.length > 0 || !mentor) return { why: [...gate, ...why] };
  const programme = data.programmes.entities.find((p) => p.mentorshipId === mentorship.id);
  return {
    entry: {
      mentor: personRef(data, mentor),
      mentees: mentees.map((m) => personRef(data, m as Mentee)),
      form: mentorship.form ?? '',
      kinds: mentorship.kinds,
      // The programme's own term when it has one: an extension moves the pair's planned end, not the programme's.
      start: programme?.startDate ?? mentorship.startDate,
      end: programme?.endDate ?? mentorship.endDate,
      programmeTitle: programme?.title,
    },
  };
}
