import { isEmptyCell } from './cells';
import { UserError } from '../user-error';
import { normaliseId } from './ids';
import { mentionsOf, nameParts, type NameParts } from './name-mentions';
import type { SheetRow } from './sheet-row';
import type { TableKey } from './tables';
import { tableByKey } from './tables';

/** What a withdrawn person's surname cell says afterwards. */
export const ANONYMISED_NAME = 'Удалено по отзыву согласия';

/** One cell to overwrite: the sheet layer applies these by ID (or row) under the document lock. */
export interface CellChange {
  readonly table: TableKey;
  readonly rowNumber: number;
  /** The row's ID, when it has one: write by ID, the row may have moved. */
  readonly id?: string;
  readonly column: string;
  readonly value: string | boolean;
}

/** Bank cells emptied for a withdrawn person: contacts and everything the person wrote or was described by. */
const CLEARED_COLUMNS = [
  'firstName',
  'patronymic',
  'email',
  'phone',
  'workplace',
  'competenciesText',
  'achievements',
  'interests',
  'desiredMentees',
  'difficulties',
  'note',
];

// Other people's own name cells are never rewritten, even when they share the surname (relatives, namesakes).
const IDENTITY_COLUMNS = ['surname', 'firstName', 'patronymic'];

/**
 * The changes that remove people (consent withdrawn, 152-ФЗ) from the registry: in the banks the name becomes
 * «Удалено по отзыву согласия», contacts and free text are emptied, consent and «активен» unticked; mentions of
 * their name, e-mail or phone in any free text of any sheet become «[удалено]»; their rows of «Склонение ФИО» are
 * emptied but for the IDs. IDs, positions, categories,
 * experience, directions and dates stay, so counts and reports still add up. A person linked to the other bank
 * («Также наставляемый») is the same person and goes too. Nobody else's data goes: other people's names and
 * contacts are never rewritten, and a phone or e-mail they share (a work phone) stays in their own rows. Pure:
 * the sheet layer applies the changes.
 */
export function anonymise(
  personIds: readonly string[],
  tables: Readonly<Partial<Record<TableKey, readonly SheetRow[]>>>,
): CellChange[] {
  const targets = withLinkedRows(personIds, tables);
  const people: NameParts[] = [];
  const others = new Map<string, NameParts>();
  const changes: CellChange[] = [];
  for (const key of ['mentors', 'mentees'] as const) {
    for (const row of tables[key] ?? []) {
      const id = idOf(row);
      if (!id || !targets.has(id)) {
        others.set(`${key}|${row.rowNumber}`, nameParts(row.cells));
        continue;
      }
      // A row anonymised before names nobody: its «Удалено по отзыву согласия» is no name to look for.
      if (!isAnonymised(row.cells)) people.push(nameParts(row.cells));
      const set = (column: string, value: string | boolean) => {
        if (row.cells[column] !== value && !(value === '' && isEmptyCell(row.cells[column]))) {
          changes.push({ table: key, rowNumber: row.rowNumber, id, column, value });
        }
      };
      set('surname', ANONYMISED_NAME);
      for (const column of CLEARED_COLUMNS) if (column in row.cells) set(column, '');
      set('consent', false);
      set('active', false);
    }
  }
  changes.push(...forgetNameForms(targets, tables['name-corrections'] ?? []));
  const touched = new Set(changes.map((c) => `${c.table}|${c.rowNumber}|${c.column}`));
  const mentions = mentionsOf(people, [...others.values()]);
  for (const [key, rows] of Object.entries(tables) as Array<[TableKey, readonly SheetRow[]]>) {
    const spec = tableByKey(key);
    // «Склонение ФИО» holds each person's own name, like the banks' name cells: only the person's rows change.
    if (!spec || key === 'settings' || key === 'name-corrections') continue;
    const textColumns = spec.columns
      .filter((c) => (c.type === 'text' || c.type === 'long-text') && !IDENTITY_COLUMNS.includes(c.key))
      .map((c) => c.key);
    for (const row of rows) {
      for (const column of textColumns) {
        const value = row.cells[column];
        if (typeof value !== 'string' || touched.has(`${key}|${row.rowNumber}|${column}`)) continue;
        const cleaned = mentions.remove(value, others.get(`${key}|${row.rowNumber}`));
        if (cleaned !== value)
          changes.push({ table: key, rowNumber: row.rowNumber, id: idOf(row), column, value: cleaned });
      }
    }
  }
  return changes;
}

/**
 * The people's rows of «Склонение ФИО» emptied: their name in a case, the case and the gender go; the row's ID and
 * the person's ID stay, as everywhere.
 */
