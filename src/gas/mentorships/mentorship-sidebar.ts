/**
 * google.script.run endpoints of the «Пара / группа» sidebar (sidebar/mentorships/mentorship): the pairs and
 * groups, creating one, moving it along its lifecycle, and its programme with the plan of events.
 */
import * as mentorships from '../../app/mentorships/mentorships';
import * as sidebar from '../../app/mentorships/mentorship-sidebar';
import * as plan from '../../app/programmes/programme-plan';
import type { Mentorship } from '../../domain/registry/entities/mentorship';
import { idInActiveRow } from '../registry/active-row';
import { operationIdOf } from '../../app/operations/run-operation';
import { services, settledServices } from '../services';

/** Pairs and groups with their next statuses, the people to form new ones, and the pair of the selected row. */
export function loadMentorshipSidebar(): sidebar.MentorshipSidebarData & { selectedId?: string } {
  return { ...sidebar.loadMentorshipSidebar(settledServices()), selectedId: idInActiveRow('ПГ') };
}

/** Drafts a pair or group («проект») after the consent, capacity and shape checks. */
export function createMentorship(input: unknown, operationId?: unknown): Mentorship {
  return mentorships.createMentorship(services(), input, operationIdOf(operationId));
}

/** Changes a pair or group; `status` (+ `reason`, `newEndDate`, `orderId`) moves it along its lifecycle. */
export function updateMentorship(input: unknown, operationId?: unknown): Mentorship {
  return mentorships.updateMentorship(services(), input, operationIdOf(operationId));
}

/** A pair's programme, its plan of events in order, and event suggestions by the mentees' requests. */
export function loadProgrammeSidebar(mentorshipId: unknown): sidebar.ProgrammeSidebarData {
  return sidebar.loadProgrammeSidebar(settledServices(), mentorshipId);
}

/** Saves a pair's programme and its whole plan: `{ mentorshipId, programme: {...}, events: [...] }`. */
export function saveProgrammePlan(input: unknown, operationId?: unknown): sidebar.ProgrammeSidebarData {
  return plan.saveProgrammePlan(services(), input, operationIdOf(operationId));
}
