/**
 * The registry's google.script.run endpoints for the sidebars: each builds the ports, runs one use case, and
 * answers JSON-safe data (dates as ISO strings) or throws a UserError whose Russian message the sidebar shows.
 */
import * as mentees from '../app/mentees';
import * as mentors from '../app/mentors';
import * as mentorships from '../app/mentorships';
import * as planEvents from '../app/plan-events';
import * as programmes from '../app/programmes';
import type { Mentorship } from '../domain/registry/entities/mentorship';
import type { Mentee, Mentor } from '../domain/registry/entities/people';
import type { PlanEvent, Programme } from '../domain/registry/entities/programme';
import { withdrawConsentEverywhere, type WithdrawResult } from '../app/withdraw-consent';
import { gasRegistry } from './registry-services';

/** Every mentor with places taken and left. */
export function listMentors(): mentors.ListResult<mentors.MentorItem> {
  return mentors.listMentors(gasRegistry());
}

/** Adds a mentor: the fields of «Наставники» without ID; answers the saved mentor with its ID. */
export function addMentor(input: unknown): Mentor {
  return mentors.addMentor(gasRegistry(), input);
}

/** Changes a mentor: `{ id, ...fields }`, null clears a field. */
export function updateMentor(input: unknown): Mentor {
  return mentors.updateMentor(gasRegistry(), input);
}

/** Every mentee with their pairs or groups in work. */
export function listMentees(): mentors.ListResult<mentees.MenteeItem> {
  return mentees.listMentees(gasRegistry());
}

/** Adds a mentee: the fields of «Наставляемые» without ID. */
export function addMentee(input: unknown): Mentee {
  return mentees.addMentee(gasRegistry(), input);
}

/** Changes a mentee: `{ id, ...fields }`, null clears a field. */
export function updateMentee(input: unknown): Mentee {
  return mentees.updateMentee(gasRegistry(), input);
}

/** Every pair and group with names. */
export function listMentorships(): mentors.ListResult<mentorships.MentorshipItem> {
  return mentorships.listMentorships(gasRegistry());
}

/** Drafts a pair or group («проект») after the consent, capacity and shape checks. */
export function createMentorship(input: unknown): Mentorship {
  return mentorships.createMentorship(gasRegistry(), input);
}

/** Changes a pair or group; `status` (+ `reason`, `newEndDate`, `orderId`) moves it along its lifecycle. */
export function updateMentorship(input: unknown): Mentorship {
  return mentorships.updateMentorship(gasRegistry(), input);
}

/** Every programme, or those of one pair or group. */
export function listProgrammes(mentorshipId?: unknown): mentors.ListResult<Programme> {
  return programmes.listProgrammes(gasRegistry(), mentorshipId);
}

/** Creates (without `id`) or changes (with `id`) a programme; its term must be 3 months to a year. */
export function saveProgramme(input: unknown): Programme {
  return programmes.saveProgramme(gasRegistry(), input);
}

/** The events of one programme (or all), in plan order. */
export function listPlanEvents(programmeId?: unknown): mentors.ListResult<PlanEvent> {
  return planEvents.listPlanEvents(gasRegistry(), programmeId);
}

/** Saves a programme's events: `{ programmeId, events: [...] }`; events without `id` are added. */
export function savePlanEvents(input: unknown): PlanEvent[] {
  return planEvents.savePlanEvents(gasRegistry(), input);
}

/** Removes a person's personal data everywhere (consent withdrawn); answers what to redact by hand. */
export function withdrawConsent(personId: unknown): WithdrawResult {
  return withdrawConsentEverywhere(gasRegistry(), personId);
}
