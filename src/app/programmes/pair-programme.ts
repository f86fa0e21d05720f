/** Which programme is a pair's and what its plan is, found in the sheets as read (by the load and by the save). */
import type { Mentorship } from '../../domain/registry/entities/mentorship';
import type { PlanEvent, Programme } from '../../domain/registry/entities/programme';
import type { Located } from '../../domain/registry/read-table';
import type { EntityTable } from '../registry/entity-table';

/** The pair's programme: the one its «Программа (ID)» names among the pair's own, else the pair's first one. */
export function programmeOfPair(
  programmes: EntityTable<Programme>,
  pair: Mentorship,
): Located<Programme> | undefined {
  const own = programmes.entities.filter((p) => p.mentorshipId === pair.id);
  return own.find((p) => p.id === pair.programmeId) ?? own[0];
}

/** The events of one programme in plan order (by «№ п/п»; events without one last, in sheet order). */
export function planOf(events: readonly PlanEvent[], programmeId: string): PlanEvent[] {
  return events
    .filter((e) => e.programmeId === programmeId)
    .sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity));
}
