/**
 * The names shown beside the IDs: «Наставник (ФИО)» and «Наставляемые (ФИО)» on «Пары и группы», «Пара/группа
 * (ФИО)» on «Программы» and «План мероприятий». They are derived from the banks, never data of their own: a pair,
 * programme or event saved by the add-on is written with them, and «Проверить данные» rewrites every one that no
 * longer says what the banks say (a name changed, a person anonymised by consent withdrawal, a hand edit).
 */
import { fullName } from '../../domain/registry/entities/people';
import { normaliseId } from '../../domain/registry/ids';
import { MENTEES_TABLE, MENTORS_TABLE } from '../../domain/registry/tables';
import type { Cells, RowUpdate, SheetRow, TableData, TableStore } from '../../ports/table-store';

/** Full names by ID, from the rows of both banks as they are in the sheets. */
export interface NameBook {
  name(id: string): string;
}

/** The names of the people in the banks' rows (a row with a problem still has a name to show). */
export function nameBook(mentors: TableData, mentees: TableData): NameBook {
  const names = new Map<string, string>();
  for (const row of [...mentors.rows, ...mentees.rows]) {
    const id = idIn(row.cells.id);
    const text = (key: string) => (typeof row.cells[key] === 'string' ? (row.cells[key] as string) : '');
    const name = fullName({
      surname: text('surname'),
      firstName: text('firstName'),
      patronymic: text('patronymic'),
    });
    if (id && name) names.set(id, name);
  }
  // An ID not in the banks shows as itself: «Проверить данные» reports it at its cell.
  return { name: (id) => names.get(id) ?? id };
}

/** The people of a pair or group: its mentor's ID and its mentees' IDs. */
export interface PairPeople {
  readonly mentorId: string;
  readonly menteeIds: readonly string[];
}

/**
 * «Наставник (ФИО)» and «Наставляемые (ФИО)» of a pair or group in the order of its IDs, for a row of `pairs`
 * (only the columns its sheet has: one set up by an older version lacks them until «Настроить таблицу»).
 */
export function pairNames(pairs: TableData, book: NameBook, pair: PairPeople): Cells {
  const names = {
    mentorName: book.name(pair.mentorId),
    menteeNames: pair.menteeIds.map(book.name).join('; '),
  };
  return onSheet(pairs, names);
}

/**
 * «Пара/группа (ФИО)» of a programme or event, for a row of `table`: «Соколова Ирина Викторовна — Лебедева
 * Ольга Андреевна, Нуриев Тимур Маратович»; empty when the pair is unknown.
 */
export function participants(table: TableData, book: NameBook, pair: PairPeople | undefined): Cells {
  const names = pair ? `${book.name(pair.mentorId)} — ${pair.menteeIds.map(book.name).join(', ')}` : '';
  return onSheet(table, { participants: names });
}

/**
 * How a pair's programme and event rows are written: their cells with the pair's «Пара/группа (ФИО)», taken from
 * the names on the pair's row (the banks are read only when that row has none yet), and left out of a row that
 * already says it (`rowNumber`: the row an update is for).
 */
export function withParticipants(
  tables: Pick<TableStore, 'read'>,
  pairs: TableData,
  pair: PairPeople & { readonly id: string },
): (table: TableData, cells: Cells, rowNumber?: number) => Cells {
  const row = pairs.rows.find((r) => idIn(r.cells.id) === pair.id);
  const shown = (key: string) => (typeof row?.cells[key] === 'string' ? (row.cells[key] as string) : '');
  const book: NameBook =
    shown('mentorName') !== '' && pair.menteeIds.length === shown('menteeNames').split('; ').length
      ? fromPairRow(pair, shown('mentorName'), shown('menteeNames').split('; '))
      : nameBook(tables.read(MENTORS_TABLE), tables.read(MENTEES_TABLE));
  return (table, cells, rowNumber) => {
    const names = participants(table, book, pair);
    const current = table.rows.find((r) => r.rowNumber === rowNumber)?.cells.participants;
    return current !== undefined && current === names.participants ? cells : { ...cells, ...names };
  };
}

