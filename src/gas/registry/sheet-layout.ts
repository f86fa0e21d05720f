/**
 * The WorkbookLayout port on SpreadsheetApp: creates a registry sheet or repairs it in place. Data rows are never
 * touched; columns are found as the table store finds them, missing ones are added at the right.
 *
 * Service calls are the cost (docs/architecture.md «Performance rules»), so each sheet is read once — header values, notes
 * and look, the rules and formats of the data rows, protections — compared in memory, and only what differs is
 * written, in batches. A sheet just created is not read at all. On a workbook already set up nothing is written.
 *
 * Every sheet is read before the first write (`plan`), so setup knows what it will change — the lines it
 * journals, the sheets it creates — and records that before writing (setup-workbook.ts). Each write is planned
 * from what was read, so a plan made again after a stop makes only what is still missing; the sheets the stopped
 * run created are named to `apply`, which gives them what a sheet created now gets (every column's width, their
 * half-made protection adopted).
 */
import type { ColumnSpec, TableSpec } from '../../domain/registry/table-spec';
import type { Properties } from '../../ports/properties';
import type { LayoutPlan, LayoutRecord, WorkbookLayout } from '../../ports/workbook-layout';
import { literalText } from './cell-values';
import {
  COLUMN_METADATA_KEY,
  TABLE_METADATA_KEY,
  contiguousRuns,
  mapColumns,
  normaliseHeader,
  type ColumnMap,
  type ColumnTag,
} from './column-map';
import { GasDocumentProperties } from '../platform/document-properties';
import { LayoutCache, validColumns } from './layout-cache';
import {
  RuleBook,
  applyHeaderLook,
  applyNumberFormats,
  applyWidths,
  planHeaderLook,
  planNumberFormats,
  planValidation,
  readDataCells,
  readHeaderLook,
  wholeColumn,
  type DataCells,
  type HeaderLook,
  type RuleWrite,
} from './sheet-formatting';
import {
  countColumnTags,
  findTaggedSheets,
  readColumnTags,
  rememberColumnTags,
  rememberTableSheet,
} from './sheet-lookup';
import { makeProtection, readProtections, type FoundProtections } from './sheet-protection';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Builds the registry's sheets in one spreadsheet. */
export class GasWorkbookLayout implements WorkbookLayout {
  private readonly rules = new RuleBook();

  /** `properties`: where the table store caches layouts (document properties unless given). */
  constructor(
    private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly properties?: Properties,
  ) {}

  plan(specs: readonly TableSpec[]): LayoutPlan {
    const lookup = this.lookup();
    const tables = specs.map((spec) => this.inspect(lookup, spec));
    const created = tables.filter((t) => !t.found).map((t) => t.spec.key);
    const blank = this.blankDefaultSheet(lookup, created.length);
    return {
      changes: [
        ...tables.flatMap((t) => t.changes),
        ...(blank ? [`удалён пустой лист «${blank.name}»`] : []),
      ],
      writes: blank !== null || tables.some((t) => !t.work || hasWrites(t.work)),
      record: {
        created,
        widths: byTable(tables, (t) => [...t.laidOut]),
        looks: byTable(tables, (t, spec) => {
          const styled = (key: string): boolean => {
            const column = t.columns.get(key) as number;
            return t.look.some(([first, last]) => first <= column && column <= last);
          };
          return spec.columns.filter((c) => styled(c.key)).map((c) => c.key);
        }),
        protect: tables.filter((t) => !t.work || t.work.protect).map((t) => t.spec.key),
      },
      apply: (stopped?: LayoutRecord) => {
        for (const t of tables) this.make(lookup, t, stopped);
        if (blank) this.ss.deleteSheet(blank.sheet);
      },
    };
  }

  /** One table's sheet planned and made at once, without the blank sheet's removal (tests of one spec). */
  ensure(spec: TableSpec): { created: boolean; changes: string[] } {
    const lookup = this.lookup();
    const table = this.inspect(lookup, spec);
    this.make(lookup, table);
    return { created: !table.found, changes: table.changes };
  }

