/**
 * «Подобрать наставника»: the mentees to choose from (those waiting for a mentor first) and, for one mentee,
 * every mentor ranked by an explained score, with why the unavailable ones cannot be chosen now.
 */
import { freePlaces, rankMentors, type RankedMentor } from '../../domain/matching';
import { idOf } from '../../domain/registry/entities/common';
import { UserError } from '../../domain/user-error';
import { parseInput } from '../registry/input';
import { loadMatchingData, type MatchingData } from './matching-data';
import type { Services } from '../services';

/** A mentee in the sidebar's list. */
export interface MatchMenteeOption {
  readonly id: string;
  readonly name: string;
  readonly position: string;
  readonly requests: string[];
  /** The key request in the mentee's own words. */
  readonly requestText: string;
  readonly active: boolean;
  readonly consent: boolean;
  /** The pairs and groups in work the mentee is already in (empty: waiting for a mentor). */
  readonly mentorshipIds: string[];
}

/** A mentor in the ranking: the explained score plus what the curator checks at a glance. */
export type RankedMentorView = RankedMentor & {
  readonly position: string;
  readonly capacity: number;
  readonly freePlaces: number;
};

/** One mentee's ranking. */
export interface MenteeRanking {
  readonly mentee: MatchMenteeOption;
  readonly mentors: RankedMentorView[];
}

/** The first answer of the sidebar: the mentees, and the ranking of the chosen (or first waiting) one. */
export interface MatchSidebarData {
  /** Waiting for a mentor first, then the rest; by name within each. */
  readonly mentees: MatchMenteeOption[];
  readonly ranking: MenteeRanking | null;
  readonly skipped: string[];
}

const collator = new Intl.Collator('ru');

function option(data: MatchingData, index: number): MatchMenteeOption {
  const m = data.matchMentees[index];
  return {
    id: m.id,
    name: m.name,
    position: m.position,
    requests: [...m.requests],
    requestText: m.requestText,
    active: m.active,
    consent: m.consent,
    mentorshipIds: data.inWork.get(m.id) ?? [],
  };
}

function menteeOptions(data: MatchingData): MatchMenteeOption[] {
  const options = data.matchMentees.map((_, i) => option(data, i));
  const waiting = (o: MatchMenteeOption) => (o.active && o.mentorshipIds.length === 0 ? 0 : 1);
  return options.sort(
    (a, b) => waiting(a) - waiting(b) || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
  );
}

function ranking(data: MatchingData, menteeId: string): MenteeRanking {
  const index = data.matchMentees.findIndex((m) => m.id === menteeId);
  if (index < 0) {
    throw new UserError(
      `Наставляемый ${menteeId} не найден на листе «Наставляемые» (или в его строке есть ошибки: выполните «Проверить данные»).`,
    );
  }
  const byId = new Map(data.matchMentors.map((m) => [m.id, m]));
  const ranked = rankMentors(data.matchMentees[index], data.matchMentors, data.weights);
  return {
    mentee: option(data, index),
    mentors: ranked.map((r) => {
      const mentor = byId.get(r.mentorId);
      return {
        ...r,
        position: mentor?.position ?? '',
        capacity: mentor?.capacity ?? 0,
        freePlaces: mentor ? freePlaces(mentor) : 0,
      };
    }),
  };
}

/** The mentees and, for `menteeId` (or the first one waiting), the ranked mentors. */
export function loadMatchSidebar(ctx: Services, menteeId?: unknown): MatchSidebarData {
  const chosen =
    menteeId === undefined || menteeId === null
      ? undefined
      : parseInput(idOf('НЯ'), menteeId, { whole: 'Наставляемый' });
  const data = loadMatchingData(ctx);
  const mentees = menteeOptions(data);
  const first = chosen ?? mentees.find((m) => m.active && m.mentorshipIds.length === 0)?.id;
  return { mentees, ranking: first ? ranking(data, first) : null, skipped: data.skipped };
}

/** Every mentor for one mentee, best first; the unavailable last, each with why. */
export function rankMentorsForMentee(ctx: Services, menteeId: unknown): MenteeRanking {
  const id = parseInput(idOf('НЯ'), menteeId, { whole: 'Наставляемый' });
  return ranking(loadMatchingData(ctx), id);
}
