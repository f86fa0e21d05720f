/**
 * The work of «Проверить данные»: reads every registry table once, reports every cell it cannot understand, and
 * gives IDs to rows typed by hand. Fixes nothing else: each problem is shown where it is and in the report.
 */
import { normaliseId } from '../../domain/registry/ids';
import type { ParseOptions } from '../../domain/registry/parse-table';
import { parseSettings } from '../../domain/registry/parse-settings';
import type { Problem } from '../../domain/registry/problems';
import { readTable } from '../../domain/registry/read-table';
import { checkRules, type RegistryEntities } from '../../domain/registry/rules/check-rules';
import { SETTINGS_ROWS, TABLES } from '../../domain/registry/tables';
import type { CellProblem, ReportLine } from '../../ports/check-report';
import type { JournalEntry } from '../../ports/journal';
import type { TableData } from '../../ports/table-store';
import { catchUpCounters, issueIds } from './ids';
import type { Services } from '../services';
import { TABLE_SCHEMAS } from './table-schemas';

/** What the check found, for the message at the end. */
export interface CheckSummary {
  readonly problems: number;
  readonly idsAssigned: number;
}

/** Runs the whole check on `deps` (the caller holds the lock: an operation's services, or a roll forward). */
export function checkWork(deps: Services): CheckSummary {
  const zone = deps.tables.timeZone();
  const tables = TABLES.map((spec) => deps.tables.read(spec));
  const knownIds = Object.fromEntries(tables.map((t) => [t.spec.key, idsIn(t)]));
  const problemsOf = new Map<TableData, Problem[]>();
  const entities: Record<string, unknown[]> = {};
  const entries: JournalEntry[] = [];
  let idsAssigned = 0;
  for (const table of tables) {
    const parsed = parse(table, { timeZone: zone, knownIds, headers: table.headers });
    entities[table.spec.key] = parsed.entities;
    problemsOf.set(table, [
      ...parsed.problems,
      ...missingColumns(table, parsed.problems),
      ...formulasInText(table, deps.tables.formulas?.(table) ?? []),
    ]);
    const prefix = table.spec.idPrefix;
    if (!prefix) continue;
    const rows = parsed.rowsWithoutId;
    const ids = issueIds(deps.properties, prefix, knownIds[table.spec.key], rows.length);
    deps.tables.update(
      table,
      rows.map((rowNumber, i) => ({ rowNumber, cells: { id: ids[i] } })),
    );
    if (ids.length === 0) continue;
    idsAssigned += ids.length;
    entries.push({
      action: 'Проверка данных: присвоены ID строкам, введённым вручную',
      ids,
      details: `Лист «${table.sheetName}», строки ${rows.join(', ')}`,
    });
  }
  // Rules across sheets (consent in pairs, capacity, group shape, programme term), each at its row and column.
  const headers = Object.fromEntries(tables.map((t) => [t.spec.key, t.headers]));
  for (const problem of checkRules(entities as unknown as RegistryEntities, headers)) {
    const table = tables.find((t) => t.sheetName === problem.sheet || t.spec.sheetName === problem.sheet);
    if (table) problemsOf.get(table)?.push(problem);
  }
  const lines: ReportLine[] = [];
  for (const [table, problems] of problemsOf) {
    lines.push(...problems.map(toLine));
    deps.report.mark(
      table,
      problems.map((p) => toCellProblem(table, p)),
    );
  }
  catchUpCounters(deps.properties, tables);
  deps.report.publish(lines, deps.clock.now());
  deps.journal.record(entries);
  return { problems: lines.length, idsAssigned };
}

/** Rebuilds the report and the notes from the sheets as they are now (after an operation's writes). */
export function rebuildCheckReport(s: Services): void {
  checkWork(s);
}

/** Problems and rows without ID of one table: entity rules for data tables, the key–value rules for settings. */
function parse(
  table: TableData,
  options: ParseOptions,
): { problems: Problem[]; rowsWithoutId: number[]; entities: unknown[] } {
  const schema = TABLE_SCHEMAS[table.spec.key];
  if (schema) return readTable(table.spec, schema, table.rows, options);
  if (table.spec.key !== 'settings') return { problems: [], rowsWithoutId: [], entities: [] };
  const parsed = parseSettings(table.rows, options.timeZone);
  const missing = parsed.missingKeys.map((key) => {
    const parameter = SETTINGS_ROWS.find((s) => s.key === key)?.parameter ?? key;
    return {
      sheet: table.sheetName,
      row: 1,
      column: table.headers.key ?? 'Ключ',
      message:
        `Лист "${table.sheetName}", столбец "${table.headers.key ?? 'Ключ'}": нет строки «${parameter}» ` +
        `(ключ ${key}). Выполните «Наставничество › Настроить таблицу»: строка будет добавлена`,
    };
  });
  return { problems: [...parsed.problems, ...missing], rowsWithoutId: [], entities: [] };
}

/** The IDs present in a table's ID column, in canonical spelling. */
export function idsIn(table: TableData): Set<string> {
  const ids = new Set<string>();
  for (const row of table.rows) {
    const id = normaliseId(String(row.cells.id ?? ''));
    if (id) ids.add(id);
  }
  return ids;
}

/** Missing columns parseTable does not report (it reports required ones only). */
function missingColumns(table: TableData, reported: readonly Problem[]): Problem[] {
  return table.missing
    .filter((col) => !reported.some((p) => p.row === 1 && p.column === col.header))
    .map((col) => ({
      sheet: table.sheetName,
      row: 1,
      column: col.header,
      message:
        `Лист "${table.sheetName}", столбец "${col.header}": столбец не найден. ` +
        'Верните его или выполните «Наставничество › Настроить таблицу»',
    }));
}

/** Column types where a formula can only be a person's text the sheet turned into a formula. */
const PEOPLE_TEXT = new Set(['text', 'long-text', 'email', 'phone']);

/** A formula typed by hand into a column of people's text: reported, never evaluated or rewritten. */
function formulasInText(
  table: TableData,
  formulas: ReadonlyArray<{ rowNumber: number; key: string; formula: string }>,
): Problem[] {
  return formulas
    .filter((f) => PEOPLE_TEXT.has(table.spec.columns.find((c) => c.key === f.key)?.type ?? ''))
    .map((f) => {
      const column = table.headers[f.key] ?? f.key;
      return {
        sheet: table.sheetName,
        row: f.rowNumber,
        column,
        message:
          `Лист "${table.sheetName}", строка ${f.rowNumber}, столбец "${column}": в ячейке формула ${f.formula}. ` +
          "Здесь хранится текст: если это данные человека, введите их заново, поставив перед ними апостроф (')",
      };
    });
}

/** A report line: the location in its own columns, the message without the location it starts with. */
function toLine(p: Problem): ReportLine {
  const colon = p.message.indexOf('": ');
  const what = p.message.startsWith('Лист "') && colon > 0 ? p.message.slice(colon + 3) : p.message;
  return { sheet: p.sheet, row: p.row, column: p.column, message: what };
}

function toCellProblem(table: TableData, p: Problem): CellProblem {
  const key = Object.keys(table.headers).find((k) => table.headers[k] === p.column);
  return { row: p.row, key, message: toLine(p).message };
}
