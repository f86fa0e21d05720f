/** google.script.run endpoints of the mentee bank's sidebar (sidebar/banks/mentee). */
import * as mentees from '../../app/banks/mentees';
import type { Mentee } from '../../domain/registry/entities/people';
import { idInActiveRow } from '../registry/active-row';
import { operationIdOf } from '../../app/operations/run-operation';
import { services, settledServices } from '../services';
import type { PersonSidebarData } from './mentor-sidebar';

/** The mentee bank with each mentee's pairs or groups in work, the form's lists, and the mentee of the selected row. */
export function loadMenteeSidebar(): PersonSidebarData<mentees.MenteeItem, mentees.MenteeChoices> {
  return {
    ...mentees.listMentees(settledServices()),
    choices: mentees.MENTEE_CHOICES,
    selectedId: idInActiveRow('НЯ'),
  };
}

/** Adds a mentee: the fields of «Наставляемые» without ID. */
export function addMentee(input: unknown, operationId?: unknown): Mentee {
  return mentees.addMentee(services(), input, operationIdOf(operationId));
}

/** Changes a mentee: `{ id, ...fields }`, null clears a field. */
export function updateMentee(input: unknown, operationId?: unknown): Mentee {
  return mentees.updateMentee(services(), input, operationIdOf(operationId));
}
