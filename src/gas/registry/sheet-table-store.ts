/**
 * The TableStore on SpreadsheetApp: one getValues per table read, writes grouped into contiguous row runs and
 * contiguous column blocks, appends below the last row with content; nothing is ever cleared and rewritten.
 */
import { isPlainTextColumn, type ColumnSpec, type TableSpec } from '../../domain/registry/table-spec';
import { UserError } from '../../domain/user-error';
import type { Properties } from '../../ports/properties';
import type { CellValue, Cells, RowUpdate, SheetRow, TableData, TableStore } from '../../ports/table-store';
import { a1 } from './a1';
import { fromSheetValue, numberFormat, PLAIN_TEXT_FORMAT, toSheetValue } from './cell-values';
import { contiguousRuns, mapColumns } from './column-map';
import { LayoutCache, validColumns } from './layout-cache';
import { findTableSheet, readColumnTags, rememberedColumnTags } from './sheet-lookup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Spare rows added whenever an append needs more rows than the sheet has. */
const GROWTH_ROWS = 100;

/** What the store remembers about a table it read, to write it back. */
interface Located {
  sheet: Sheet;
  columns: ReadonlyMap<string, number>;
  byRow: Map<number, Cells>;
  lastRow: number;
  lastColumn: number;
}

/** Reads and writes the registry's sheets of one spreadsheet. */
export class SheetTableStore implements TableStore {
  private readonly located = new WeakMap<TableData, Located>();
  private zone: string | null = null;

  /** `cache`, when given, keeps where tables were found between executions (see layout-cache.ts). */
  constructor(
    private readonly ss: Spreadsheet,
    cache?: Properties,
  ) {
    this.cache = cache ? new LayoutCache(cache) : null;
  }

  private readonly cache: LayoutCache | null;

  timeZone(): string {
    if (this.zone === null) this.zone = this.ss.getSpreadsheetTimeZone();
    return this.zone;
  }

  read(spec: TableSpec): TableData {
    return this.load(spec, false);
  }

  update(table: TableData, updates: readonly RowUpdate[]): void {
    if (updates.length === 0) return;
    const at = this.locate(table);
    const byRow = new Map<number, Cells>();
    for (const u of updates) byRow.set(u.rowNumber, { ...byRow.get(u.rowNumber), ...u.cells });
    for (const [first, last] of contiguousRuns(byRow.keys())) {
      const keys = new Set<string>();
      for (let r = first; r <= last; r++) for (const k of Object.keys(byRow.get(r) ?? {})) keys.add(k);
      const rows: Cells[] = [];
      for (let r = first; r <= last; r++) rows.push({ ...at.byRow.get(r), ...byRow.get(r) });
      this.writeBlock(table.spec, at, first, rows, [...keys]);
      for (let r = first; r <= last; r++) at.byRow.set(r, rows[r - first]);
    }
  }

  append(table: TableData, rows: readonly Cells[]): number[] {
    if (rows.length === 0) return [];
    const at = this.locate(table);
    const first = at.lastRow + 1;
    const needed = first + rows.length - 1;
    const maxRows = at.sheet.getMaxRows();
    // The sheet grows in steps, so most appends need no insert at all.
    if (needed > maxRows) {
      const added = needed - maxRows + GROWTH_ROWS;
      at.sheet.insertRowsAfter(maxRows, added);
      // Rows inserted come without formats: plain-text columns get theirs, so a phone typed there stays text.
      const plain = table.spec.columns.filter((c) => isPlainTextColumn(c) && at.columns.has(c.key));
      const ranges = plain.map((c) => a1(maxRows + 1, at.columns.get(c.key) as number, added, 1));
      if (ranges.length > 0) at.sheet.getRangeList(ranges).setNumberFormat(PLAIN_TEXT_FORMAT);
    }
    // Every present column is written (blank where not given); a given value of a missing column is refused.
    const keys = table.spec.columns
      .filter((c) => at.columns.has(c.key) || rows.some((r) => (r[c.key] ?? '') !== ''))
      .map((c) => c.key);
    this.writeBlock(table.spec, at, first, rows, keys);
    for (const col of table.spec.columns) {
      const column = at.columns.get(col.key);
      if ((col.type !== 'date' && col.type !== 'datetime') || column === undefined) continue;
      at.sheet.getRange(first, column, rows.length, 1).setNumberFormat(numberFormat(col.type));
    }
    at.lastRow = needed;
    return rows.map((cells, i) => {
      at.byRow.set(first + i, cells);
      return first + i;
    });
  }

  appendTo(spec: TableSpec, rows: readonly Cells[]): number[] {
    return rows.length === 0 ? [] : this.append(this.load(spec, true), rows);
  }

