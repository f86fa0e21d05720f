/**
 * Server functions of «Пары и группы»: list, create (always as «проект»), change fields or status. Nobody without
 * consent is put in a pair or group, no mentor goes over capacity, and no mentee is in two pairs or groups in work.
 */
import { formatRuDate, isoDateInZone } from '../../domain/registry/dates';
import { IsoDateSchema, idOf } from '../../domain/registry/entities/common';
import { MentorshipSchema, type Mentorship } from '../../domain/registry/entities/mentorship';
import { fullName, MenteeSchema, MentorSchema } from '../../domain/registry/entities/people';
import { ProgrammeSchema } from '../../domain/registry/entities/programme';
import { checkProgrammeTerm } from '../../domain/registry/rules/programme-term';
import * as z from '../../domain/registry/entities/zod';
import { isInWork } from '../../domain/registry/rules/capacity';
import { requireValidMentorship } from '../../domain/registry/rules/mentorship-shape';
import { transition } from '../../domain/registry/rules/transition';
import {
  MENTEES_TABLE,
  MENTORS_TABLE,
  MENTORSHIPS_TABLE,
  PROGRAMMES_TABLE,
} from '../../domain/registry/tables';
import { UserError } from '../../domain/user-error';
import { MENTORSHIP_STATUSES } from '../../domain/vocabulary';
import { fieldList, mergePatch, splitCleared } from '../banks/bank';
import type { JournalEntry } from '../../ports/journal';
import type { RowUpdate, TableData } from '../../ports/table-store';
import {
  cellsOf,
  changedKeys,
  loadEntities,
  notListed,
  requireEntity,
  requireKnownRefs,
  rowProblems,
  withoutRow,
  type EntityTable,
} from '../registry/entity-table';
import { parseInput, requireFilled } from '../registry/input';
import { nameBook, pairNames } from '../registry/participant-names';
import { createMentorships, NewMentorshipInput, requirePeople } from './create-mentorships';
import type { Flagged, ListResult } from '../banks/mentors';
import { programmeOfPair } from '../programmes/pair-programme';
import { runOperation } from '../operations/run-operation';
import type { Services } from '../services';

/** A pair or group as the sidebars show it: with the names of its people. */
export type MentorshipItem = Mentorship &
  Flagged & { readonly mentorName: string; readonly menteeNames: string[] };

const MentorshipPatchInput = MentorshipSchema.partial().extend({
  id: idOf('ПГ'),
  status: z.enum(MENTORSHIP_STATUSES).optional(),
  /** For «прекращена досрочно». */
  reason: z.string().optional(),
  /** For «продлена». */
  newEndDate: IsoDateSchema.optional(),
});

/** Every pair and group, with names. */
export function listMentorships(registry: Services): ListResult<MentorshipItem> {
  const people = loadPeople(registry);
  const table = loadEntities(registry, MENTORSHIPS_TABLE, MentorshipSchema);
  const name = (id: string, names: Map<string, string>) => names.get(id) ?? id;
  return {
    items: table.entities.map((m) => ({
      ...withoutRow(m),
      mentorName: name(m.mentorId, people.mentorNames),
      menteeNames: m.menteeIds.map((id) => name(id, people.menteeNames)),
      ...rowProblems(table, m.rowNumber),
    })),
    skipped: notListed(table),
  };
}

/** Drafts a new pair or group («проект»): the batch of one of createMentorships. */
export function createMentorship(registry: Services, input: unknown, operationId?: string): Mentorship {
  const fields = parseInput(NewMentorshipInput, input, MENTORSHIPS_TABLE);
  return createMentorships(registry, [fields], operationId).created[0];
}

/** A change of a pair or group as a sidebar sends it, parsed; `cleared` names the fields sent as null. */
export type MentorshipPatch = z.output<typeof MentorshipPatchInput> & { readonly cleared: readonly string[] };

/** A change of a pair or group worked out and checked, not written: the row's new cells and its journal entry. */
export interface MentorshipChange {
  readonly next: Mentorship;
  /** None when nothing changed. */
  readonly updates: RowUpdate[];
  readonly entries: JournalEntry[];
  /** Whether the change extends the pair («продлена»): its programme is extended with it. */
  readonly extended: boolean;
}

/** Changes a pair or group: fields, and the status by the lifecycle's rules; an extension reaches its programme. */
export function updateMentorship(registry: Services, input: unknown, operationId?: string): Mentorship {
  const { patch, cleared } = splitCleared(input);
  const parsed = parseInput(MentorshipPatchInput, patch, MENTORSHIPS_TABLE);
  return runOperation(
    registry,
    { id: operationId, action: 'Пара/группа: изменить' },
    (registry) => {
      const table = loadEntities(registry, MENTORSHIPS_TABLE, MentorshipSchema);
      const change = mentorshipChange(registry, table, { ...parsed, cleared });
      const extension = change.extended ? programmeExtension(registry, change.next) : undefined;
      if (change.updates.length > 0) {
        registry.tables.update(table.data, change.updates);
        if (extension) registry.tables.update(extension.table, [extension.update]);
        registry.journal.record([...change.entries, ...(extension?.entries ?? [])]);
      }
      return change.next;
    },
    {
      // Only the ID is kept for a retry (a note may be long); the retry answers the pair as the sheet has it.
      keep: (pair) => pair.id,
      answer: (id) =>
        withoutRow(
          requireEntity(
            loadEntities(registry, MENTORSHIPS_TABLE, MentorshipSchema),
            String(id),
            'Пара/группа',
          ),
        ),
    },
  );
}