function forgetNameForms(targets: ReadonlySet<string>, rows: readonly SheetRow[]): CellChange[] {
  const changes: CellChange[] = [];
  for (const row of rows) {
    const person = typeof row.cells.personId === 'string' ? normaliseId(row.cells.personId) : null;
    if (!person || !targets.has(person)) continue;
    for (const column of ['case', 'form', 'gender'])
      if (!isEmptyCell(row.cells[column]))
        changes.push({
          table: 'name-corrections',
          rowNumber: row.rowNumber,
          id: idOf(row),
          column,
          value: '',
        });
  }
  return changes;
}

function idOf(row: SheetRow): string | undefined {
  const raw = row.cells.id;
  return typeof raw === 'string' ? (normaliseId(raw) ?? undefined) : undefined;
}

/** The IDs of the people's rows in both banks: a mentor row «Также наставляемый: НЯ-0003» and that mentee row are one person. */
export function withLinkedRows(
  personIds: readonly string[],
  tables: Readonly<Partial<Record<TableKey, readonly SheetRow[]>>>,
): Set<string> {
  const targets = new Set(personIds.map((id) => normaliseId(id) ?? id));
  for (const row of tables.mentors ?? []) {
    const id = idOf(row);
    const linked = typeof row.cells.menteeId === 'string' ? normaliseId(row.cells.menteeId) : null;
    if (!id || !linked) continue;
    if (targets.has(id)) targets.add(linked);
    if (targets.has(linked)) targets.add(id);
  }
  return targets;
}

/** Document links (orders, programmes) of the people's pairs and groups: generated Docs the curator must redact by hand. */
export function documentsToReview(
  personIds: readonly string[],
  tables: Readonly<Partial<Record<TableKey, readonly SheetRow[]>>>,
): Array<{ table: TableKey; id?: string; url: string }> {
  const targets = withLinkedRows(personIds, tables);
  const refs = (value: unknown) =>
    String(value ?? '')
      .split(/[;,\s]+/)
      .map((p) => normaliseId(p))
      .filter((p): p is string => p !== null);
  const mentorships = new Set<string>();
  for (const row of tables.mentorships ?? []) {
    const id = idOf(row);
    if (
      id &&
      refs(`${String(row.cells.mentorId ?? '')};${String(row.cells.menteeIds ?? '')}`).some((p) =>
        targets.has(p),
      )
    ) {
      mentorships.add(id);
    }
  }
  const found: Array<{ table: TableKey; id?: string; url: string }> = [];
  const add = (table: TableKey, row: SheetRow) => {
    for (const url of [row.cells.documentUrl, row.cells.agreementUrl])
      if (typeof url === 'string' && url.trim()) found.push({ table, id: idOf(row), url: url.trim() });
  };
  for (const row of tables.orders ?? [])
    if (refs(row.cells.mentorshipIds).some((m) => mentorships.has(m))) add('orders', row);
  for (const row of tables.programmes ?? [])
    if (refs(row.cells.mentorshipId).some((m) => mentorships.has(m))) add('programmes', row);
  return found;
}

/** Whether a bank row is one whose person withdrew consent: the add-on wrote ANONYMISED_NAME there. */
export function isAnonymised(person: { readonly surname?: unknown }): boolean {
  return typeof person.surname === 'string' && person.surname.trim() === ANONYMISED_NAME;
}

/**
 * Refuses a change that would write personal data back into the row of a person who withdrew consent (an edit
 * form left open since before the withdrawal, saved after it): the name, contacts and free text stay erased,
 * and consent stays withdrawn. Other fields (position, category) may still change. `rows` are the bank's rows as
 * read; `change` the fields sent, by column key.
 */
export function refuseRestoring(
  rows: readonly SheetRow[],
  change: Readonly<Record<string, unknown>> & { readonly id: string },
): void {
  const row = rows.find((r) => idOf(r) === normaliseId(change.id));
  if (!row || !isAnonymised(row.cells)) return;
  const restored = [...IDENTITY_COLUMNS, ...CLEARED_COLUMNS].some(
    (key) => key in change && !isEmptyCell(change[key]) && change[key] !== row.cells[key],
  );
  if (restored || (change.consent === true && row.cells.consent !== true)) {
    throw new UserError(
      `${change.id}: человек отозвал согласие на обработку персональных данных, его данные удалены. ` +
        'Вернуть в эту строку ФИО, контакты, сведения о человеке или отметку согласия нельзя. ' +
        'Если человек дал согласие снова, добавьте его как нового: «Новая запись» — он получит новый ID.',
    );
  }
}