  /** Reads a table: all of it, or only its header when `headerOnly` (for appending). */
  private load(spec: TableSpec, headerOnly: boolean): TableData {
    const cached = this.cache?.get(spec) ?? null;
    const sheet = (cached && this.ss.getSheetById(cached.sheetId)) || findTableSheet(this.ss, spec)?.sheet;
    if (!sheet) {
      throw new UserError(
        `Нет листа «${spec.sheetName}». Выполните «Наставничество › Настроить таблицу»: лист будет создан.`,
      );
    }
    const lastRow = sheet.getLastRow();
    const lastColumn = sheet.getLastColumn();
    const height = headerOnly ? Math.min(lastRow, 1) : lastRow;
    const values = height > 0 && lastColumn > 0 ? sheet.getRange(1, 1, height, lastColumn).getValues() : [];
    const header = values[0] ?? [];
    let map = validColumns(cached, spec, header);
    if (!map || cached?.sheetId !== sheet.getSheetId()) {
      map = mapColumns(spec, header, rememberedColumnTags(sheet) ?? readColumnTags(sheet));
      this.cache?.set(spec, {
        sheetId: sheet.getSheetId(),
        headers: header.map(String),
        columns: Object.fromEntries(map.columns),
      });
    }
    const present = spec.columns.filter((c) => map.columns.has(c.key));
    const headers: Record<string, string> = {};
    for (const col of present) headers[col.key] = String(values[0][(map.columns.get(col.key) as number) - 1]);
    const rows: SheetRow[] = [];
    const byRow = new Map<number, Cells>();
    for (let r = 1; r < values.length; r++) {
      const cells: Record<string, CellValue> = {};
      let blank = true;
      for (const col of present) {
        const value = fromSheetValue(values[r][(map.columns.get(col.key) as number) - 1]);
        cells[col.key] = value;
        // A checkbox left unticked is not content: a row of unticked boxes is still a blank row.
        if (value !== '' && value !== false) blank = false;
      }
      if (blank) continue;
      rows.push({ rowNumber: r + 1, cells });
      byRow.set(r + 1, cells);
    }
    const table: TableData = { spec, sheetName: sheet.getName(), rows, headers, missing: map.missing };
    this.located.set(table, { sheet, columns: map.columns, byRow, lastRow, lastColumn });
    return table;
  }

  formulas(table: TableData): Array<{ rowNumber: number; key: string; formula: string }> {
    const at = this.locate(table);
    const width = Math.max(0, ...at.columns.values());
    if (at.lastRow < 2 || width < 1) return [];
    const formulas = at.sheet.getRange(2, 1, at.lastRow - 1, width).getFormulas();
    const found: Array<{ rowNumber: number; key: string; formula: string }> = [];
    for (const [key, column] of at.columns) {
      formulas.forEach((line, r) => {
        if (line[column - 1]) found.push({ rowNumber: r + 2, key, formula: line[column - 1] });
      });
    }
    return found;
  }

  /** Where a table read by this store sits: its sheet, columns by key and last row with content. */
  placement(table: TableData): Readonly<Pick<Located, 'sheet' | 'columns' | 'lastRow' | 'lastColumn'>> {
    const { sheet, columns, lastRow, lastColumn } = this.locate(table);
    return { sheet, columns, lastRow, lastColumn };
  }

  private locate(table: TableData): Located {
    const at = this.located.get(table);
    if (!at) throw new Error(`Table "${table.spec.key}" was not read by this store`);
    return at;
  }

  /** Writes `keys` of consecutive rows from `first`: one setValues per contiguous block of sheet columns. */
  private writeBlock(
    spec: TableSpec,
    at: Located,
    first: number,
    rows: readonly Cells[],
    keys: string[],
  ): void {
    const byColumn = new Map<number, ColumnSpec>();
    for (const key of keys) {
      const col = spec.columns.find((c) => c.key === key);
      if (!col) throw new Error(`Unknown column "${key}" of table "${spec.key}"`);
      const column = at.columns.get(key);
      if (column === undefined) {
        throw new UserError(
          `На листе «${spec.sheetName}» нет столбца «${col.header}». ` +
            'Выполните «Наставничество › Настроить таблицу»: столбец будет добавлен.',
        );
      }
      byColumn.set(column, col);
    }
    for (const [c1, c2] of contiguousRuns(byColumn.keys())) {
      const values = rows.map((cells) => {
        const line: unknown[] = [];
        for (let c = c1; c <= c2; c++) {
          const col = byColumn.get(c) as ColumnSpec;
          line.push(toSheetValue(cells[col.key] ?? '', col));
        }
        return line;
      });
      at.sheet.getRange(first, c1, rows.length, c2 - c1 + 1).setValues(values);
    }
  }
}
