/**
 * What «Подготовить приказ…» offers when it opens: the kinds of order, the pairs and groups and the mentors it may
 * concern (with what is preselected for each kind and why a row cannot be chosen), and the orders waiting to be
 * signed. Read once; the sidebar filters by kind itself.
 */
import { DOCUMENT_KINDS } from '../../domain/documents/kinds';
import { isoDateInZone } from '../../domain/registry/dates';
import { fullName } from '../../domain/registry/entities/people';
import type { Mentorship } from '../../domain/registry/entities/mentorship';
import { formatRuDate } from '../../domain/registry/dates';
import type { Services } from '../services';
import { ORDER_KIND_IDS, type OrderKindId } from './order-contexts';
import { mentorshipEntry, readRegistry, type RegistryData } from './registry-data';

/** A kind of order as the sidebar lists it. */
export interface OrderKindChoice {
  readonly id: OrderKindId;
  readonly name: string;
  /** What the curator picks for it: pairs and groups, mentors to thank, or nothing. */
  readonly picks: 'mentorships' | 'mentors' | 'nothing';
  /** Preselected: for «о закреплении» the pairs in «проект» without an order, and so on. */
  readonly preselected: string[];
  /** A line under the list saying what is preselected. */
  readonly hint: string;
}

/** A pair, group or mentor the curator may tick. */
export interface PickChoice {
  readonly id: string;
  readonly label: string;
  /** Why it cannot be named in a document now (no consent, a row to fix); absent when it can. */
  readonly blocked?: string;
}

/** An order of the journal not yet signed. */
export interface DraftOrder {
  readonly id: string;
  readonly label: string;
  readonly url?: string;
}

/** Everything the sidebar needs when it opens. */
export interface OrderChoices {
  readonly today: string;
  readonly kinds: OrderKindChoice[];
  readonly mentorships: PickChoice[];
  readonly mentors: PickChoice[];
  readonly drafts: DraftOrder[];
  /** Programmes to make documents of; those without one preselected. */
  readonly programmes: Array<PickChoice & { readonly hasDocument: boolean }>;
}

/** The sidebar's data. */
export function orderChoices(s: Services): OrderChoices {
  const data = readRegistry(s);
  const today = isoDateInZone(s.clock.now(), s.tables.timeZone());
  return {
    today,
    kinds: ORDER_KIND_IDS.map((id) => kindChoice(data, id)),
    mentorships: data.mentorships.entities.map((m) => pairChoice(data, m)),
    mentors: data.mentors.entities.map((m) => ({
      id: m.id,
      label: `${fullName(m) || m.id} (${m.id})`,
      ...(m.consent ? {} : { blocked: 'нет согласия на обработку персональных данных' }),
    })),
    programmes: data.programmes.entities.map((p) => {
      const pair = data.mentorships.entities.find((m) => m.id === p.mentorshipId);
      const made = pair ? mentorshipEntry(data, pair) : { why: [`пары ${p.mentorshipId} нет на листе`] };
      return {
        id: p.id,
        label: `${p.id}: ${p.title || 'без названия'} (${p.mentorshipId})${p.documentUrl ? ' — документ есть' : ''}`,
        hasDocument: Boolean(p.documentUrl),
        ...('why' in made ? { blocked: made.why.join('; ') } : {}),
      };
    }),
    drafts: data.orders.entities
      .filter((o) => o.status === 'проект')
      .map((o) => ({
        id: o.id,
        label: `№ ${o.number} от ${formatRuDate(o.date)} — ${o.title}`,
        ...(o.documentUrl ? { url: o.documentUrl } : {}),
      })),
  };
}

function pairChoice(data: RegistryData, m: Mentorship & { rowNumber: number }): PickChoice {
  const name = (id: string, list: RegistryData['mentors'] | RegistryData['mentees']) => {
    const person = list.entities.find((p) => p.id === id);
    return person?.surname ? `${person.surname} ${(person.firstName ?? '').slice(0, 1)}.`.trim() : id;
  };
  const people = `${name(m.mentorId, data.mentors)} → ${m.menteeIds.map((id) => name(id, data.mentees)).join(', ')}`;
  const made = mentorshipEntry(data, m);
  return {
    id: m.id,
    label: `${m.id}: ${people} (${m.status})`,
    ...('why' in made ? { blocked: made.why.join('; ') } : {}),
  };
}

function kindChoice(data: RegistryData, id: OrderKindId): OrderKindChoice {
  const name = DOCUMENT_KINDS[id].name;
  const pairs = data.mentorships.entities;
  const programmeOf = (pairId: string) => data.programmes.entities.find((p) => p.mentorshipId === pairId);
  const choose = (hint: string, preselected: string[]): OrderKindChoice => ({
    id,
    name,
    picks: 'mentorships',
    preselected,
    hint,
  });
  switch (id) {
    case 'approve-regulation':
    case 'appoint-curator':
      return {
        id,
        name,
        picks: 'nothing',
        preselected: [],
        hint: 'Данные берутся из листов «Настройки» и «Дорожная карта».',
      };
    case 'assign-mentorships':
      return choose(
        'Отмечены пары и группы в статусе «проект», у которых ещё нет приказа.',
        pairs.filter((p) => p.status === 'проект' && !p.orderId).map((p) => p.id),
      );
    case 'approve-programmes':
      return choose(
        'Отмечены пары и группы, чьи программы ещё не утверждены приказом.',
        pairs
          .filter((p) => programmeOf(p.id) && !programmeOf(p.id)?.orderId && p.status !== 'проект')
          .map((p) => p.id),
      );
    case 'extend-programmes':
      return choose(
        'Отмечены продлённые пары и группы.',
        pairs.filter((p) => p.status === 'продлена').map((p) => p.id),
      );
    case 'change-programmes':
      return choose('Отметьте пары и группы, чьи программы меняются, и опишите изменение.', []);
    case 'end-early':
      return choose(
        'Отмечены пары и группы, прекращённые досрочно.',
        pairs.filter((p) => p.status === 'прекращена досрочно').map((p) => p.id),
      );
    case 'final-event':
      return choose(
        'Отмечены пары и группы в работе.',
        pairs.filter((p) => ['утверждена', 'идёт', 'продлена'].includes(p.status)).map((p) => p.id),
      );
    case 'thanks':
      return {
        id,
        name,
        picks: 'mentors',
        preselected: data.mentors.entities
          .filter((m) => m.consent && pairs.some((p) => p.mentorId === m.id && p.status === 'завершена'))
          .map((m) => m.id),
        hint: 'Отмечены наставники, чьи пары и группы завершили программу. Можно указать, за что.',
      };
  }
}
