import { isEmptyCell, parseCell } from './cells';
import { formatId, parseId } from './ids';
import { problemAt, type Problem } from './problems';
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

/** A row's values by column key (parsed; a wrong or empty cell is left out), with where it came from. */
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
 * row becomes a record (its bad cells left out) so nothing is dropped silently.
 */
export function parseTable(spec: TableSpec, rows: readonly SheetRow[], options: ParseOptions): ParsedTable {
  const records: ParsedRecord[] = [];
  const problems: Problem[] = [];
  const rowsWithoutId: number[] = [];
  const seenIds = new Map<string, number>();
  const header = (column: ColumnSpec) => options.headers?.[column.key] ?? column.header;
  // Checkbox columns read back as `false` in every blank row: a row of empty cells and unticked boxes is blank.
  const present = rows.filter((row) => !Object.values(row.cells).every((v) => v === false || isEmptyCell(v)));
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
    for (const column of spec.columns) {
      const value = column.key in row.cells ? row.cells[column.key] : undefined;
      if (isEmptyCell(value)) {
        const empty = emptyValue(column);
        if (empty !== undefined) record[column.key] = empty;
        if (column.required && column.type !== 'boolean' && column.key in row.cells) {
          report(column, requiredMessage(column));
        }
        continue;
      }
      const refSpec = column.type === 'id' ? spec : tableByKey(column.refTable ?? '');
      const parsed = parseCell(column, value, { timeZone: options.timeZone, refExample: example(refSpec) });
      if (!parsed.ok) {
        report(column, column.type === 'id' ? `${parsed.message}. ${BAD_ID_HINT}` : parsed.message);
        continue;
      }
      const refError = checkRefs(column, parsed.value, refSpec, spec, options);
      if (refError) {
        report(column, refError);
        continue;
      }
      record[column.key] = parsed.value;
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
    } else if (idColumn && !(idColumn.key in row.cells && !isEmptyCell(row.cells[idColumn.key]))) {
      rowsWithoutId.push(row.rowNumber);
    }
    records.push(record as ParsedRecord);
  }
  return { records, problems, rowsWithoutId };
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

function checkRefs(
  column: ColumnSpec,
  value: unknown,
  refSpec: TableSpec | undefined,
  spec: TableSpec,
  options: ParseOptions,
): string | undefined {
  if (!refSpec?.idPrefix || !['id', 'ref', 'refs'].includes(column.type)) return undefined;
  const ids = Array.isArray(value) ? (value as string[]) : [value as string];
  for (const id of ids) {
    if (parseId(id)?.prefix !== refSpec.idPrefix) {
      const own = column.type === 'id' ? 'этого листа' : `с листа "${refSpec.sheetName}"`;
      return `${id} — ID не того листа; ожидается ID ${own}, например ${example(refSpec)}`;
    }
    const known = column.type === 'id' || refSpec === spec ? undefined : options.knownIds?.[refSpec.key];
    if (known && !known.has(id)) {
      return `строки с ID ${id} нет на листе "${refSpec.sheetName}" (возможно, она удалена). Укажите ID существующей строки`;
    }
  }
  return undefined;
}
