/**
 * The work of «Проверить данные»: reads every registry table once, reports every cell it cannot understand, and
 * gives IDs to rows typed by hand. Fixes nothing else: each problem is shown where it is and in the report.
 */
import { rowsWithoutId, type ParseOptions } from '../../domain/registry/parse-table';
import { parseSettings } from '../../domain/registry/parse-settings';
import { problemText, type Problem } from '../../domain/registry/problems';
import { readTable } from '../../domain/registry/read-table';
import { checkRules, type RegistryEntities } from '../../domain/registry/rules/check-rules';
import { SETTINGS_ROWS, TABLES } from '../../domain/registry/tables';
import type { CellProblem, ReportLine } from '../../ports/check-report';
import type { JournalEntry } from '../../ports/journal';
import type { SheetRow, TableData } from '../../ports/table-store';
import { catchUpCounters, idsIn, issueIds } from './ids';
import { refreshNames } from './participant-names';
import { isoDateInZone } from '../../domain/registry/dates';
import type { RoadmapItem } from '../../domain/registry/entities/records';
import type { Located } from '../../domain/registry/read-table';
import { overdueRoadmapItems } from '../../domain/registry/roadmap-overdue';
import type { Services } from '../services';
import { TABLE_SCHEMAS } from './table-schemas';

/** What the check found, for the message at the end. */
export interface CheckSummary {
  readonly problems: number;
  readonly idsAssigned: number;
}

/**
 * Runs the whole check on `deps` (the caller holds the lock: an operation's services, or a roll forward). Rows
 * typed by hand get their IDs first, so the rules across sheets see them in the same run (a pair typed for a full
 * mentor is reported the first time).
 */
export function checkWork(deps: Services): CheckSummary {
  const zone = deps.tables.timeZone();
  const tables = TABLES.map((spec) => deps.tables.read(spec));
  const knownIds = Object.fromEntries(tables.map((t) => [t.spec.key, idsIn(t)]));
  const entries: JournalEntry[] = [];
  let idsAssigned = 0;
  const rowsOf = new Map<TableData, readonly SheetRow[]>();
  for (const table of tables) {
    const prefix = table.spec.idPrefix;
    const rows = prefix ? rowsWithoutId(table.spec, table.rows) : [];
    const ids = prefix ? issueIds(deps.properties, prefix, knownIds[table.spec.key], rows.length) : [];
    const given = new Map(rows.map((rowNumber, i) => [rowNumber, ids[i]]));
    rowsOf.set(
      table,
      table.rows.map((r) => {
        const id = given.get(r.rowNumber);
        return id ? withId(r, id) : r;
      }),
    );
    if (ids.length === 0) continue;
    ids.forEach((id) => knownIds[table.spec.key].add(id));
    deps.tables.update(
      table,
      rows.map((rowNumber, i) => ({ rowNumber, cells: { id: ids[i] } })),
    );
    idsAssigned += ids.length;
    entries.push({
      action: 'Проверка данных: присвоены ID строкам, введённым вручную',
      ids,
      details: `Лист «${table.sheetName}», строки ${rows.join(', ')}`,
    });
  }
  const problemsOf = new Map<TableData, Problem[]>();
  const entities: Record<string, unknown[]> = {};
  for (const table of tables) {
    const parsed = parse(table, rowsOf.get(table) ?? table.rows, {
      timeZone: zone,
      knownIds,
      headers: table.headers,
    });
    entities[table.spec.key] = parsed.entities;
    // A formula in a cell of people's text is the problem there: its value («#ERROR!») is not reported again.
    const formulas = formulasInText(table, deps.tables.formulas?.(table) ?? []);
    const formulaCells = new Set(formulas.map((f) => `${f.row}|${f.column}`));
    problemsOf.set(table, [
      ...parsed.problems.filter((p) => !formulaCells.has(`${p.row}|${p.column}`)),
      ...missingColumns(table, parsed.problems),
      ...formulas,
    ]);
  }
  // The names beside the IDs follow the banks: rewritten where a name changed or someone edited them by hand.
  refreshNames(deps.tables, tables);
  // Rules across sheets (consent in pairs, capacity, group shape, programme term), each at its row and column;
  // and the roadmap's items past their date.
  const headers = Object.fromEntries(tables.map((t) => [t.spec.key, t.headers]));
  const today = isoDateInZone(deps.clock.now(), zone);
  const roadmap = entities.roadmap as Located<RoadmapItem>[];
  for (const problem of [
    ...checkRules(entities as unknown as RegistryEntities, headers),
    ...overdueRoadmapItems(roadmap, today, headers.roadmap),
  ]) {
    const table = tables.find((t) => t.sheetName === problem.sheet || t.spec.sheetName === problem.sheet);
    const found = table ? problemsOf.get(table) : undefined;
    // A cell its own reading refused (a value not in the list) is reported once, by that reading.
    if (found && !found.some((p) => p.row === problem.row && p.column === problem.column))
      found.push(problem);
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

/** A row as it reads once its new ID is written. */
function withId(row: SheetRow, id: string): SheetRow {
  return { rowNumber: row.rowNumber, cells: { ...row.cells, id } };
}

/** Rebuilds the report and the notes from the sheets as they are now (after an operation's writes). */
export function rebuildCheckReport(s: Services): void {
  checkWork(s);
}

/** Problems and entities of one table: entity rules for data tables, the key–value rules for settings. */
function parse(
  table: TableData,
  rows: readonly SheetRow[],
  options: ParseOptions,
): { problems: Problem[]; entities: unknown[] } {
  const schema = TABLE_SCHEMAS[table.spec.key];
  if (schema) return readTable(table.spec, schema, rows, options);
  if (table.spec.key !== 'settings') return { problems: [], entities: [] };
  const parsed = parseSettings(rows, options.timeZone);
  const missing = parsed.missingKeys.map((key) => {
    const parameter = SETTINGS_ROWS.find((s) => s.key === key)?.parameter ?? key;
    return {
      sheet: table.sheetName,
      row: 1,
      column: table.headers.key ?? 'Ключ',
      message:
        `Лист «${table.sheetName}», столбец «${table.headers.key ?? 'Ключ'}»: нет строки «${parameter}». ` +
        'Выполните «Наставничество › Настроить таблицу»: строка будет добавлена',
    };
  });
  return { problems: [...parsed.problems, ...missing], entities: [] };
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
        `Лист «${table.sheetName}», столбец «${col.header}»: столбец не найден. ` +
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
          `Лист «${table.sheetName}», строка ${f.rowNumber}, столбец «${column}»: в ячейке формула ${f.formula}. ` +
          "Здесь хранится текст: если это данные человека, введите их заново, поставив перед ними апостроф (')",
      };
    });
}

/** A report line: the location in its own columns, the message without the location it starts with. */
function toLine(p: Problem): ReportLine {
  return { sheet: p.sheet, row: p.row, column: p.column, message: problemText(p) };
}

function toCellProblem(table: TableData, p: Problem): CellProblem {
  const key = Object.keys(table.headers).find((k) => table.headers[k] === p.column);
  return { row: p.row, key, message: toLine(p).message };
}
