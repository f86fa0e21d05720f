/**
 * What needs the curator's attention, from the registry's rows as read: each category a counted list of the rows
 * to look at, each row named by its table and ID so a click can take the curator there. Pure: `today` is given.
 */
import { addDays, formatRuDate, type IsoDate } from '../../domain/registry/dates';
import type { Mentorship } from '../../domain/registry/entities/mentorship';
import { fullName, type Mentee, type Mentor } from '../../domain/registry/entities/people';
import type { PlanEvent, Programme } from '../../domain/registry/entities/programme';
import type { RoadmapItem } from '../../domain/registry/entities/records';
import type { Located } from '../../domain/registry/read-table';
import { isOverdueRoadmapItem } from '../../domain/registry/roadmap-overdue';
import { isInWork } from '../../domain/registry/rules/capacity';
import { waitingMentees } from '../../domain/report/people-lists';
import { daysBetween } from '../../domain/report/report-year';
import { countRu, initials } from '../../domain/russian';

/** How far ahead «programmes ending soon» looks. */
export const ENDING_WITHIN_DAYS = 30;

/** The most rows a category sends to the sidebar: the count is always whole, the list is a first screenful. */
export const MAX_LISTED = 50;

/** One row to look at: its table (by key) and ID, which the click goes to, and a line that says why. */
export interface AttentionItem {
  readonly table: string;
  readonly id: string;
  readonly text: string;
  /** An overdue roadmap item may be marked done from the list. */
  readonly markable?: boolean;
}

export type AttentionKey =
  | 'programmes-ending'
  | 'overdue-events'
  | 'overdue-roadmap'
  | 'no-consent'
  | 'no-order'
  | 'waiting'
  | 'unanswered'
  | 'answers-attention';

/** A counted group of rows; `note` says what the count means or why there is nothing to count. */
export interface AttentionCategory {
  readonly key: AttentionKey;
  readonly title: string;
  readonly count: number;
  readonly items: readonly AttentionItem[];
  readonly note?: string;
  /** Nothing was measured (no questionnaires yet): the sidebar shows «нет данных», not a count. */
  readonly noData?: boolean;
}

/** The registry's rows the list is made from, each sheet read once. */
export interface AttentionInput {
  readonly today: IsoDate;
  readonly mentors: readonly Located<Mentor>[];
  readonly mentees: readonly Located<Mentee>[];
  readonly mentorships: readonly Located<Mentorship>[];
  readonly programmes: readonly Located<Programme>[];
  readonly planEvents: readonly Located<PlanEvent>[];
  readonly roadmap: readonly Located<RoadmapItem>[];
}

const DAYS = ['день', 'дня', 'дней'] as const;

/** The registry's categories, in the order the curator acts on them. */
export function registryCategories(input: AttentionInput): AttentionCategory[] {
  const names = nameBook(input.mentors, input.mentees);
  const pairs = new Map(input.mentorships.map((m) => [m.id, m]));
  const pairName = (id: string | undefined): string => {
    const pair = id ? pairs.get(id) : undefined;
    if (!pair) return id ?? 'пара не указана';
    return `${names(pair.mentorId)} — ${pair.menteeIds.map(names).join(', ')}`;
  };
  const working = (pairId: string | undefined): boolean => {
    const pair = pairId ? pairs.get(pairId) : undefined;
    return pair !== undefined && isInWork(pair) && pair.status !== 'проект';
  };
  return [
    programmesEnding(input, pairName, working),
    overdueEvents(input, pairName, working),
    overdueRoadmap(input),
    withoutConsent(input),
    withoutOrder(input, pairName),
    waiting(input),
  ];
}

function programmesEnding(
  input: AttentionInput,
  pairName: (id: string) => string,
  working: (id: string) => boolean,
): AttentionCategory {
  const last = addDays(input.today, ENDING_WITHIN_DAYS);
  const ending = input.programmes
    .map((p) => ({ p, end: p.extendedUntil ?? p.endDate }))
    .filter(({ p, end }) => end !== undefined && end >= input.today && end <= last && working(p.mentorshipId))
    .sort((a, b) => (a.end as string).localeCompare(b.end as string));
  return category(
    'programmes-ending',
    `Программы, которые заканчиваются в ближайшие ${ENDING_WITHIN_DAYS} дней`,
    ending.map(({ p, end }) => {
      const days = daysBetween(input.today, end as IsoDate);
      const when = days === 0 ? 'сегодня' : `через ${countRu(days, DAYS)}`;
      return {
        table: 'programmes',
        id: p.id,
        text: `${p.id} · ${pairName(p.mentorshipId)}: окончание ${formatRuDate(end as IsoDate)}, ${when}`,
      };
    }),
    'Пора провести итоговое мероприятие и анкетирование, подготовить приказ о завершении или продлении.',
  );
}

