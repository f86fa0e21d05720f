/**
 * The parts of a registry sheet's layout below and around its header: dropdowns, number formats, header look,
 * widths. Each step is planned from what the sheet has (read once, by the caller, before any write) and writes
 * only what differs, in batches: one range list per format, one call per run of columns, rules built once. Calling them again with
 * the same spec writes nothing.
 */
import { isPlainTextColumn, type ColumnSpec, type TableSpec } from '../../domain/registry/table-spec';
import { a1, columnLetters } from './a1';
import { numberFormat, PLAIN_TEXT_FORMAT } from './cell-values';
import { contiguousRuns } from './column-map';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** Header look: bold on a light background, wrapped, so long Russian headers stay readable. */
const HEADER_BACKGROUND = '#e8eaf6';

/** What a column's rule is made of, before it is built: compared with rules read back, and a cache key. */
interface RuleShape {
  readonly criteria: 'VALUE_IN_LIST' | 'CHECKBOX' | 'DATE_IS_VALID_DATE';
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

/** The validation rule a column gets, as data, or null for none. */
function ruleShape(col: ColumnSpec): RuleShape | null {
  switch (col.type) {
    case 'list':
      return {
        criteria: 'VALUE_IN_LIST',
        values: [[...(col.options ?? [])], true],
        allowInvalid: Boolean(col.allowOther),
        helpText: col.allowOther ? 'Выберите из списка или впишите своё значение' : 'Выберите из списка',
      };
    case 'multi-list':
      // Several values separated by «; » are not in the list, so the dropdown only suggests and never rejects.
      return {
        criteria: 'VALUE_IN_LIST',
        values: [[...(col.options ?? [])], true],
        allowInvalid: true,
        helpText: 'Одно или несколько значений из списка через «; »',
      };
    case 'boolean':
      return { criteria: 'CHECKBOX', values: [], allowInvalid: true, helpText: null };
    case 'date':
      return {
        criteria: 'DATE_IS_VALID_DATE',
        values: [],
        allowInvalid: true,
        helpText: 'Дата, например 01.09.2025',
      };
    default:
      return null;
  }
}

/** Builds each distinct rule once per setup run (a builder costs four or five calls). */
export class RuleBook {
  private readonly built = new Map<string, DataValidation>();

  rule(shape: RuleShape): DataValidation {
    const key = JSON.stringify(shape);
    const known = this.built.get(key);
    if (known) return known;
    const builder = SpreadsheetApp.newDataValidation();
    if (shape.criteria === 'CHECKBOX') builder.requireCheckbox();
    else if (shape.criteria === 'DATE_IS_VALID_DATE') builder.requireDate();
    else builder.requireValueInList([...(shape.values[0] as string[])], true);
    // A new rule allows invalid input (only warns) unless told otherwise (§1.5), so only `false` is set.
    if (!shape.allowInvalid) builder.setAllowInvalid(false);
    if (shape.helpText !== null) builder.setHelpText(shape.helpText);
    const rule = builder.build();
    this.built.set(key, rule);
    return rule;
  }
}

/**
 * Whether a rule read back from the sheet is the one the shape describes. The criteria type is read only for a
 * rule without help text: the values together with one of the add-on's own help texts already tell the type.
 */
function sameRule(rule: DataValidation, shape: RuleShape): boolean {
  return (
    // No help text reads back as '' (or null): the same thing.
    (rule.getHelpText() ?? '') === (shape.helpText ?? '') &&
    JSON.stringify(rule.getCriteriaValues()) === JSON.stringify(shape.values) &&
    rule.getAllowInvalid() === shape.allowInvalid &&
    (shape.helpText !== null || String(rule.getCriteriaType()) === shape.criteria)
  );
}

/** The number format a column's data cells get, or null for none. */
export function formatOf(col: ColumnSpec): string | null {
  if (isPlainTextColumn(col)) return PLAIN_TEXT_FORMAT;
  if (col.type === 'date' || col.type === 'datetime') return numberFormat(col.type);
  if (col.type === 'integer') return '0';
  if (col.type === 'number') return '0.##';
  return null;
}

/**
 * The data rows (2 to the sheet's last row) of the spec's columns as they are now: rules and number formats,
 * `null` for a sheet just created (nothing to read). `first` is the sheet column of index 0 of each line.
 */
export interface DataCells {
  readonly first: number;
  readonly rules: ReadonlyArray<ReadonlyArray<DataValidation | null>>;
  readonly formats: readonly string[][];
}

/** Reads the rules and number formats of the data rows over the spec's formatted columns: three calls. */
export function readDataCells(
  sheet: Sheet,
  spec: TableSpec,
  columns: ReadonlyMap<string, number>,
  rows: number,
): DataCells | null {
  const used = spec.columns
    .filter((c) => ruleShape(c) || formatOf(c))
    .flatMap((c) => columns.get(c.key) ?? []);
  if (rows < 1 || used.length === 0) return null;
  const first = Math.min(...used);
  const range = sheet.getRange(2, first, rows, Math.max(...used) - first + 1);
  return { first, rules: range.getDataValidations(), formats: range.getNumberFormats() };
}

/** A rule to put on a range: its A1 notation and the rule as data. */
export interface RuleWrite {
  readonly range: string;
  readonly shape: RuleShape;
}

/**
 * Dropdowns, checkboxes and date checks on the data rows of each column (row 2 to the sheet's last row): the
 * columns to write. A column is written when a cell has no rule or the first data row's rule is not the spec's.
 * `current` null: a new sheet, every column is written.
 */
export function planValidation(
  spec: TableSpec,
  columns: ReadonlyMap<string, number>,
  rows: number,
  current: DataCells | null,
): RuleWrite[] {
  if (rows < 1) return [];
  const columnsToWrite: Array<{ column: number; shape: RuleShape }> = [];
  for (const col of spec.columns) {
    const shape = ruleShape(col);
    const column = columns.get(col.key);
    if (!shape || column === undefined) continue;
    if (current && column >= current.first) {
      const j = column - current.first;
      const present = current.rules.every((line) => line[j] !== null && line[j] !== undefined);
      if (present && sameRule(current.rules[0][j] as DataValidation, shape)) continue;
    }
    columnsToWrite.push({ column, shape });
  }
  // Adjacent columns with the same rule get it as one range.
  const writes: RuleWrite[] = [];
  const sorted = [...columnsToWrite].sort((a, b) => a.column - b.column);
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    const key = JSON.stringify(sorted[i].shape);
    while (
      j < sorted.length &&
      sorted[j].column === sorted[j - 1].column + 1 &&
      JSON.stringify(sorted[j].shape) === key
    )
      j++;
    writes.push({ range: a1(2, sorted[i].column, rows, j - i), shape: sorted[i].shape });
    i = j;
  }
  return writes;
}