/** The names a pair's row shows, by the IDs beside them. */
function fromPairRow(pair: PairPeople, mentorName: string, menteeNames: readonly string[]): NameBook {
  const names = new Map([
    [pair.mentorId, mentorName],
    ...pair.menteeIds.map((id, i) => [id, menteeNames[i]] as const),
  ]);
  return { name: (id) => names.get(id) ?? id };
}

/** The cells of `cells` whose columns the table's sheet has. */
function onSheet(table: TableData, cells: Cells): Cells {
  const missing = new Set(table.missing.map((c) => c.key));
  return Object.fromEntries(Object.entries(cells).filter(([key]) => !missing.has(key)));
}

/** The tables the names are derived from and written to, as read. */
interface NamedTables {
  readonly mentors: TableData;
  readonly mentees: TableData;
  readonly mentorships: TableData;
  readonly programmes: TableData;
  readonly planEvents: TableData;
}

/** Every name cell that does not say what the banks say now, by table: the updates that correct them. */
function staleNames(tables: NamedTables): Array<{ table: TableData; updates: RowUpdate[] }> {
  const book = nameBook(tables.mentors, tables.mentees);
  const pairs = new Map<string, PairPeople>();
  for (const row of tables.mentorships.rows) {
    const id = idIn(row.cells.id);
    if (id) pairs.set(id, peopleOf(row));
  }
  const pairOfProgramme = new Map<string, PairPeople | undefined>();
  for (const row of tables.programmes.rows) {
    const id = idIn(row.cells.id);
    if (id) pairOfProgramme.set(id, pairs.get(idIn(row.cells.mentorshipId) ?? ''));
  }
  const derive = (table: TableData, cellsOf: (row: SheetRow) => Cells) => {
    const updates: RowUpdate[] = [];
    for (const row of table.rows) {
      const wanted = cellsOf(row);
      const cells = Object.fromEntries(Object.entries(wanted).filter(([k, v]) => row.cells[k] !== v));
      if (Object.keys(cells).length > 0) updates.push({ rowNumber: row.rowNumber, cells });
    }
    return { table, updates };
  };
  return [
    derive(tables.mentorships, (row) => pairNames(tables.mentorships, book, peopleOf(row))),
    derive(tables.programmes, (row) =>
      participants(tables.programmes, book, pairs.get(idIn(row.cells.mentorshipId) ?? '')),
    ),
    derive(tables.planEvents, (row) =>
      participants(tables.planEvents, book, pairOfProgramme.get(idIn(row.cells.programmeId) ?? '')),
    ),
  ].filter((t) => t.updates.length > 0);
}

/**
 * Rewrites the name cells of `tables` (the registry's tables, as read) that do not say what the banks say; answers
 * the sheets and how many rows of each were rewritten. «Проверить данные» runs it, and setup, which fills the
 * columns it has just added to a workbook set up before them.
 */
export function refreshNames(
  store: Pick<TableStore, 'update'>,
  tables: readonly TableData[],
): Array<{ sheet: string; rows: number }> {
  const table = (key: string) => tables.find((t) => t.spec.key === key);
  const [mentors, mentees, mentorships, programmes, planEvents] = [
    'mentors',
    'mentees',
    'mentorships',
    'programmes',
    'plan-events',
  ].map(table);
  if (!mentors || !mentees || !mentorships || !programmes || !planEvents) return [];
  const stale = staleNames({ mentors, mentees, mentorships, programmes, planEvents });
  for (const { table: rows, updates } of stale) store.update(rows, updates);
  return stale.map((t) => ({ sheet: t.table.sheetName, rows: t.updates.length }));
}

/** The people of a pair's row as typed: IDs in canonical spelling, what is not an ID left out. */
function peopleOf(row: SheetRow): PairPeople {
  const menteeIds = String(row.cells.menteeIds ?? '')
    .split(/[;,\s]+/)
    .map(idIn)
    .filter((id): id is string => id !== null);
  return { mentorId: idIn(row.cells.mentorId) ?? '', menteeIds };
}

function idIn(value: unknown): string | null {
  return typeof value === 'string' ? normaliseId(value) : null;
}