  /** Reads what the table's sheet has (nothing when it is to be created) and what bringing it to the spec takes. */
  private inspect(lookup: Lookup, spec: TableSpec): TablePlan {
    const found = lookup.find(spec);
    if (!found) {
      const changes = [`создан лист «${spec.sheetName}»`, `лист «${spec.sheetName}»: защищены заголовки`];
      return { spec, found, state: null, work: null, changes };
    }
    const { sheet } = found;
    rememberTableSheet(this.ss, spec.key, sheet);
    const lastColumn = sheet.getLastColumn();
    const header = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn) : null;
    const texts = header ? header.getValues()[0] : [];
    const notes = header ? header.getNotes()[0] : [];
    const look = header ? readHeaderLook(header) : null;
    const map = this.mapExisting(lookup, sheet, spec, texts, found.tagged);
    // The table store reading this sheet before it is repaired finds the same tags without reading them again.
    if (!map.trusted) rememberColumnTags(sheet, map.tags);
    const rows = sheet.getMaxRows() - 1;
    const data = readDataCells(sheet, spec, map.columns, rows);
    const frozenRows = sheet.getFrozenRows();
    const protections = readProtections(sheet, spec);
    const hidden = new Set(
      spec.columns
        .flatMap((c) => (c.hidden ? (map.columns.get(c.key) ?? []) : []))
        .filter((column) => sheet.isColumnHiddenByUser(column)),
    );
    const state: SheetState = {
      lastColumn,
      texts,
      notes,
      look,
      map,
      rows,
      data,
      frozenRows,
      protections,
      hidden,
    };
    const work = workOf(spec, state, found.tagged);

