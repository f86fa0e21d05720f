/**
 * The WorkbookLayout port on SpreadsheetApp: creates a registry sheet or repairs it in place. Data rows are never
 * touched; columns are found as the table store finds them, missing ones are added at the right.
 *
 * Service calls are the cost (docs/architecture.md «Performance rules»), so each sheet is read once — header values, notes
 * and look, the rules and formats of the data rows, protections — compared in memory, and only what differs is
 * written, in batches. A sheet just created is not read at all. On a workbook already set up nothing is written.
 */
import type { TableSpec } from '../../domain/registry/table-spec';
import type { Properties } from '../../ports/properties';
import type { LayoutResult, WorkbookLayout } from '../../ports/workbook-layout';
import { literalText } from './cell-values';
import {
  COLUMN_METADATA_KEY,
  TABLE_METADATA_KEY,
  contiguousRuns,
  mapColumns,
  type ColumnMap,
  type ColumnTag,
} from './column-map';
import { GasDocumentProperties } from '../platform/document-properties';
import { LayoutCache, validColumns } from './layout-cache';
import {
  RuleBook,
  applyHeaderLook,
  applyNumberFormats,
  planValidation,
  applyWidths,
  readDataCells,
  readHeaderLook,
  wholeColumn,
  type HeaderLook,
} from './sheet-formatting';
import {
  countColumnTags,
  findTaggedSheets,
  readColumnTags,
  rememberColumnTags,
  rememberTableSheet,
} from './sheet-lookup';
import { ensureProtection } from './sheet-protection';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Builds the registry's sheets in one spreadsheet; one instance serves one setup run. */
export class GasWorkbookLayout implements WorkbookLayout {
  private tagged: Map<string, Sheet> | null = null;
  private named: Map<string, Sheet> | null = null;
  private sheetCount: number | null = null;
  private cache: LayoutCache | null = null;
  private readonly rules = new RuleBook();

  /** `properties`: where the table store caches layouts (document properties unless given). */
  constructor(
    private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly properties?: Properties,
  ) {}

  ensure(spec: TableSpec): LayoutResult {
    const changes: string[] = [];
    const found = this.find(spec);
    const created = !found;
    const sheet = found?.sheet ?? this.insert(spec.sheetName);
    if (created) changes.push(`создан лист «${spec.sheetName}»`);
    if (!found?.tagged) sheet.addDeveloperMetadata(TABLE_METADATA_KEY, spec.key);
    rememberTableSheet(this.ss, spec.key, sheet);
    let sheetName: string | null = created ? spec.sheetName : null;
    /** The sheet's name, read only when a change is reported. */
    const name = (): string => (sheetName ??= sheet.getName());

    // Everything this sheet has is read first, before any write.
    const lastColumn = created ? 0 : sheet.getLastColumn();
    const header = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn) : null;
    const texts = header ? header.getValues()[0] : [];
    const notes = header ? header.getNotes()[0] : [];
    const look: HeaderLook | null = header ? readHeaderLook(header) : null;
    const map: LocatedColumns = found
      ? this.mapExisting(sheet, spec, texts, found.tagged)
      : { ...mapColumns(spec, [], []), tags: [], trusted: false };
    const rows = sheet.getMaxRows() - 1;
    const data = found ? readDataCells(sheet, spec, map.columns, rows) : null;
    const frozenRows = found ? sheet.getFrozenRows() : 0;

    const columns = new Map(map.columns);
    let next = lastColumn;
    for (const col of map.missing) columns.set(col.key, ++next);
    if (map.missing.length > 0) {
      const maxColumns = sheet.getMaxColumns();
      if (next > maxColumns) sheet.insertColumnsAfter(maxColumns, next - maxColumns);
    }
    if (found) {
      for (const col of map.missing) changes.push(`лист «${name()}»: добавлен столбец «${col.header}»`);
    }

    const headerCells = new Map<number, string>();
    const noteCells = new Map<number, string>();
    for (const col of spec.columns) {
      const column = columns.get(col.key) as number;
      const current = String(texts[column - 1] ?? '');
      if (current !== col.header) {
        headerCells.set(column, col.header);
        if (current !== '')
          changes.push(`лист «${name()}»: столбец «${current}» теперь называется «${col.header}»`);
      }
      if ((notes[column - 1] ?? '') !== (col.note ?? '')) noteCells.set(column, col.note ?? '');
    }
    // Header cells are written through one range per span, shared by values, notes and look when they match.
    const spans = new Map<string, GoogleAppsScript.Spreadsheet.Range>();
    const headerRange = (first: number, last: number): GoogleAppsScript.Spreadsheet.Range => {
      const key = `${first}:${last}`;
      const range = spans.get(key) ?? sheet.getRange(1, first, 1, last - first + 1);
      spans.set(key, range);
      return range;
    };
    for (const [first, last] of contiguousRuns(headerCells.keys())) {
      const values: string[] = [];
      for (let c = first; c <= last; c++) values.push(literalText(headerCells.get(c) as string));
      headerRange(first, last).setValues([values]);
    }
    const specRuns = contiguousRuns(spec.columns.map((c) => columns.get(c.key) as number));
    writeNotes(headerRange, specRuns, noteCells, notes);

