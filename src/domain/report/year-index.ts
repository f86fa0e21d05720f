import type { IsoDate } from '../registry/dates';
import type { Mentorship } from '../registry/entities/mentorship';
import type { Programme } from '../registry/entities/programme';
import type { ReportInput } from './report-input';
import type { ReportYear } from './report-year';

/** How a pair or group that ended did end. */
export type Ending = 'completed' | 'early';

/** A pair or group that worked in the year, with its programme and its dates as the report reads them. */
export interface YearMentorship {
  readonly mentorship: Mentorship;
  readonly programme?: Programme;
  /** «Начало» of the pair, else of its programme. */
  readonly start?: IsoDate;
  /** The planned end: the pair's «Окончание (план)», else the programme's «Продлена до» or «Окончание». */
  readonly plannedEnd?: IsoDate;
  /** For an ended one: «Фактическое окончание», else the planned end. */
  readonly end?: IsoDate;
  readonly ending?: Ending;
}

/** What every table needs of the year, worked out once: the pairs and groups of the year and who was in them. */
export interface YearIndex {
  readonly input: ReportInput;
  readonly mentorships: readonly YearMentorship[];
  readonly byMentorshipId: ReadonlyMap<string, YearMentorship>;
  /** Each programme's pair or group of the year, by programme ID. */
  readonly byProgrammeId: ReadonlyMap<string, YearMentorship>;
  /** Mentors who led a pair or group of the year. */
  readonly workingMentorIds: ReadonlySet<string>;
  /** Mentees who were in a pair or group of the year. */
  readonly mentoredMenteeIds: ReadonlySet<string>;
}

const ENDINGS: Readonly<Record<string, Ending>> = { завершена: 'completed', 'прекращена досрочно': 'early' };

/**
 * A pair or group worked in the year when it was more than a draft (its status is not «проект»), began on or before
 * the year's last day (a missing start does not keep it out) and, if it ended, did not end before the year's first
 * day (a missing end does not either): it was in work on at least one day of the year.
 */
export function yearMentorship(
  mentorship: Mentorship,
  programme: Programme | undefined,
  year: ReportYear,
): YearMentorship | undefined {
  if (mentorship.status === 'проект') return undefined;
  const start = mentorship.startDate ?? programme?.startDate;
  const plannedEnd = mentorship.endDate ?? programme?.extendedUntil ?? programme?.endDate;
  const ending = ENDINGS[mentorship.status];
  const end = ending ? (mentorship.actualEndDate ?? plannedEnd) : undefined;
  if (start !== undefined && start > year.end) return undefined;
  if (ending && end !== undefined && end < year.start) return undefined;
  return { mentorship, programme, start, plannedEnd, end, ending };
}

/** Indexes the input for the year: one pass over pairs and programmes. */
export function indexYear(input: ReportInput): YearIndex {
  const programmeById = new Map(input.programmes.map((p) => [p.id, p]));
  const programmeByMentorship = new Map<string, Programme>();
  for (const p of input.programmes)
    if (!programmeByMentorship.has(p.mentorshipId)) programmeByMentorship.set(p.mentorshipId, p);
  const mentorships: YearMentorship[] = [];
  const byMentorshipId = new Map<string, YearMentorship>();
  const byProgrammeId = new Map<string, YearMentorship>();
  const workingMentorIds = new Set<string>();
  const mentoredMenteeIds = new Set<string>();
  for (const m of input.mentorships) {
    const linked = m.programmeId ? programmeById.get(m.programmeId) : undefined;
    const programme = linked ?? programmeByMentorship.get(m.id);
    const entry = yearMentorship(m, programme, input.year);
    if (!entry || byMentorshipId.has(m.id)) continue;
    mentorships.push(entry);
    byMentorshipId.set(m.id, entry);
    if (programme) byProgrammeId.set(programme.id, entry);
    workingMentorIds.add(m.mentorId);
    m.menteeIds.forEach((id) => mentoredMenteeIds.add(id));
  }
  for (const p of input.programmes) {
    const entry = byMentorshipId.get(p.mentorshipId);
    if (entry && !byProgrammeId.has(p.id)) byProgrammeId.set(p.id, entry);
  }
  return { input, mentorships, byMentorshipId, byProgrammeId, workingMentorIds, mentoredMenteeIds };
}

/** Whether a pair or group ended within the year (a missing end date counts as within: it is of this year). */
export function endedInYear(entry: YearMentorship, year: ReportYear): boolean {
  return entry.ending !== undefined && (entry.end === undefined || entry.end <= year.end);
}
