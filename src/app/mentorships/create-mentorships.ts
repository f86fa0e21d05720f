/**
 * Drafting pairs and groups («проект»), one or a whole batch: the one place they are created. Under one document
 * lock it reads «Наставники», «Наставляемые» and «Пары и группы» once each, checks every new pair or group
 * (people exist, consent, group shape, no self-mentoring, no mentee in a second pair or group in work, capacity;
 * the ones drafted in the same batch count), and only then issues the IDs, appends every row in one write and
 * records one journal block. All or nothing: a refusal writes nothing and leaves the ID counter as it was. One
 * pair costs the same sheet calls as hundreds.
 */
import { MentorshipSchema, type Mentorship } from '../../domain/registry/entities/mentorship';
import { MenteeSchema, MentorSchema, type Mentee, type Mentor } from '../../domain/registry/entities/people';
import * as z from '../../domain/registry/entities/zod';
import { requireCapacity } from '../../domain/registry/rules/capacity';
import { requireConsent } from '../../domain/registry/rules/consent';
import { requireValidMentorship } from '../../domain/registry/rules/mentorship-shape';
import { requireOnePairInWork, type SaveContext } from '../../domain/registry/rules/one-pair-in-work';
import { MENTEES_TABLE, MENTORS_TABLE, MENTORSHIPS_TABLE } from '../../domain/registry/tables';
import { runOperation, type Replay } from '../operations/run-operation';
import { cellsOf, loadEntities, requireEntity, withoutRow, type EntityTable } from '../registry/entity-table';
import { planIds } from '../registry/ids';
import { parseInput, requireFilled, requiringFilled } from '../registry/input';
import { nameBook, pairNames } from '../registry/participant-names';
import type { Services } from '../services';

/** What a new pair or group is made of: everything but its ID and status (always «проект»). */
export const NewMentorshipInput = requiringFilled(
  MentorshipSchema.omit({ id: true, status: true }),
  MENTORSHIPS_TABLE,
).extend({ kinds: MentorshipSchema.shape.kinds.default([]) });
/** A new pair or group, parsed. */
export type NewMentorship = z.output<typeof NewMentorshipInput>;

/** The tables creating reads, each once, as they are under the lock. */
export interface CreationTables {
  readonly mentors: EntityTable<Mentor>;
  readonly mentees: EntityTable<Mentee>;
  readonly mentorships: EntityTable<Mentorship>;
}

/** What was created, and the tables it was checked against (as read, before the new rows). */
export interface Created {
  readonly created: Mentorship[];
  readonly tables: CreationTables;
}

/**
 * Drafts new pairs and groups. `drafts` may be a function of the tables as read under the lock, for a caller with
 * checks of its own (a stale matching proposal): whatever it throws stops everything before any write.
 */
export function createMentorships(
  registry: Services,
  drafts: readonly NewMentorship[] | ((tables: CreationTables) => readonly NewMentorship[]),
  operationId?: string,
): Created {
  const replay: Replay<Created> = {
    keep: (done) => done.created.map((m) => m.id),
    answer: (ids) => {
      const tables = readCreationTables(registry);
      const created = (ids as string[]).map((id) =>
        withoutRow(requireEntity(tables.mentorships, id, 'Пара/группа')),
      );
      return { created, tables };
    },
  };
  return runOperation(
    registry,
    { id: operationId, action: 'Пары и группы: создать' },
    (registry) => {
      const tables = readCreationTables(registry);
      const fields = typeof drafts === 'function' ? drafts(tables) : drafts;
      if (fields.length === 0) return { created: [], tables };
      const existing = tables.mentorships.data.rows.map((r) => String(r.cells.id ?? ''));
      const planned = planIds(
        registry.properties,
        MENTORSHIPS_TABLE.idPrefix as string,
        existing,
        fields.length,
      );
      // Each is checked with the ones before it in the batch (a mentor's places, a mentee chosen twice).
      const created: Mentorship[] = [];
      fields.forEach((f, i) => {
        const mentorship = parseInput(
          MentorshipSchema,
          { ...f, id: planned.ids[i], status: 'проект' },
          MENTORSHIPS_TABLE,
        );
        requireFilled(MENTORSHIPS_TABLE, mentorship);
        requirePeople(tables, tables.mentorships.entities, mentorship, { drafts: created });
        created.push(mentorship);
      });
      planned.issue();
      const book = nameBook(tables.mentors.data, tables.mentees.data);
      const pairs = tables.mentorships.data;
      registry.tables.append(
        pairs,
        created.map((m) => ({ ...cellsOf(registry, MENTORSHIPS_TABLE, m), ...pairNames(pairs, book, m) })),
      );
      registry.journal.record(
        created.map((m) => ({
          action: 'Пара/группа: создан проект',
          ids: [m.id, m.mentorId, ...m.menteeIds],
        })),
      );
      return { created, tables };
    },
    replay,
  );
}

function readCreationTables(registry: Services): CreationTables {
  return {
    mentors: loadEntities(registry, MENTORS_TABLE, MentorSchema),
    mentees: loadEntities(registry, MENTEES_TABLE, MenteeSchema),
    mentorships: loadEntities(registry, MENTORSHIPS_TABLE, MentorshipSchema),
  };
}

/**
 * The mentor and mentees of a pair or group exist, all have consent, the shape is right (no self-mentoring),
 * no mentee it puts in work is already in another pair or group in work or in a draft, and the mentor has room
 * among `mentorships` and the batch's drafts (a pair or group with the same ID counts as the one being saved).
 */
export function requirePeople(
  people: Pick<CreationTables, 'mentors' | 'mentees'>,
  mentorships: readonly Mentorship[],
  mentorship: Mentorship,
  context: SaveContext = {},
): void {
  const mentor = requireEntity(people.mentors, mentorship.mentorId, 'Наставник');
  const chosen = mentorship.menteeIds.map((id) => requireEntity(people.mentees, id, 'Наставляемый'));
  requireConsent([mentor, ...chosen]);
  requireValidMentorship(mentorship, mentor, chosen);
  const names = { mentors: people.mentors.entities, mentees: people.mentees.entities };
  requireOnePairInWork(names, mentorships, mentorship, context);
  requireCapacity(mentor, [...mentorships, ...(context.drafts ?? [])], mentorship);
}
