import type { Mentorship } from '../entities/mentorship';
import type { Mentee, Mentor } from '../entities/people';
import { fullName } from '../entities/people';
import type { PlanEvent, Programme } from '../entities/programme';
import { problemAt, type Problem } from '../problems';
import type { Located } from '../read-table';
import type { TableSpec } from '../table-spec';
import {
  MENTEES_TABLE,
  MENTORSHIPS_TABLE,
  MENTORS_TABLE,
  NAME_CORRECTIONS_TABLE,
  PLAN_EVENTS_TABLE,
  PROGRAMMES_TABLE,
} from '../tables';
import type { NameCorrection } from '../entities/name-correction';
import { DEFAULT_CAPACITY, isInWork, menteesInWork } from './capacity';
import { mentorshipIssues } from './mentorship-shape';
import { nameCorrectionIssues } from './name-corrections';
import { sharedMentees } from './one-pair-in-work';
import { checkProgrammeTerm, eventAfterProgramme } from './programme-term';

/** The entities the cross-sheet rules look at, as `readTable` gives them. */
export interface RegistryEntities {
  readonly mentors: readonly Located<Mentor>[];
  readonly mentees: readonly Located<Mentee>[];
  readonly mentorships: readonly Located<Mentorship>[];
  readonly programmes: readonly Located<Programme>[];
  readonly 'plan-events'?: readonly Located<PlanEvent>[];
  readonly 'name-corrections'?: readonly Located<NameCorrection>[];
}

/**
 * The rules a hand edit can break, checked across sheets for «Проверить данные»: a pair's or group's shape,
 * consent of everyone in a pair that is not finished, a mentee in two pairs or groups in work, a mentor over
 * capacity, a programme's term, a plan event due after its programme ends. Each problem points at the row and
 * column to fix. `headers` are the sheets' current headers by table and column key.
 */
export function checkRules(
  entities: RegistryEntities,
  headers: Readonly<Record<string, Readonly<Record<string, string>>>> = {},
): Problem[] {
  const at = (spec: TableSpec, row: number, key: string, what: string) =>
    problemAt(spec.sheetName, row, headers[spec.key]?.[key] ?? header(spec, key), what);
  const mentors = new Map(entities.mentors.map((m) => [m.id, m]));
  const mentees = new Map(entities.mentees.map((m) => [m.id, m]));
  const problems: Problem[] = [];
  for (const m of entities.mentorships) {
    const mentor = mentors.get(m.mentorId);
    const its = m.menteeIds.map((id) => mentees.get(id)).filter((x): x is Located<Mentee> => x !== undefined);
    for (const issue of mentorshipIssues(m, mentor, its)) {
      problems.push(at(MENTORSHIPS_TABLE, m.rowNumber, issue.column, issue.message));
    }
    if (!isInWork(m)) continue;
    if (mentor && !mentor.consent) {
      problems.push(at(MENTORSHIPS_TABLE, m.rowNumber, 'mentorId', noConsent(mentor, MENTORS_TABLE)));
    }
    for (const mentee of its.filter((x) => !x.consent)) {
      problems.push(at(MENTORSHIPS_TABLE, m.rowNumber, 'menteeIds', noConsent(mentee, MENTEES_TABLE)));
    }
  }
  for (const shared of sharedMentees(entities, entities.mentorships)) {
    problems.push(at(MENTORSHIPS_TABLE, shared.mentorship.rowNumber, 'menteeIds', shared.message));
  }
  for (const mentor of entities.mentors) {
    const count = menteesInWork(mentor.id, entities.mentorships).size;
    const capacity = mentor.capacity ?? DEFAULT_CAPACITY;
    if (count > capacity) {
      const what = `у наставника ${count} наставляемых, а указано не более ${capacity}. Увеличьте число или передайте часть наставляемых другому наставнику`;
      problems.push(at(MENTORS_TABLE, mentor.rowNumber, 'capacity', what));
    }
  }
  for (const programme of entities.programmes) {
    for (const what of checkProgrammeTerm(programme)) {
      const key = what.startsWith('Дата продления') ? 'extendedUntil' : 'endDate';
      problems.push(at(PROGRAMMES_TABLE, programme.rowNumber, key, what));
    }
  }
  const programmes = new Map(entities.programmes.map((p) => [p.id, p]));
  for (const event of entities['plan-events'] ?? []) {
    const programme = programmes.get(event.programmeId);
    const late = programme && eventAfterProgramme(event, programme);
    if (late) problems.push(at(PLAN_EVENTS_TABLE, event.rowNumber, 'deadline', late));
  }
  const people = new Set([...mentors.keys(), ...mentees.keys()]);
  for (const issue of nameCorrectionIssues(entities['name-corrections'] ?? [], people)) {
    problems.push(at(NAME_CORRECTIONS_TABLE, issue.row, issue.key, issue.message));
  }
  return problems;
}

function header(spec: TableSpec, key: string): string {
  return spec.columns.find((c) => c.key === key)?.header ?? key;
}

function noConsent(person: Mentor | Mentee, bank: TableSpec): string {
  return (
    `нет согласия на обработку персональных данных у ${fullName(person)} (${person.id}). ` +
    `Отметьте согласие на листе «${bank.sheetName}», когда оно получено, или исключите человека из пары`
  );
}