/**
 * An extended pair's programme extended with it: «Продлена до» becomes the pair's new planned end, checked by the
 * programme's term rule. None when the pair has no programme yet (a new one starts from the pair's dates).
 */
function programmeExtension(
  registry: Services,
  pair: Mentorship,
): { table: TableData; update: RowUpdate; entries: JournalEntry[] } | undefined {
  const programmes = loadEntities(registry, PROGRAMMES_TABLE, ProgrammeSchema);
  const programme = programmeOfPair(programmes, pair);
  if (!programme || !pair.endDate || programme.extendedUntil === pair.endDate) return undefined;
  const extended = { ...withoutRow(programme), extendedUntil: pair.endDate };
  const problems = checkProgrammeTerm(extended);
  if (problems.length > 0)
    throw new UserError(`Программа ${programme.id} пары ${pair.id}: ${problems.join(' ')}`);
  return {
    table: programmes.data,
    update: {
      rowNumber: programme.rowNumber,
      cells: cellsOf(registry, PROGRAMMES_TABLE, extended, ['extendedUntil']),
    },
    entries: [
      { action: `Программа: продлена до ${formatRuDate(pair.endDate)}`, ids: [programme.id, pair.id] },
    ],
  };
}

/**
 * Works out a change of a pair or group against «Пары и группы» as read under the caller's lock, with every
 * check updateMentorship makes, for a use case that writes it in its own batch (a programme linked to its pair).
 * A move further into work (утверждена, идёт, продлена) is checked like new people: everyone's consent, the
 * mentor's places, one pair per mentee. The references among `refs` it sets must name existing rows.
 */
export function mentorshipChange(
  registry: Services,
  table: EntityTable<Mentorship>,
  patch: MentorshipPatch,
  refs: readonly string[] = ['orderId', 'programmeId'],
): MentorshipChange {
  const { status, reason, newEndDate, cleared, ...fields } = patch;
  const current = withoutRow(requireEntity(table, fields.id, 'Пара/группа'));
  const merged = mergePatch(current, fields, cleared);
  let next = parseInput(MentorshipSchema, merged, MENTORSHIPS_TABLE);
  if (status !== undefined && status !== current.status) {
    const today = isoDateInZone(registry.clock.now(), registry.tables.timeZone());
    const moved = transition(next, status, { today, reason, newEndDate, orderId: fields.orderId });
    if (moved instanceof Error) throw moved;
    next = moved;
  }
  requireFilled(MENTORSHIPS_TABLE, next);
  const peopleChanged =
    next.mentorId !== current.mentorId || changedKeys(MENTORSHIPS_TABLE, current, next).includes('menteeIds');
  const statusChanged = next.status !== current.status;
  let names = {};
  if (peopleChanged || (statusChanged && isInWork(next))) {
    const mentors = loadEntities(registry, MENTORS_TABLE, MentorSchema);
    const mentees = loadEntities(registry, MENTEES_TABLE, MenteeSchema);
    requirePeople({ mentors, mentees }, table.entities, next, { before: current });
    if (peopleChanged) names = pairNames(table.data, nameBook(mentors.data, mentees.data), next);
  } else requireValidMentorship(next);
  requireKnownRefs(registry, MENTORSHIPS_TABLE, current, next, refs);
  const keys = changedKeys(MENTORSHIPS_TABLE, current, next);
  const extended = statusChanged && next.status === 'продлена';
  if (keys.length === 0) return { next, updates: [], entries: [], extended };
  const row = table.entities.find((e) => e.id === next.id)?.rowNumber as number;
  const action = statusChanged
    ? `Пара/группа: статус «${current.status}» → «${next.status}»`
    : 'Пара/группа: изменены данные';
  return {
    next,
    updates: [{ rowNumber: row, cells: { ...cellsOf(registry, MENTORSHIPS_TABLE, next, keys), ...names } }],
    entries: [{ action, ids: [next.id], details: fieldList(MENTORSHIPS_TABLE, keys) }],
    extended,
  };
}

function loadPeople(registry: Services): {
  mentorNames: Map<string, string>;
  menteeNames: Map<string, string>;
} {
  const mentors = loadEntities(registry, MENTORS_TABLE, MentorSchema).entities;
  const mentees = loadEntities(registry, MENTEES_TABLE, MenteeSchema).entities;
  return {
    mentorNames: new Map(mentors.map((m) => [m.id, fullName(m)])),
    menteeNames: new Map(mentees.map((m) => [m.id, fullName(m)])),
  };
}