    // Columns without metadata yet (new, or found by header text) are tagged and laid out: metadata, width.
    const laidOut = new Set(
      spec.columns.filter((c) => !map.columns.has(c.key) || map.byHeader.has(c.key)).map((c) => c.key),
    );
    const untagged = spec.columns.filter((c) => laidOut.has(c.key));
    const rules = planValidation(spec, columns, rows, data);
    // One range list hands out the columns to tag and the ranges to give rules (a RangeList takes no rule).
    const a1s = [
      ...untagged.map((c) => wholeColumn(columns.get(c.key) as number)),
      ...rules.map((r) => r.range),
    ];
    const ranges = a1s.length > 0 ? sheet.getRangeList(a1s).getRanges() : [];
    untagged.forEach((col, i) => ranges[i].addDeveloperMetadata(COLUMN_METADATA_KEY, col.key));
    if (!map.trusted) {
      const tags = [
        ...map.tags,
        ...untagged.map((c) => ({ column: columns.get(c.key) as number, key: c.key })),
      ];
      rememberColumnTags(sheet, tags);
    }
    if (found && map.byHeader.size > 0)
      changes.push(`лист «${name()}»: столбцы помечены для надёжного поиска`);

    rules.forEach((r, i) => ranges[untagged.length + i].setDataValidation(this.rules.rule(r.shape)));
    applyNumberFormats(sheet, spec, columns, rows, data);
    const fresh = new Set(map.missing.map((c) => columns.get(c.key) as number));
    applyHeaderLook(sheet, headerRange, spec, columns, look, fresh, frozenRows);
    applyWidths(sheet, spec, columns, laidOut);
    if (ensureProtection(sheet, spec, created)) changes.push(`лист «${name()}»: защищены заголовки`);
    return { created, changes };
  }

  removeBlankDefaultSheet(): string[] {
    // Looked up by name (two calls), not by listing every sheet; of two blank ones, the first in tab order.
    const blank = [...DEFAULT_SHEET_NAMES]
      .map((sheetName) => ({ sheetName, sheet: this.ss.getSheetByName(sheetName) }))
      .filter(
        (c): c is { sheetName: string; sheet: Sheet } =>
          c.sheet !== null &&
          c.sheet.getName() === c.sheetName && // the lookup may ignore case
          c.sheet.getLastRow() === 0 &&
          c.sheet.getLastColumn() === 0 &&
          c.sheet.getDeveloperMetadata().length === 0,
      );
    if (blank.length > 1) blank.sort((a, b) => a.sheet.getIndex() - b.sheet.getIndex());
    if (!blank[0] || this.ss.getNumSheets() < 2) return [];
    this.ss.deleteSheet(blank[0].sheet);
    return [`удалён пустой лист «${blank[0].sheetName}»`];
  }

  /** The table's sheet: the one tagged with its key, else the one with its name (as `findTableSheet`). */
  private find(spec: TableSpec): { sheet: Sheet; tagged: boolean } | null {
    this.tagged ??= findTaggedSheets(this.ss);
    const tagged = this.tagged.get(spec.key);
    if (tagged) return { sheet: tagged, tagged: true };
    if (!this.named) {
      // Read once: sheets this setup inserts have the names of other tables, never one looked up later.
      this.named = new Map();
      for (const sheet of this.ss.getSheets()) {
        const sheetName = sheet.getName();
        if (!this.named.has(sheetName)) this.named.set(sheetName, sheet);
      }
    }
    const named = this.named.get(spec.sheetName);
    return named ? { sheet: named, tagged: false } : null;
  }

  /** Inserts a sheet at the end. */
  private insert(sheetName: string): Sheet {
    this.sheetCount ??= this.ss.getNumSheets();
    return this.ss.insertSheet(sheetName, this.sheetCount++);
  }

  /**
   * Where the spec's columns are on an existing sheet. A tagged sheet whose header row is exactly the one the
   * table store cached, with a column tag for every spec column, is trusted as the store trusts it: its columns
   * carry their metadata (three calls). Otherwise every column tag is read (four calls a tag).
   */
  private mapExisting(
    sheet: Sheet,
    spec: TableSpec,
    texts: readonly unknown[],
    tagged: boolean,
  ): LocatedColumns {
    if (tagged) {
      this.cache ??= new LayoutCache(this.properties ?? new GasDocumentProperties());
      const cached = this.cache.get(spec);
      const trusted = validColumns(cached, spec, texts);
      if (
        trusted &&
        trusted.missing.length === 0 &&
        cached?.sheetId === sheet.getSheetId() &&
        countColumnTags(sheet) === spec.columns.length
      ) {
        return { ...trusted, tags: [], trusted: true };
      }
    }
    const tags = readColumnTags(sheet);
    return { ...mapColumns(spec, texts, tags), tags, trusted: false };
  }
}

/** Where the spec's columns are, with the column tags read (none when trusted from the store's cache). */
interface LocatedColumns extends ColumnMap {
  readonly tags: readonly ColumnTag[];
  /** Found by the store's cached layout, without reading tags. */
  readonly trusted: boolean;
}

/** Names a new spreadsheet gives its first sheet, by locale. */
const DEFAULT_SHEET_NAMES = new Set(['Лист1', 'Sheet1']);

/**
 * Writes the header notes that differ with one call: over the runs of spec columns from the one holding the
 * first to the one holding the last (the span the header look is written on, so the range is shared), the
 * cells between given their current notes (unchanged).
 */
function writeNotes(
  headerRange: (first: number, last: number) => GoogleAppsScript.Spreadsheet.Range,
  specRuns: ReadonlyArray<[number, number]>,
  cells: ReadonlyMap<number, string>,
  current: readonly string[],
): void {
  if (cells.size === 0) return;
  const low = Math.min(...cells.keys());
  const high = Math.max(...cells.keys());
  const first = specRuns.find(([a, b]) => a <= low && low <= b)?.[0] ?? low;
  const last = specRuns.find(([a, b]) => a <= high && high <= b)?.[1] ?? high;
  const notes: string[] = [];
  for (let c = first; c <= last; c++) notes.push(cells.get(c) ?? String(current[c - 1] ?? ''));
  headerRange(first, last).setNotes([notes]);
}
