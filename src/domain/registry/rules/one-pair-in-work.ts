/**
 * One pair or group in work per mentee: a mentee is in at most one pair or group whose status is in work
 * (`isInWork`: «проект», «утверждена», «идёт», «продлена»), so the same mentor and mentee twice is refused too.
 * The use cases refuse a save that would break it; «Проверить данные» reports rows typed by hand that do.
 */
import { UserError } from '../../user-error';
import { isGroup, type Mentorship } from '../entities/mentorship';
import { fullName, type Person } from '../entities/people';
import { isInWork } from './capacity';

/** Whom a message can name: a bank row's ID and name. */
export type Named = Pick<Person, 'id' | 'surname' | 'firstName' | 'patronymic'>;

/** The banks a message looks names up in (an ID not found is shown as it is). */
export interface PeopleNames {
  readonly mentors: readonly Named[];
  readonly mentees: readonly Named[];
}

/** What else is being saved with a pair or group. */
export interface SaveContext {
  /** The pair or group as saved before this change (an edit); none for a new one. */
  readonly before?: Mentorship;
  /** New pairs and groups of the same batch before this one, not yet on the sheet. */
  readonly drafts?: readonly Mentorship[];
}

/**
 * The mentees `mentorship` newly puts in work with its mentor: all of a new one in work; of an edit, those it did
 * not already hold in work with the same mentor (a mentee added, another mentor, back in work). None when it is
 * not in work. A mentee already in two pairs before the edit is not put there by it: «Проверить данные» says so.
 */
export function menteesPutInWork(mentorship: Mentorship, before?: Mentorship): string[] {
  if (!isInWork(mentorship)) return [];
  const held = before && isInWork(before) && before.mentorId === mentorship.mentorId ? before.menteeIds : [];
  return [...new Set(mentorship.menteeIds)].filter((id) => !held.includes(id));
}

/**
 * Throws a `UserError` if saving `mentorship` (new, or a change of the one with the same ID in `mentorships`)
 * would put a mentee in a second pair or group in work, among `mentorships` or the batch's earlier drafts. The
 * message names the mentee, the pair or group they are already in, and what to do.
 */
export function requireOnePairInWork(
  people: PeopleNames,
  mentorships: readonly Mentorship[],
  mentorship: Mentorship,
  context: SaveContext = {},
): void {
  const problems: string[] = [];
  for (const menteeId of menteesPutInWork(mentorship, context.before)) {
    const mentee = named(people.mentees, menteeId);
    if ((context.drafts ?? []).some((d) => isInWork(d) && d.menteeIds.includes(menteeId))) {
      problems.push(
        `Наставляемый ${mentee} выбран сразу в нескольких новых парах или группах: оставьте одну — ` +
          `наставляемый может быть только в одной паре или группе в работе.`,
      );
      continue;
    }
    const other = mentorships.find(
      (m) => m.id !== mentorship.id && isInWork(m) && m.menteeIds.includes(menteeId),
    );
    if (other) problems.push(alreadyInWork(people, mentorship, menteeId, other));
  }
  if (problems.length > 0) throw new UserError(problems.join(' '));
}

/** One row that shares a mentee with other rows in work, and what «Проверить данные» says about it. */
export interface SharedMentee<T extends Mentorship> {
  readonly mentorship: T;
  readonly message: string;
}

/**
 * Every pair or group in work that shares a mentee with another one in work (rows typed or copied by hand): one
 * message per row and mentee, naming the other pairs and groups, in sheet order.
 */
export function sharedMentees<T extends Mentorship>(
  people: PeopleNames,
  mentorships: readonly T[],
): SharedMentee<T>[] {
  const byMentee = new Map<string, T[]>();
  for (const m of mentorships.filter(isInWork)) {
    for (const id of new Set(m.menteeIds)) byMentee.set(id, [...(byMentee.get(id) ?? []), m]);
  }
  const found: SharedMentee<T>[] = [];
  for (const m of mentorships.filter(isInWork)) {
    for (const menteeId of new Set(m.menteeIds)) {
      const others = (byMentee.get(menteeId) ?? []).filter((o) => o !== m);
      if (others.length === 0) continue;
      const where = others.map((o) => inWhich(people, m, o)).join(', ');
      const message =
        `${label(m)}: наставляемый ${named(people.mentees, menteeId)} в работе ещё и в ${where}, ` +
        `а может быть только в одной паре или группе в работе. Если это повтор, удалите лишнюю строку; ` +
        `если одна из них уже закончилась, поставьте ей статус «завершена» или «прекращена досрочно»; ` +
        `иначе уберите наставляемого из всех, кроме одной.`;
      found.push({ mentorship: m, message });
    }
  }
  return found;
}

function alreadyInWork(
  people: PeopleNames,
  mentorship: Mentorship,
  menteeId: string,
  other: Mentorship,
): string {
  const mentee = named(people.mentees, menteeId);
  const noun = isGroup(other) ? 'группа' : 'пара';
  const where =
    other.mentorId === mentorship.mentorId
      ? `У наставника ${named(people.mentors, other.mentorId)} уже есть ${noun} ${other.id} ` +
        `с наставляемым ${mentee}`
      : `Наставляемый ${mentee} уже в ${isGroup(other) ? 'группе' : 'паре'} ${other.id} ` +
        `с наставником ${named(people.mentors, other.mentorId)}`;
  const next =
    other.status === 'идёт' || other.status === 'продлена'
      ? `или, если ${other.id} закончилась, сначала переведите её в «завершена» или «прекращена досрочно»`
      : `или сначала измените состав ${other.id}`;
  return (
    `${where}, её статус «${other.status}». Наставляемый может быть только в одной паре или группе в работе: ` +
    `выберите другого наставляемого ${next}.`
  );
}

/** «паре ПГ-0001 того же наставника Иванова Мария (НК-0001)» or «группе ПГ-0003 наставника Лебедева Анна (НК-0002)». */
function inWhich(people: PeopleNames, m: Mentorship, other: Mentorship): string {
  const noun = isGroup(other) ? 'группе' : 'паре';
  const same = other.mentorId === m.mentorId ? 'того же ' : '';
  return `${noun} ${other.id} ${same}наставника ${named(people.mentors, other.mentorId)}`;
}

function label(m: Mentorship): string {
  return `${isGroup(m) ? 'Группа' : 'Пара'} ${m.id}`;
}

function named(people: readonly Named[], id: string): string {
  const person = people.find((p) => p.id === id);
  return person ? `${fullName(person)} (${id})` : id;
}
