/**
 * google.script.run endpoints of the mentor bank's sidebar (sidebar/banks/mentor): each builds the execution's
 * services, runs one use case and answers JSON-safe data, or throws a UserError whose Russian message it shows.
 */
import * as mentors from '../../app/banks/mentors';
import type { Mentor } from '../../domain/registry/entities/people';
import { idInActiveRow } from '../registry/active-row';
import { operationIdOf } from '../../app/operations/run-operation';
import { services, settledServices } from '../services';

/** What a bank sidebar loads: the list, its form's choices, and the ID of the person on the curator's row, if any. */
export type PersonSidebarData<T, C> = mentors.ListResult<T> & {
  readonly choices: C;
  readonly selectedId?: string;
};

/** The mentor bank with places taken and left, the form's lists, and the mentor of the selected row. */
export function loadMentorSidebar(): PersonSidebarData<mentors.MentorItem, mentors.MentorChoices> {
  return {
    ...mentors.listMentors(settledServices()),
    choices: mentors.MENTOR_CHOICES,
    selectedId: idInActiveRow('НК'),
  };
}

/** Adds a mentor: the fields of «Наставники» without ID; answers the saved mentor with its ID. */
export function addMentor(input: unknown, operationId?: unknown): Mentor {
  return mentors.addMentor(services(), input, operationIdOf(operationId));
}

/** Changes a mentor: `{ id, ...fields }`, null clears a field. */
export function updateMentor(input: unknown, operationId?: unknown): Mentor {
  return mentors.updateMentor(services(), input, operationIdOf(operationId));
}
