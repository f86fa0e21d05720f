/**
 * Everything matching needs, read once: the banks, the pairs and groups, and the weights. Four sheet reads
 * whatever the number of rows (docs/architecture.md, performance rules).
 */
import type { MatchMentee, MatchMentor, MatchWeights } from '../../domain/matching';
import { MentorshipSchema, type Mentorship } from '../../domain/registry/entities/mentorship';
import { MenteeSchema, MentorSchema, type Mentee, type Mentor } from '../../domain/registry/entities/people';
import type { Located } from '../../domain/registry/read-table';
import {
  MENTEES_TABLE,
  MENTORS_TABLE,
  MENTORSHIPS_TABLE,
  SETTINGS_TABLE,
} from '../../domain/registry/tables';
import { loadEntities, notListed } from '../registry/entity-table';
import { weightsFromSettings } from './weights-from-settings';
import { mentorshipsInWork, toMatchMentee, toMatchMentors } from './projection';
import type { Services } from '../services';

/** The registry as matching sees it now. */
export interface MatchingData {
  readonly mentors: Located<Mentor>[];
  readonly mentees: Located<Mentee>[];
  readonly mentorships: Located<Mentorship>[];
  readonly matchMentors: MatchMentor[];
  readonly matchMentees: MatchMentee[];
  /** Each mentee's pairs and groups in work (проект, утверждена, идёт, продлена). */
  readonly inWork: Map<string, string[]>;
  readonly weights: MatchWeights;
  /**
   * Rows left out (no ID yet, or a pair whose people or status do not read), as «Проверить данные» would explain
   * them; a person with a wrong cell is matched all the same, that cell ignored.
   */
  readonly skipped: string[];
}

/** Reads the banks, the pairs and groups and the weights, and projects them for matching. */
export function loadMatchingData(ctx: Services): MatchingData {
  const weights = weightsFromSettings(ctx.tables.read(SETTINGS_TABLE));
  const mentors = loadEntities(ctx, MENTORS_TABLE, MentorSchema);
  const mentees = loadEntities(ctx, MENTEES_TABLE, MenteeSchema);
  const mentorships = loadEntities(ctx, MENTORSHIPS_TABLE, MentorshipSchema);
  return {
    mentors: mentors.entities,
    mentees: mentees.entities,
    mentorships: mentorships.entities,
    matchMentors: toMatchMentors(mentors.entities, mentees.entities, mentorships.entities),
    matchMentees: mentees.entities.map(toMatchMentee),
    inWork: mentorshipsInWork(mentorships.entities),
    weights,
    skipped: [mentors, mentees, mentorships].flatMap(notListed),
  };
}

/** Mentees waiting for a mentor: active in the bank and in no pair or group in work. */
export function waitingMentees(data: MatchingData): MatchMentee[] {
  return data.matchMentees.filter((m) => m.active && !data.inWork.has(m.id));
}