function overdueEvents(
  input: AttentionInput,
  pairName: (id: string) => string,
  working: (id: string) => boolean,
): AttentionCategory {
  const pairOf = new Map(input.programmes.map((p) => [p.id, p.mentorshipId]));
  const overdue = input.planEvents
    .filter((e) => !e.done && e.deadline !== undefined && e.deadline < input.today)
    .filter((e) => working(pairOf.get(e.programmeId) as string))
    .sort((a, b) => (a.deadline as string).localeCompare(b.deadline as string));
  return category(
    'overdue-events',
    'Просроченные мероприятия планов',
    overdue.map((e) => ({
      table: 'plan-events',
      id: e.id,
      text:
        `${e.id} · ${clip(e.event ?? 'мероприятие без названия')} (${pairName(pairOf.get(e.programmeId) as string)}): ` +
        `срок ${formatRuDate(e.deadline as IsoDate)}`,
    })),
    'Мероприятие не отмечено выполненным, а его срок прошёл. Отметьте «Выполнено» или перенесите срок.',
  );
}

function overdueRoadmap(input: AttentionInput): AttentionCategory {
  const overdue = input.roadmap
    .filter((item) => isOverdueRoadmapItem(item, input.today))
    .sort((a, b) => (a.deadline as string).localeCompare(b.deadline as string));
  return category(
    'overdue-roadmap',
    'Просроченные пункты дорожной карты',
    overdue.map((item) => ({
      table: 'roadmap',
      id: item.id,
      text: `${item.number ?? item.id} · ${clip(item.content)}: срок ${formatRuDate(item.deadline as IsoDate)}`,
      markable: true,
    })),
    'Если пункт выполнен, отметьте его здесь с датой и документом; если срок перенесён, исправьте дату на листе.',
  );
}

function withoutConsent(input: AttentionInput): AttentionCategory {
  const rows: AttentionItem[] = [
    ...input.mentors
      .filter((m) => m.active && !m.consent)
      .map((m) => ({ table: 'mentors', id: m.id, text: `${m.id} · наставник ${shortName(m)}` })),
    ...input.mentees
      .filter((m) => m.active && !m.consent)
      .map((m) => ({ table: 'mentees', id: m.id, text: `${m.id} · наставляемый ${shortName(m)}` })),
  ];
  return category(
    'no-consent',
    'Без согласия на обработку персональных данных',
    rows,
    'Активные в банке без отметки о согласии: их нельзя включить в пару, приказ или анкету.',
  );
}

function withoutOrder(input: AttentionInput, pairName: (id: string) => string): AttentionCategory {
  const rows = input.mentorships
    .filter((m) => isInWork(m) && m.orderId === undefined)
    .map((m) => ({ table: 'mentorships', id: m.id, text: `${m.id} · ${pairName(m.id)} (${m.status})` }));
  return category(
    'no-order',
    'Пары и группы без приказа',
    rows,
    'Пара или группа в работе, а «Приказ (ID)» пуст: подготовьте приказ о закреплении.',
  );
}

function waiting(input: AttentionInput): AttentionCategory {
  // The support given meanwhile has no column of its own: the mentee's «Примечание» is where the curator notes it.
  const notes = new Map(input.mentees.map((m) => [m.id, m.note]));
  const rows = waitingMentees(input.mentees, input.mentorships, input.today).map((w) => {
    const since =
      w.since === undefined
        ? 'дата включения в банк не указана'
        : `ждёт ${countRu(w.days ?? 0, DAYS)}, с ${formatRuDate(w.since)}`;
    const consent = w.consent ? '' : '; нет согласия — пару не сформировать';
    const note = notes.get(w.id);
    const support = note ? `; примечание: ${clip(note)}` : '';
    return { table: 'mentees', id: w.id, text: `${w.id} · ${w.name}: ${since}${consent}${support}` };
  });
  return category(
    'waiting',
    'Наставляемые, ожидающие наставника',
    rows,
    'Активные в банке, не в паре и не в группе, программу не завершали; дольше всех ждущие — первыми. ' +
      'Поддержку, оказанную за время ожидания, записывайте в «Примечание» наставляемого: оно показано здесь.',
  );
}

/** A category of these rows: the count of all, the first MAX_LISTED listed. */
export function category(
  key: AttentionKey,
  title: string,
  items: readonly AttentionItem[],
  note?: string,
  noData = false,
): AttentionCategory {
  const listed = items.slice(0, MAX_LISTED);
  return {
    key,
    title,
    count: items.length,
    items: listed,
    ...(note ? { note } : {}),
    ...(noData ? { noData } : {}),
  };
}

/** The most characters of a person's text a line quotes: the row itself holds the rest. */
const CLIP = 110;

export function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= CLIP ? flat : `${flat.slice(0, CLIP - 1).trimEnd()}…`;
}

/** «Иванова М. П.» by person ID, or the ID itself when the row is not in its bank. */
export function nameBook(mentors: readonly Mentor[], mentees: readonly Mentee[]): (id: string) => string {
  const byId = new Map<string, string>();
  for (const p of [...mentors, ...mentees]) byId.set(p.id, shortName(p));
  return (id) => byId.get(id) ?? id;
}

function shortName(p: Pick<Mentor, 'id' | 'surname' | 'firstName' | 'patronymic'>): string {
  if (!p.surname && !p.firstName) return p.id;
  const name = { surname: p.surname ?? '', firstName: p.firstName ?? '', patronymic: p.patronymic };
  const short = [p.surname, initials(name)].filter(Boolean).join(' ');
  return short || fullName(p) || p.id;
}
