/**
 * What the tests call on the emulator: every top-level function of the add-on (src/index.ts: the menu's handlers
 * and the sidebars' endpoints), plus the registry's list and save use cases the sidebars reach through their
 * loads and saves, run on the same services an execution builds.
 */
import * as mentees from '../../src/app/banks/mentees';
import * as mentors from '../../src/app/banks/mentors';
import * as mentorships from '../../src/app/mentorships/mentorships';
import * as consent from '../../src/app/registry/withdraw-consent';
import { services } from '../../src/gas/services';

export * from '../../src/index';

/** Every mentor with places taken and left. */
export const listMentors = () => mentors.listMentors(services());
/** Every mentee with their pairs or groups in work. */
export const listMentees = () => mentees.listMentees(services());
/** Every pair and group with names. */
export const listMentorships = () => mentorships.listMentorships(services());
/** Withdraws the consent of the person with this ID, with no question asked (the menu asks first). */
export const withdrawConsentOf = (personId: unknown, operationId?: string) =>
  consent.withdrawConsent(services(), personId, operationId);
