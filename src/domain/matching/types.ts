/**
 * The inputs of matching: small projections of the registry's Mentor and Mentee rows. The registry maps its
 * entities into these; matching never sees contacts or anything else it does not score.
 */
import type { Direction, QualificationCategory, TIME_RESOURCES } from '../vocabulary';

/** One of TIME_RESOURCES, or '' when the mentor has not said. */
export type TimeResource = (typeof TIME_RESOURCES)[number] | '';

/** A mentor as matching sees them (a row of «Наставники»). */
export interface MatchMentor {
  /** The row's stable ID, e.g. «НС-0003». */
  readonly id: string;
  /** ФИО as shown to the curator. */
  readonly name: string;
  /** In the bank of mentors now (not left, not excluded). */
  readonly active: boolean;
  /** Consent to personal-data processing given (152-ФЗ). */
  readonly consent: boolean;
  /** The most mentees this mentor takes at once. */
  readonly capacity: number;
  /** Mentees this mentor has now, in pairs/groups that are not finished. */
  readonly activeMentees: number;
  /** Directions the mentor is competent in. */
  readonly competencies: readonly Direction[];
  /** Position, e.g. «воспитатель». */
  readonly position: string;
  /** Subject or specialisation, e.g. «логопедия»; empty or absent when none. */
  readonly subject?: string;
  /** Teaching experience in years. */
  readonly experienceYears: number;
  readonly category: QualificationCategory;
  /** Free-text interests, e.g. «театр». */
  readonly interests: readonly string[];
  readonly timeResource: TimeResource;
  /** The physical person, when known: the same person may be a mentor and a mentee, never of themselves. */
  readonly personId?: string;
}

/** A mentee as matching sees them (a row of «Наставляемые»). */
export interface MatchMentee {
  readonly id: string;
  readonly name: string;
  readonly active: boolean;
  readonly consent: boolean;
  /** Directions of the mentee's key request (professional difficulties). */
  readonly requests: readonly Direction[];
  /** The request in the mentee's own words; shown, not scored. */
  readonly requestText: string;
  readonly position: string;
  readonly subject?: string;
  readonly experienceYears: number;
  readonly category: QualificationCategory;
  readonly interests: readonly string[];
  readonly personId?: string;
}

/** The criteria of the score, in the order their reasons are shown. */
export const CRITERIA = [
  'requests',
  'position',
  'subject',
  'experience',
  'category',
  'interests',
  'timeResource',
  'capacity',
] as const;
/** One criterion of the score. */
export type Criterion = (typeof CRITERIA)[number];

/** Points each criterion contributed to a score (0..100 in total, each rounded to 0.1). */
export type ScoreParts = Readonly<Record<Criterion, number>>;

/** Whether a pair may be formed at all; when not, every reason in Russian. */
export type Availability =
  { readonly available: true } | { readonly available: false; readonly reasons: string[] };

/** An explained score of one mentor for one mentee. */
export interface PairScore {
  /** 0..100, one decimal. */
  readonly score: number;
  /** Why, in Russian, most important first. */
  readonly reasons: string[];
  readonly parts: ScoreParts;
}
