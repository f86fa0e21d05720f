/** A set-up workbook with people and pairs, the add-on's script loaded (so the form-submit trigger finds its handler). */
import * as endpoints from '../endpoints';
import type { Workspace } from '../../../emulator/workspace';
import type { FormModel } from '../../../emulator/forms/model';
import { addMentee, addMentor, createMentorship, updateMentorship } from '../endpoints';
import { fromSidebar, menteeInput, mentorInput, seen, setUpWorkspace } from '../registry-fixture';
import { formatId } from '../../../src/domain/registry/ids';
import { MENTEES_TABLE, MENTORSHIPS_TABLE, MENTORS_TABLE } from '../../../src/domain/registry/tables';
import type { TableSpec } from '../../../src/domain/registry/table-spec';
import { toRow } from '../../../src/domain/registry/to-row';
import { SheetTableStore } from '../../../src/gas/registry/sheet-table-store';
import type { Cells } from '../../../src/ports/table-store';

export const PAIR = { form: 'педагог – педагог', kinds: ['традиционное (один на один)'] };

/** The workbook with `mentees` mentees, paired with mentors of two each; pairs in «идёт». */
export function workbookWithPairs(mentees: number): { ws: Workspace; done: () => void } {
  const installed = setUpWorkspace();
  const { ws } = installed;
  ws.loadScript(endpoints as unknown as Record<string, unknown>);
  const mentors = Math.ceil(mentees / 2);
  for (let i = 0; i < mentors; i++) {
    fromSidebar(ws, () =>
      addMentor(
        mentorInput({ surname: `Наставникова${i}`, email: `mentor${i}@school.example`, capacity: 3 }),
      ),
    );
  }
  for (let i = 0; i < mentees; i++) {
    fromSidebar(ws, () =>
      addMentee(menteeInput({ surname: `Молодова${i}`, email: `mentee${i}@school.example` })),
    );
  }
  for (let i = 0; i < mentees; i++) {
    const mentorId = `НК-${String(Math.floor(i / 2) + 1).padStart(4, '0')}`;
    const menteeId = `НЯ-${String(i + 1).padStart(4, '0')}`;
    const made = fromSidebar(ws, () => createMentorship({ ...PAIR, mentorId, menteeIds: [menteeId] }));
    fromSidebar(ws, () => updateMentorship({ id: (made as { id: string }).id, status: 'утверждена' }));
    fromSidebar(ws, () => updateMentorship({ id: (made as { id: string }).id, status: 'идёт' }));
  }
  return installed;
}

/** A sheet's rows below the header as { header: displayed text }. */
export function rowsOf(ws: Workspace, sheet: string): Record<string, string>[] {
  const [header, ...rows] = seen(ws, sheet);
  return rows
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

/** The form behind a questionnaire's edit link. */
export function formOf(ws: Workspace, editUrl: string): FormModel {
  const id = /\/forms\/d\/([^/]+)\//.exec(editUrl)?.[1] ?? '';
  const form = ws.forms.form(id);
  if (!form) throw new Error(`no form behind ${editUrl}`);
  return form;
}

/** What a respondent answers to every required question of a form, by title (scales as `score`). */
export function answersFor(form: FormModel, score = 7): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const item of form.items) {
    if (!item.required) continue;
    if (item.type === 'SCALE') out[item.title] = score;
    else if (item.type === 'MULTIPLE_CHOICE') out[item.title] = item.choices?.[0];
    else if (item.type === 'CHECKBOX') out[item.title] = item.choices?.slice(0, 2);
    else if (item.type === 'DATE') out[item.title] = '2025-11-01';
    else out[item.title] = 'ответ';
  }
  return out;
}

/**
 * A set-up workbook with `n` pairs in «идёт» (mentor НК-i, mentee НЯ-i, each with consent and an address), written
 * straight into the sheets as a curator's typing would leave them: hundreds of sidebar saves would only be slow.
 */
export function registryOf(n: number): { ws: Workspace; done: () => void } {
  const installed = setUpWorkspace();
  installed.ws.loadScript(endpoints as unknown as Record<string, unknown>);
  const store = new SheetTableStore(SpreadsheetApp.getActiveSpreadsheet());
  const zone = store.timeZone();
  const ids = (prefix: string) => Array.from({ length: n }, (_, i) => formatId(prefix, i + 1));
  const fill = (spec: TableSpec, record: Record<string, unknown>, each: (i: number) => Cells) => {
    const cells = toRow(spec, record, zone);
    store.append(
      store.read(spec),
      Array.from({ length: n }, (_, i) => ({ ...cells, ...each(i) })),
    );
  };
  const [mentors, mentees, pairs] = [ids('НК'), ids('НЯ'), ids('ПГ')];
  fill(MENTORS_TABLE, { ...mentorInput(), active: true, capacity: 2 }, (i) => ({
    id: mentors[i],
    surname: `Наставникова${i}`,
    email: `mentor${i}@school.example`,
  }));
  fill(MENTEES_TABLE, { ...menteeInput(), active: true }, (i) => ({
    id: mentees[i],
    surname: `Молодова${i}`,
    email: `mentee${i}@school.example`,
  }));
  fill(MENTORSHIPS_TABLE, { ...PAIR, status: 'идёт', startDate: '2025-09-15' }, (i) => ({
    id: pairs[i],
    mentorId: mentors[i],
    menteeIds: mentees[i],
  }));
  return installed;
}
