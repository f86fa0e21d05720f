/**
 * An order as the curator asks for it in «Подготовить приказ…», and the data of its kind gathered from the
 * registry: the pairs, groups or people it concerns (only those who may be named), and who was left out and why.
 */
import type { MentorshipEntry, OrderContexts } from '../../domain/documents/contexts';
import { IsoDateSchema, idOf } from '../../domain/registry/entities/common';
import * as z from '../../domain/registry/entities/zod';
import { ROADMAP_TABLE } from '../../domain/registry/tables';
import { RoadmapItemSchema } from '../../domain/registry/entities/records';
import { loadEntities } from '../registry/entity-table';
import type { Services } from '../services';
import { consentProblem, mentorshipEntry, orderHeader, personRef, type RegistryData } from './registry-data';

/** The kinds of order the sidebar offers, in the order the roadmaps issue them. */
export const ORDER_KIND_IDS = [
  'approve-regulation',
  'appoint-curator',
  'assign-mentorships',
  'approve-programmes',
  'extend-programmes',
  'change-programmes',
  'end-early',
  'final-event',
  'thanks',
] as const satisfies readonly (keyof OrderContexts)[];
/** A kind of order. */
export type OrderKindId = (typeof ORDER_KIND_IDS)[number];

const Text = (max: number) => z.string().max(max, { message: `не длиннее ${max} символов` });

/** What the sidebar sends. */
export const OrderRequestSchema = z.object({
  kind: z.enum(ORDER_KIND_IDS),
  date: IsoDateSchema,
  /** The pairs and groups the order concerns (kinds about pairs). */
  mentorshipIds: z.array(idOf('ПГ')).max(300).default([]),
  /** The mentors thanked (the thanks order). */
  mentorIds: z.array(idOf('НК')).max(300).default([]),
  /** For what, by mentor ID (the thanks order), or the change by pair ID (the change order). */
  notes: z.record(z.string(), Text(500)).default({}),
  /** The final event: its title, date and place. */
  event: z.object({ title: Text(300), date: IsoDateSchema, venue: Text(300).optional() }).optional(),
  /** By when the programmes are due (the order assigning pairs). */
  programmesDue: IsoDateSchema.optional(),
  /** «Основание: …» when the curator gives one. */
  basis: Text(500).optional(),
  /** Who signs when not the head of «Настройки» (an acting head): the name in one line and the position. */
  signer: z.object({ name: Text(200), position: Text(200) }).optional(),
});
/** An order as asked for. */
export type OrderRequest = z.infer<typeof OrderRequestSchema>;

/** Someone or something the order could not include, and why, in Russian. */
export interface LeftOut {
  readonly id: string;
  readonly why: string;
}

/** The data of the order's kind, what it concerns, and what was left out. */
export interface OrderData {
  readonly context: OrderContexts[OrderKindId];
  readonly mentorshipIds: string[];
  readonly leftOut: LeftOut[];
}

/** Gathers the order's data under the given number (the preview shows the number it will take). */
export function orderData(s: Services, data: RegistryData, request: OrderRequest, number: string): OrderData {
  const header = orderHeader(data, request.date, number, request.basis, request.signer);
  const leftOut: LeftOut[] = [];
  const chosen = pairs(data, request.mentorshipIds, leftOut);
  const entries = chosen.map((c) => c.entry);
  const mentorshipIds = chosen.map((c) => c.id);
  const note = (id: string) => request.notes[id]?.trim() || undefined;
  const withContext = (context: OrderContexts[OrderKindId]) => ({ context, mentorshipIds, leftOut });
  switch (request.kind) {
    case 'approve-regulation':
      return withContext({ ...header, roadmap: roadmap(s) });
    case 'appoint-curator':
      return withContext(header);
    case 'assign-mentorships':
      return withContext({ ...header, mentorships: entries, programmesDue: request.programmesDue });
    case 'approve-programmes':
      return withContext({ ...header, mentorships: entries });
    case 'extend-programmes':
      return withContext({
        ...header,
        mentorships: chosen.map((c) => ({ ...c.entry, extendedUntil: c.extendedUntil ?? c.entry.end ?? '' })),
      });
    case 'change-programmes':
      return withContext({
        ...header,
        mentorships: chosen.map((c) => ({ ...c.entry, change: note(c.id) ?? '' })),
      });
    case 'end-early':
      return withContext({
        ...header,
        mentorships: chosen.map((c) => ({ ...c.entry, endedOn: c.endedOn ?? '', reason: c.reason ?? '' })),
      });
    case 'final-event':
      return withContext({
        ...header,
        event: request.event ?? { title: '', date: '' },
        responsible: header.curator,
        mentorships: entries,
      });
    case 'thanks':
      return withContext({ ...header, people: thanked(data, request, leftOut, note) });
  }
}

interface ChosenPair {
  readonly id: string;
  readonly entry: MentorshipEntry;
  readonly extendedUntil?: string;
  readonly endedOn?: string;
  readonly reason?: string;
}

function pairs(data: RegistryData, ids: readonly string[], leftOut: LeftOut[]): ChosenPair[] {
  const chosen: ChosenPair[] = [];
  for (const id of [...new Set(ids)]) {
    const mentorship = data.mentorships.entities.find((m) => m.id === id);
    if (!mentorship) {
      leftOut.push({ id, why: `${id}: такой пары или группы нет на листе «Пары и группы»` });
      continue;
    }
    const made = mentorshipEntry(data, mentorship);
    if ('why' in made) {
      leftOut.push({ id, why: `${id}: ${made.why.join('; ')}` });
      continue;
    }
    const programme = data.programmes.entities.find((p) => p.mentorshipId === id);
    chosen.push({
      id,
      entry: made.entry,
      extendedUntil: programme?.extendedUntil ?? mentorship.endDate,
      endedOn: mentorship.actualEndDate,
      reason: mentorship.endReason,
    });
  }
  return chosen;
}

function thanked(
  data: RegistryData,
  request: OrderRequest,
  leftOut: LeftOut[],
  note: (id: string) => string | undefined,
): OrderContexts['thanks']['people'] {
  const people = [];
  for (const id of [...new Set(request.mentorIds)]) {
    const mentor = data.mentors.entities.find((m) => m.id === id);
    const why = consentProblem(mentor, id, 'наставник');
    if (why || !mentor) leftOut.push({ id, why: why ?? id });
    else people.push({ person: personRef(data, mentor), merit: note(id) });
  }
  return people;
}

function roadmap(s: Services): OrderContexts['approve-regulation']['roadmap'] {
  return loadEntities(s, ROADMAP_TABLE, RoadmapItemSchema).entities.map((item) => ({
    number: item.number,
    stage: item.stage,
    content: item.content,
    months: item.months,
    responsible: item.responsible,
    expectedResult: item.expectedResult,
  }));
}
