/**
 * «Что требует внимания»: the registry read once (each sheet one read), the categories counted, and what the
 * sidebar needs besides — the orders an overdue roadmap item can be marked done by, and whether the weekly digest
 * is on. The answer is small: per category its count and at most MAX_LISTED short lines.
 */
import { formatRuDate, isoDateInZone, type IsoDate } from '../../domain/registry/dates';
import { MentorshipSchema } from '../../domain/registry/entities/mentorship';
import { MenteeSchema, MentorSchema } from '../../domain/registry/entities/people';
import { PlanEventSchema, ProgrammeSchema } from '../../domain/registry/entities/programme';
import { OrderSchema, RoadmapItemSchema } from '../../domain/registry/entities/records';
import {
  MENTEES_TABLE,
  MENTORSHIPS_TABLE,
  MENTORS_TABLE,
  ORDERS_TABLE,
  PLAN_EVENTS_TABLE,
  PROGRAMMES_TABLE,
  ROADMAP_TABLE,
} from '../../domain/registry/tables';
import { loadEntities } from '../registry/entity-table';
import type { Services } from '../services';
import { nameBook, registryCategories, type AttentionCategory } from './attention-items';
import type { DigestSchedule } from './digest';
import { questionnaireCategories, type QuestionnaireAttention } from './questionnaire-attention';

/** Every category, with the day it was counted on and how many rows need attention in all. */
export interface AttentionList {
  readonly today: IsoDate;
  readonly total: number;
  readonly categories: readonly AttentionCategory[];
}

/** An order an item can be marked done by: «№ 3 от 01.09.2025 — О …». */
export interface OrderChoice {
  readonly id: string;
  readonly label: string;
}

/** What the sidebar shows when it opens. */
export interface AttentionSidebar extends AttentionList {
  /** Orders not cancelled, newest first; sent only when there is an item to mark done. */
  readonly orders: readonly OrderChoice[];
  /** Whether the weekly e-mail digest is on for this document. */
  readonly digest: boolean;
}

/** The most orders offered for a roadmap item: the recent ones are what an item is done by. */
const MAX_ORDERS = 40;

/** Counts what needs attention today. */
export function attentionList(s: Services, questionnaires: QuestionnaireAttention): AttentionList {
  const today = isoDateInZone(s.clock.now(), s.tables.timeZone());
  const mentors = loadEntities(s, MENTORS_TABLE, MentorSchema).entities;
  const mentees = loadEntities(s, MENTEES_TABLE, MenteeSchema).entities;
  const registry = registryCategories({
    today,
    mentors,
    mentees,
    mentorships: loadEntities(s, MENTORSHIPS_TABLE, MentorshipSchema).entities,
    programmes: loadEntities(s, PROGRAMMES_TABLE, ProgrammeSchema).entities,
    planEvents: loadEntities(s, PLAN_EVENTS_TABLE, PlanEventSchema).entities,
    roadmap: loadEntities(s, ROADMAP_TABLE, RoadmapItemSchema).entities,
  });
  const names = nameBook(mentors, mentees);
  const categories = [...registry, ...questionnaireCategories(questionnaires, s, today, names)];
  return { today, total: categories.reduce((n, c) => n + (c.noData ? 0 : c.count), 0), categories };
}

/** The sidebar's load: the list, the orders to pick from, the digest's state. */
export function loadAttention(
  s: Services,
  questionnaires: QuestionnaireAttention,
  schedule: DigestSchedule,
): AttentionSidebar {
  const list = attentionList(s, questionnaires);
  const markable = list.categories.some((c) => c.items.some((i) => i.markable));
  return { ...list, orders: markable ? orderChoices(s) : [], digest: schedule.installed() };
}

function orderChoices(s: Services): OrderChoice[] {
  return loadEntities(s, ORDERS_TABLE, OrderSchema)
    .entities.filter((o) => o.status !== 'отменён')
    .sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id))
    .slice(0, MAX_ORDERS)
    .map((o) => ({ id: o.id, label: `№ ${o.number} от ${formatRuDate(o.date)} — ${o.title}` }));
}