    let sheetName: string | null = null;
    /** The sheet's name, read only when a change is reported. */
    const name = (): string => (sheetName ??= sheet.getName());
    const changes: string[] = [];
    for (const col of map.missing) changes.push(`лист «${name()}»: добавлен столбец «${col.header}»`);
    for (const [current, now] of work.renamed)
      changes.push(`лист «${name()}»: столбец «${current}» теперь называется «${now}»`);
    for (const column of work.hide) {
      const header = String(texts[column - 1] ?? '') || (work.headerCells.get(column) as string);
      changes.push(`лист «${name()}»: скрыт служебный столбец «${header}»`);
    }
    if (map.byHeader.size > 0) changes.push(`лист «${name()}»: столбцы помечены для надёжного поиска`);
    if (work.protect) changes.push(`лист «${name()}»: защищены заголовки`);
    return { spec, found, state, work, changes };
  }

  /** Makes what the table's plan found missing: the sheet itself, then only what differs, in batches. */
  private make(lookup: Lookup, table: TablePlan, stopped?: LayoutRecord): void {
    const { spec, found } = table;
    const sheet = found?.sheet ?? lookup.insert(spec.sheetName);
    if (!found?.tagged) sheet.addDeveloperMetadata(TABLE_METADATA_KEY, spec.key);
    rememberTableSheet(this.ss, spec.key, sheet);
    const state = table.state ?? createdState(sheet, spec);
    const work = table.work ?? workOf(spec, state, true);
    const { map } = state;
    const { columns } = work;

    if (map.missing.length > 0) {
      const maxColumns = sheet.getMaxColumns();
      if (work.lastColumn > maxColumns) sheet.insertColumnsAfter(maxColumns, work.lastColumn - maxColumns);
    }
    // Header cells are written through one range per span, shared by values, notes and look when they match.
    const spans = new Map<string, GoogleAppsScript.Spreadsheet.Range>();
    const headerRange = (first: number, last: number): GoogleAppsScript.Spreadsheet.Range => {
      const key = `${first}:${last}`;
      const range = spans.get(key) ?? sheet.getRange(1, first, 1, last - first + 1);
      spans.set(key, range);
      return range;
    };
    for (const [first, last] of contiguousRuns(work.headerCells.keys())) {
      const values: string[] = [];
      for (let c = first; c <= last; c++) values.push(literalText(work.headerCells.get(c) as string));
      headerRange(first, last).setValues([values]);
    }
    const specRuns = contiguousRuns(spec.columns.map((c) => columns.get(c.key) as number));
    writeNotes(headerRange, specRuns, work.noteCells, state.notes);

    // Columns without metadata yet (new, or found by header text) are tagged and laid out: metadata, width.
    const untagged = spec.columns.filter((c) => work.laidOut.has(c.key));
    // One range list hands out the columns to tag and the ranges to give rules (a RangeList takes no rule).
    const a1s = [
      ...untagged.map((c) => wholeColumn(columns.get(c.key) as number)),
      ...work.rules.map((r) => r.range),
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
    work.rules.forEach((r, i) => ranges[untagged.length + i].setDataValidation(this.rules.rule(r.shape)));
    applyNumberFormats(sheet, work.formats);
    // What a stopped setup began cannot all be read back (a width; a wrap reads the same set or not): the
    // sheets it created are laid out whole, as if created now, and the columns it sized or styled again.
    const whole = !found || (stopped?.created.includes(spec.key) ?? false);
    const all = spec.columns.map((c) => c.key);
    const restyled = whole ? all : (stopped?.looks[spec.key] ?? []);
    const look =
      found && restyled.length > 0
        ? planHeaderLook(
            spec,
            columns,
            state.look,
            new Set([...work.fresh, ...restyled.map((k) => columns.get(k) as number)]),
          )
        : work.look;
    for (const [first, last] of look) applyHeaderLook(headerRange(first, last));
    if (work.freeze) sheet.setFrozenRows(1);
    for (const column of work.hide) sheet.hideColumns(column);
    const sized = whole ? all : [...work.laidOut, ...(stopped?.widths[spec.key] ?? [])];
    applyWidths(sheet, spec, columns, new Set(sized));
    const adopt = stopped?.protect.includes(spec.key) ?? false;
    if (work.protect || adopt) makeProtection(sheet, spec, state.protections, adopt);
  }

  /**
   * The empty sheet a new spreadsheet comes with, to remove once the registry's sheets exist (`created` of them
   * are still to be made), or null: never a sheet with anything in it, nor the only sheet.
   */
  private blankDefaultSheet(lookup: Lookup, created: number): { name: string; sheet: Sheet } | null {
    // Looked up by name (two calls), not by listing every sheet; of two blank ones, the first in tab order.
    const blank = [...DEFAULT_SHEET_NAMES]
      .map((name) => ({ name, sheet: this.ss.getSheetByName(name) }))
      .filter(
        (c): c is { name: string; sheet: Sheet } =>
          c.sheet !== null &&
          c.sheet.getName() === c.name && // the lookup may ignore case
          c.sheet.getLastRow() === 0 &&
          c.sheet.getLastColumn() === 0 &&
          c.sheet.getDeveloperMetadata().length === 0,
      );
    if (blank.length > 1) blank.sort((a, b) => a.sheet.getIndex() - b.sheet.getIndex());
    if (!blank[0] || lookup.sheetCount() + created < 2) return null;
    return blank[0];
  }

  /** The lookups of one plan: made afresh for each, as a plan made after another sees the sheets it added. */
  private lookup(): Lookup {
    return new Lookup(this.ss, () => new LayoutCache(this.properties ?? new GasDocumentProperties()));
  }

  /**
   * Where the spec's columns are on an existing sheet. A tagged sheet whose header row is exactly the one the
   * table store cached, with a column tag for every spec column, is trusted as the store trusts it: its columns
   * carry their metadata (three calls). Otherwise every column tag is read (four calls a tag).
   */
  private mapExisting(
    lookup: Lookup,
    sheet: Sheet,
    spec: TableSpec,
    texts: readonly unknown[],
    tagged: boolean,
  ): LocatedColumns {
    if (tagged) {
      const cached = lookup.cache().get(spec);
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

/** Finds the tables' sheets and inserts new ones, for one plan. */
class Lookup {
  private tagged: Map<string, Sheet> | null = null;
  private named: Map<string, Sheet> | null = null;
  private count: number | null = null;
  private layouts: LayoutCache | null = null;

  constructor(
    private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly makeCache: () => LayoutCache,
  ) {}

  /** The table's sheet: the one tagged with its key, else the one with its name (as `findTableSheet`). */
  find(spec: TableSpec): { sheet: Sheet; tagged: boolean } | null {
    this.tagged ??= findTaggedSheets(this.ss);
    const tagged = this.tagged.get(spec.key);
    if (tagged) return { sheet: tagged, tagged: true };
    if (!this.named) {
      // Read once: sheets this plan inserts have the names of other tables, never one looked up later.
      this.named = new Map();
      for (const sheet of this.ss.getSheets()) {
        const sheetName = sheet.getName();
        if (!this.named.has(sheetName)) this.named.set(sheetName, sheet);
      }
    }
    const named = this.named.get(spec.sheetName);
    return named ? { sheet: named, tagged: false } : null;
  }

  /** How many sheets there were when the plan was made (read once). */
  sheetCount(): number {
    return (this.count ??= this.ss.getNumSheets());
  }

  /** Inserts a sheet at the end. */
  insert(sheetName: string): Sheet {
    const at = this.sheetCount();
    this.count = at + 1;
    return this.ss.insertSheet(sheetName, at);
  }

  /** Where the table store cached each table's layout. */
  cache(): LayoutCache {
    return (this.layouts ??= this.makeCache());
  }
}

/** What one table's sheet has, read before any write; a sheet to create has all of it empty. */
interface SheetState {
  readonly lastColumn: number;
  readonly texts: readonly unknown[];
  readonly notes: readonly string[];
  readonly look: HeaderLook | null;
  readonly map: LocatedColumns;
  /** Data rows: 2 to the sheet's last row. */
  readonly rows: number;
  readonly data: DataCells | null;
  readonly frozenRows: number;
  /** Null for a sheet created now: it has none to look for. */
  readonly protections: FoundProtections | null;
  /** The spec's hidden columns that are hidden already. */
  readonly hidden: ReadonlySet<number>;
}

/** The state of a sheet just inserted: nothing to read but its size. */
function createdState(sheet: Sheet, spec: TableSpec): SheetState {
  return {
    lastColumn: 0,
    texts: [],
    notes: [],
    look: null,
    map: { ...mapColumns(spec, [], []), tags: [], trusted: false },
    rows: sheet.getMaxRows() - 1,
    data: null,
    frozenRows: 0,
    protections: null,
    hidden: new Set(),
  };
}

/** What bringing a sheet to its spec writes, worked out from its state without a call. */
interface SheetWork {
  /** Every spec column's place once the missing ones are added at the right. */
  readonly columns: ReadonlyMap<string, number>;
  /** The last column once they are. */
  readonly lastColumn: number;
  /** Whether the sheet lacks the table's metadata. */
  readonly untagged: boolean;
  readonly headerCells: ReadonlyMap<number, string>;
  readonly noteCells: ReadonlyMap<number, string>;
  /** Headers renamed: [as found, as the spec has it]. */
  readonly renamed: ReadonlyArray<[string, string]>;
  /** Columns without metadata yet (new, or found by header text): tagged and given their width. */
  readonly laidOut: ReadonlySet<string>;
  readonly rules: readonly RuleWrite[];
  readonly formats: ReadonlyMap<string, string[]>;
  /** Columns added now: their header cells get the look whatever they read. */
  readonly fresh: ReadonlySet<number>;
  /** Runs of header cells given the header look. */
  readonly look: ReadonlyArray<[number, number]>;
  readonly freeze: boolean;
  /** Columns the spec hides that show. */
  readonly hide: readonly number[];
  /** Whether the add-on's protection is missing. */
  readonly protect: boolean;
}

function workOf(spec: TableSpec, state: SheetState, tagged: boolean): SheetWork {
  const { map, texts, notes } = state;
  const columns = new Map(map.columns);
  let next = state.lastColumn;
  for (const col of map.missing) columns.set(col.key, ++next);
  const headerCells = new Map<number, string>();
  const noteCells = new Map<number, string>();
  const renamed: Array<[string, string]> = [];
  for (const col of spec.columns) {
    const column = columns.get(col.key) as number;
    const current = String(texts[column - 1] ?? '');
    if (current !== col.header && !curatorsWording(col, current)) {
      headerCells.set(column, col.header);
      if (current !== '') renamed.push([current, col.header]);
    }
    if ((notes[column - 1] ?? '') !== (col.note ?? '')) noteCells.set(column, col.note ?? '');
  }
  const laidOut = new Set(
    spec.columns.filter((c) => !map.columns.has(c.key) || map.byHeader.has(c.key)).map((c) => c.key),
  );
  const fresh = new Set(map.missing.map((c) => columns.get(c.key) as number));
  return {
    columns,
    lastColumn: next,
    untagged: !tagged,
    headerCells,
    noteCells,
    renamed,
    laidOut,
    rules: planValidation(spec, columns, state.rows, state.data),
    formats: planNumberFormats(spec, columns, state.rows, state.data),
    fresh,
    look: planHeaderLook(spec, columns, state.look, fresh),
    freeze: state.frozenRows !== 1,
    hide: spec.columns
      .filter((c) => c.hidden)
      .map((c) => columns.get(c.key) as number)
      .filter((column) => !state.hidden.has(column)),
    protect: !state.protections?.ours,
  };
}

/**
 * Whether a header differs from the spec because the curator worded it so: it is kept. An empty header, or one
 * of the column's former headers (the add-on's own wording of an older version), is written as the spec has it.
 */
function curatorsWording(col: ColumnSpec, text: string): boolean {
  const normalised = normaliseHeader(text);
  return normalised !== '' && !(col.formerHeaders ?? []).some((h) => normaliseHeader(h) === normalised);
}

/** Whether making the work writes anything at all. */
function hasWrites(work: SheetWork): boolean {
  return (
    work.untagged ||
    work.headerCells.size > 0 ||
    work.noteCells.size > 0 ||
    work.laidOut.size > 0 ||
    work.rules.length > 0 ||
    work.formats.size > 0 ||
    work.look.length > 0 ||
    work.freeze ||
    work.hide.length > 0 ||
    work.protect
  );
}

/** Per table key, what `pick` gives of the work on each sheet that exists, where that is anything. */
function byTable(
  tables: readonly TablePlan[],
  pick: (work: SheetWork, spec: TableSpec) => string[],
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of tables) {
    const keys = t.work ? pick(t.work, t.spec) : [];
    if (keys.length > 0) out[t.spec.key] = keys;
  }
  return out;
}

/** One table's part of a plan: what its sheet has and what it takes; `state` and `work` null for a sheet to create. */
interface TablePlan {
  readonly spec: TableSpec;
  readonly found: { sheet: Sheet; tagged: boolean } | null;
  readonly state: SheetState | null;
  readonly work: SheetWork | null;
  readonly changes: string[];
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
