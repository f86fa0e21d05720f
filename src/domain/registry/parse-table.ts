import { isEmptyCell, parseCell } from './cells';
import { formatId, parseId } from './ids';
import { problemAt, type Problem } from './problems';
import { missingRequired } from './rules/required';
import type { SheetRow } from './sheet-row';
import type { ColumnSpec, TableSpec } from './table-spec';
import { tableByKey } from './tables';

/** What parsing needs besides the rows. */
export interface ParseOptions {
  /** The spreadsheet's time zone: Date cells mean midnight there. */
  readonly timeZone: string;
  /** IDs present in other tables, by table key; a table left out is not checked. */
  readonly knownIds?: Readonly<Record<string, ReadonlySet<string>>>;
  /** Headers as they are in the sheet now, by column key, when a person renamed some. */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * A row's values by column key (parsed; a wrong or empty cell is left out, or read as an unticked box or an empty
 * list), with where it came from.
 */
export interface ParsedRecord {
  readonly rowNumber: number;
  readonly id?: string;
  readonly [key: string]: unknown;
}

/** The outcome of reading a sheet: every non-empty row, every problem, and the rows still waiting for an ID. */
export interface ParsedTable {
  readonly records: ParsedRecord[];
  readonly problems: Problem[];
  /** Rows typed by hand without an ID; the sheet layer gives them IDs with `nextIds`. */
  readonly rowsWithoutId: number[];
}

/**
 * Reads a sheet's rows by its spec, accepting what a curator types by hand, and reports each cell it cannot
 * understand with a message that says how to fix it. Never throws; a row of empty cells is skipped, any other
 * row becomes a record (its bad cells read as empty) so nothing is dropped silently. A required cell left empty
 * is reported by the rule a sidebar save is refused by (`missingRequired`).
 */
export function parseTable(spec: TableSpec, rows: readonly SheetRow[], options: ParseOptions): ParsedTable {
  const records: ParsedRecord[] = [];
  const problems: Problem[] = [];
  const seenIds = new Map<string, number>();
  const header = (column: ColumnSpec) => options.headers?.[column.key] ?? column.header;
  const present = presentRows(rows);
  for (const column of spec.columns) {
    if (column.required && present.length > 0 && present.every((row) => !(column.key in row.cells))) {
      const what = `столбец не найден. Верните его или выполните «Настроить таблицу»`;
      problems.push(problemAt(spec.sheetName, 1, header(column), what));
    }
  }
  for (const row of present) {
    const record: Record<string, unknown> = { rowNumber: row.rowNumber };
    const report = (column: ColumnSpec, what: string) =>
      problems.push(problemAt(spec.sheetName, row.rowNumber, header(column), what));
    const bad = new Set<string>();
    for (const column of spec.columns) {
      const value = column.key in row.cells ? row.cells[column.key] : undefined;
      const parsed = isEmptyCell(value) ? undefined : parseValue(column, value, spec, options);
      if (parsed?.ok) {
        record[column.key] = parsed.value;
        continue;
      }
      // An empty or wrong cell is read as empty: a checkbox unticked, a list with nothing chosen.
      const empty = emptyValue(column);
      if (empty !== undefined) record[column.key] = empty;
      if (parsed) {
        bad.add(column.key);
        report(column, parsed.message);
      }
    }
    // Filled is decided on the row as read (an anonymised row needs no first name); a wrong cell is reported once.
    for (const column of missingRequired(spec, record)) {
      if (column.key in row.cells && !bad.has(column.key)) report(column, requiredMessage(column));
    }
    const id = record.id as string | undefined;
    const idColumn = spec.columns.find((c) => c.type === 'id');
    if (idColumn && id !== undefined) {
      const first = seenIds.get(id);
      if (first !== undefined) {
        report(
          idColumn,
          `ID ${id} уже есть в строке ${first}. Если строка скопирована, очистите здесь ID — при следующей проверке она получит новый`,
        );
        delete record.id;
      } else seenIds.set(id, row.rowNumber);
    }
    records.push(record as ParsedRecord);
  }
  return { records, problems, rowsWithoutId: rowsWithoutId(spec, rows) };
}

/** Rows with something in them: checkbox columns read back as `false` in every blank row, so those do not count. */
function presentRows(rows: readonly SheetRow[]): SheetRow[] {
  return rows.filter((row) => !Object.values(row.cells).every((v) => v === false || isEmptyCell(v)));
}

/**
 * Rows typed by hand without an ID (not ones whose ID is wrong: those are reported), in sheet order: what
 * «Проверить данные» gives IDs to before it reads the sheet, without parsing a cell.
 */
export function rowsWithoutId(spec: TableSpec, rows: readonly SheetRow[]): number[] {
  const idColumn = spec.columns.find((c) => c.type === 'id');
  if (!idColumn) return [];
  return presentRows(rows)
    .filter((row) => isEmptyCell(row.cells[idColumn.key]))
    .map((row) => row.rowNumber);
}

/** One non-empty cell read by its column, references checked against their sheets; the message says what to fix. */
function parseValue(
  column: ColumnSpec,
  value: unknown,
  spec: TableSpec,
  options: ParseOptions,
): { ok: true; value: unknown } | { ok: false; message: string } {
  const refSpec = column.type === 'id' ? spec : tableByKey(column.refTable ?? '');
  const parsed = parseCell(column, value, { timeZone: options.timeZone, refExample: example(refSpec) });
  if (!parsed.ok) {
    return column.type === 'id' ? { ok: false, message: `${parsed.message}. ${BAD_ID_HINT}` } : parsed;
  }
  const refError = checkRefs(column, parsed.value, refSpec, spec, options.knownIds);
  return refError ? { ok: false, message: refError } : parsed;
}

const BAD_ID_HINT = 'Если ID испорчен, очистите ячейку — при следующей проверке строка получит новый ID';

function emptyValue(column: ColumnSpec): unknown {
  if (column.type === 'boolean') return false;
  if (column.type === 'multi-list' || column.type === 'refs') return [];
  return undefined;
}

function requiredMessage(column: ColumnSpec): string {
  const hint = column.note ? ` ${column.note}` : '';
  return `не заполнено, а это обязательное поле.${hint}`;
}

function example(table: TableSpec | undefined): string | undefined {
  return table?.idPrefix ? formatId(table.idPrefix, 1) : undefined;
}

/**
 * Why an ID or a reference cannot stand (an ID of another sheet, or of a row `knownIds` does not have), or
 * undefined when it can: the check's rule for a cell typed by hand, and a save's for a reference it changes.
 */
export function checkRefs(
  column: ColumnSpec,
  value: unknown,
  refSpec: TableSpec | undefined,
  spec: TableSpec,
  knownIds: ParseOptions['knownIds'],
): string | undefined {
  if (!refSpec?.idPrefix || !['id', 'ref', 'refs'].includes(column.type)) return undefined;
  const ids = Array.isArray(value) ? (value as string[]) : [value as string];
  for (const id of ids) {
    if (parseId(id)?.prefix !== refSpec.idPrefix) {
      const own = column.type === 'id' ? 'этого листа' : `с листа «${refSpec.sheetName}»`;
      return `${id} — ID не того листа; ожидается ID ${own}, например ${example(refSpec)}`;
    }
    const known = column.type === 'id' || refSpec === spec ? undefined : knownIds?.[refSpec.key];
    if (known && !known.has(id)) {
      return `строки с ID ${id} нет на листе «${refSpec.sheetName}» (возможно, она удалена). Укажите ID существующей строки`;
    }
  }
  return undefined;
}