/** Number formats by column type: the data ranges whose cells differ, by format (one range list each). */
export function planNumberFormats(
  spec: TableSpec,
  columns: ReadonlyMap<string, number>,
  rows: number,
  current: DataCells | null,
): Map<string, string[]> {
  const byFormat = new Map<string, string[]>();
  if (rows < 1) return byFormat;
  for (const col of spec.columns) {
    const column = columns.get(col.key);
    const format = formatOf(col);
    if (column === undefined || !format) continue;
    if (current && column >= current.first) {
      const j = column - current.first;
      if (current.formats.every((line) => line[j] === format)) continue;
    }
    byFormat.set(format, [...(byFormat.get(format) ?? []), a1(2, column, rows, 1)]);
  }
  return byFormat;
}

/** Writes the number formats `planNumberFormats` found missing: one range list per format. */
export function applyNumberFormats(sheet: Sheet, byFormat: ReadonlyMap<string, string[]>): void {
  for (const [format, ranges] of byFormat) sheet.getRangeList(ranges).setNumberFormat(format);
}

/** The header row's look as read: font weights, backgrounds and wraps of columns 1 to the last with content. */
export interface HeaderLook {
  readonly weights: readonly string[];
  readonly backgrounds: readonly string[];
  readonly wraps: readonly boolean[];
}

/** Reads the header row's look from its range: three calls. */
export function readHeaderLook(header: GoogleAppsScript.Spreadsheet.Range): HeaderLook {
  return {
    weights: header.getFontWeights()[0].map(String),
    backgrounds: header.getBackgrounds()[0],
    wraps: header.getWraps()[0],
  };
}

/**
 * The runs of the spec's columns whose header cells get the bold wrapped look: those with a cell written now
 * (`fresh`) or not looking right.
 */
export function planHeaderLook(
  spec: TableSpec,
  columns: ReadonlyMap<string, number>,
  look: HeaderLook | null,
  fresh: ReadonlySet<number>,
): Array<[number, number]> {
  const ok = (c: number): boolean =>
    look !== null &&
    !fresh.has(c) &&
    look.weights[c - 1] === 'bold' &&
    (look.backgrounds[c - 1] ?? '').toLowerCase() === HEADER_BACKGROUND &&
    look.wraps[c - 1] === true;
  const runs: Array<[number, number]> = [];
  for (const [first, last] of contiguousRuns(spec.columns.flatMap((c) => columns.get(c.key) ?? []))) {
    let right = true;
    for (let c = first; c <= last; c++) right = right && ok(c);
    if (!right) runs.push([first, last]);
  }
  return runs;
}

/** Gives a run of header cells the header look: bold, on the header background, wrapped. */
export function applyHeaderLook(range: GoogleAppsScript.Spreadsheet.Range): void {
  range.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true);
}

/**
 * Widths of the given columns (those setup lays out now: new, or on a sheet it created), one call per run of
 * adjacent equal widths. Other columns keep the width they have: the curator may have set it.
 */
export function applyWidths(
  sheet: Sheet,
  spec: TableSpec,
  columns: ReadonlyMap<string, number>,
  laidOut: ReadonlySet<string>,
): void {
  const widths = new Map<number, number>();
  for (const col of spec.columns) {
    const column = columns.get(col.key);
    if (column !== undefined && col.width && laidOut.has(col.key)) widths.set(column, col.width);
  }
  for (const [first, last] of contiguousRuns(widths.keys())) {
    let start = first;
    for (let c = first + 1; c <= last + 1; c++) {
      if (c <= last && widths.get(c) === widths.get(start)) continue;
      sheet.setColumnWidths(start, c - start, widths.get(start) as number);
      start = c;
    }
  }
}

/** The whole-column A1 notation, e.g. 3 → 'C:C' (developer metadata only sits on whole columns, §1.9). */
export function wholeColumn(column: number): string {
  const letters = columnLetters(column);
  return `${letters}:${letters}`;
}
