/** google.script.run endpoints of the «Пара / группа» sidebar: one load, one programme load, one save. */
import * as sidebar from '../app/mentorship-sidebar';
import * as plan from '../app/programme-plan';
import { idInActiveRow } from './active-row';
import { gasRegistry } from './registry-services';

/** Pairs and groups with their next statuses, the people to form new ones, and the pair of the selected row. */
export function loadMentorshipSidebar(): sidebar.MentorshipSidebarData & { selectedId?: string } {
  return { ...sidebar.loadMentorshipSidebar(gasRegistry()), selectedId: idInActiveRow('ПГ') };
}

/** A pair's programme, its plan of events in order, and event suggestions by the mentees' requests. */
export function loadProgrammeSidebar(mentorshipId: unknown): sidebar.ProgrammeSidebarData {
  return sidebar.loadProgrammeSidebar(gasRegistry(), mentorshipId);
}

/** Saves a pair's programme and its whole plan: `{ mentorshipId, programme: {...}, events: [...] }`. */
export function saveProgrammePlan(input: unknown): sidebar.ProgrammeSidebarData {
  return plan.saveProgrammePlan(gasRegistry(), input);
}
