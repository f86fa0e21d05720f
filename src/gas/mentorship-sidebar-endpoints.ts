/** google.script.run endpoints of the «Пара / группа» sidebar: one load, one programme load, one save. */
import * as sidebar from '../app/mentorship-sidebar';
import * as plan from '../app/programme-plan';
import { gasRegistry } from './registry-services';

/** Pairs and groups with their next statuses, and the mentors and mentees to form new ones. */
export function loadMentorshipSidebar(): sidebar.MentorshipSidebarData {
  return sidebar.loadMentorshipSidebar(gasRegistry());
}

/** A pair's programme, its plan of events in order, and event suggestions by the mentees' requests. */
export function loadProgrammeSidebar(mentorshipId: unknown): sidebar.ProgrammeSidebarData {
  return sidebar.loadProgrammeSidebar(gasRegistry(), mentorshipId);
}

/** Saves a pair's programme and its whole plan: `{ mentorshipId, programme: {...}, events: [...] }`. */
export function saveProgrammePlan(input: unknown): sidebar.ProgrammeSidebarData {
  return plan.saveProgrammePlan(gasRegistry(), input);
}
