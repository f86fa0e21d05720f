/**
 * google.script.run endpoints of the mentor bank's sidebar (sidebar/banks/mentor): each builds the execution's
 * services, runs one use case and answers JSON-safe data, or throws a UserError whose Russian message it shows.
 */
import * as mentors from '../../app/banks/mentors';
import type { Mentor } from '../../domain/registry/entities/people';
import { idInActiveRow } from '../registry/active-row';
import { services } from '../services';

/** What a bank sidebar loads: the list, and the ID of the person on the curator's row, if any. */
export type PersonSidebarData<T> = mentors.ListResult<T> & { readonly selectedId?: string };

/** The mentor bank with places taken and left, and the mentor of the selected row (to open on them). */
export function loadMentorSidebar(): PersonSidebarData<mentors.MentorItem> {
  return { ...mentors.listMentors(services()), selectedId: idInActiveRow('НК') };
}

/** Adds a mentor: the fields of «Наставники» without ID; answers the saved mentor with its ID. */
export function addMentor(input: unknown): Mentor {
  return mentors.addMentor(services(), input);
}

/** Changes a mentor: `{ id, ...fields }`, null clears a field. */
export function updateMentor(input: unknown): Mentor {
  return mentors.updateMentor(services(), input);
}
