/** google.script.run endpoints of the bank sidebars: the bank's list and the person of the selected row. */
import * as mentees from '../app/mentees';
import * as mentors from '../app/mentors';
import { idInActiveRow } from './active-row';
import { gasRegistry } from './registry-services';

/** What a bank sidebar loads: the list, and the ID of the person on the curator's row, if any. */
export type PersonSidebarData<T> = mentors.ListResult<T> & { readonly selectedId?: string };

/** The mentor bank, and the mentor of the selected row (to open the sidebar on them). */
export function loadMentorSidebar(): PersonSidebarData<mentors.MentorItem> {
  return { ...mentors.listMentors(gasRegistry()), selectedId: idInActiveRow('НК') };
}

/** The mentee bank, and the mentee of the selected row. */
export function loadMenteeSidebar(): PersonSidebarData<mentees.MenteeItem> {
  return { ...mentees.listMentees(gasRegistry()), selectedId: idInActiveRow('НЯ') };
}
