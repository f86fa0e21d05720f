/**
 * The emulator snapshot as a reviewer reads it: per sheet its values row by row, every cell format as A1
 * rectangles, validations, protections and developer metadata by range; JSON-valued properties parsed; the rest
 * of the Workspace (UI, Drive, forms, platform) as it is. Lossless for what a script can observe: every field is
 * kept, only regrouped (fields it does not know pass through), so any change of what setup writes changes the
 * projection. Left out on purpose, being the emulator's storage and not the workbook: how long its row and cell
 * arrays are, an empty cell stored as null or {}, and fields holding an empty list or map.
 */
import { createHash } from 'node:crypto';
import { columnLetters } from '../../../emulator/spreadsheet/a1';
import type {
  CellModel,
  MetadataModel,
  ProtectionModel,
  RangeModel,
  SheetModel,
  SpreadsheetModel,
} from '../../../emulator/spreadsheet/model';
import type { WorkspaceSnapshot } from '../../../emulator/workspace';

/** Plain JSON data, as the golden files hold it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * A sheet with more data rows than this keeps its data rows as a count, a SHA-256 digest and the first and last
 * row (only the 2,000-mentors scenario): setup must not touch data, so the digest still fails on any change.
 */
const FULL_ROWS_LIMIT = 100;

/** The snapshot of a Workspace, regrouped for reading; see the file comment. */
export function projectSnapshot(snapshot: WorkspaceSnapshot): Json {
  const { spreadsheet, platform, ...rest } = snapshot;
  const { spreadsheets, ...sheetsRest } = spreadsheet as { spreadsheets: SpreadsheetModel[] };
  return {
    spreadsheet: { ...fields(sheetsRest), spreadsheets: spreadsheets.map(projectSpreadsheet) },
    platform: parseJsonStrings(canonical(platform)),
    ...fields(rest),
  };
}

function projectSpreadsheet(ss: SpreadsheetModel): Json {
  const { sheets, protections, metadata, ...rest } = ss;
  const ids = new Set(sheets.map((s) => s.sheetId));
  return {
    ...fields(rest),
    sheets: sheets.map((sheet) => projectSheet(sheet, protections, metadata)),
    protections: protections.filter((p) => !ids.has(p.sheetId)).map((p) => canonical(p)),
    metadata: metadata
      .filter((m) => !('sheetId' in m.location && ids.has(m.location.sheetId)))
      .map(canonical),
  };
}

function projectSheet(sheet: SheetModel, protections: ProtectionModel[], metadata: MetadataModel[]): Json {
  const { sheetId, name, rows, validations, ...rest } = sheet;
  const a1 = (r: RangeModel): Json => (r.sheetId === sheetId ? rangeA1(r) : canonical(r));
  return {
    sheetId,
    name,
    ...fields(rest),
    values: values(rows),
    formats: formats(rows),
    validations: validations.map(({ row, column, numRows, numColumns, rule }) => ({
      range: cellsA1(row, column, row + numRows - 1, column + numColumns - 1),
      ...fields(rule),
    })),
    protections: protections
      .filter((p) => p.sheetId === sheetId)
      .map(({ range, unprotected, sheetId: _, ...p }) => ({
        ...(range ? { range: a1(range) } : {}),
        ...fields(p),
        unprotected: unprotected.map(a1),
      })),
    metadata: metadata
      .filter((m) => 'sheetId' in m.location && m.location.sheetId === sheetId)
      .map(({ location, ...m }) => ({ ...fields(m), on: locationA1(location) })),
  };
}

/** Values (and formulas) by row number, trailing empties dropped; many data rows become a digest. */
function values(rows: Array<Array<CellModel | null>>): Json {
  const byRow: [string, Json][] = [];
  rows.forEach((row, i) => {
    const cells = row.map((c) => (c?.f !== undefined ? { f: c.f, v: c.v ?? null } : (c?.v ?? null)));
    while (cells.length && cells[cells.length - 1] === null) cells.pop();
    if (cells.length) byRow.push([String(i + 1), cells]);
  });
  if (byRow.length <= FULL_ROWS_LIMIT + 1) return Object.fromEntries(byRow);
  const [header, ...data] = byRow;
  return {
    [header[0]]: header[1],
    dataRows: data.length,
    sha256: createHash('sha256').update(JSON.stringify(data)).digest('hex'),
    [data[0][0]]: data[0][1],
    [data[data.length - 1][0]]: data[data.length - 1][1],
  };
}

/** Every cell property but the value, as `{ property: { 'A1:B9': value } }` over maximal rectangles. */
function formats(rows: Array<Array<CellModel | null>>): Json {
  const properties = new Set<string>();
  for (const row of rows) for (const c of row) for (const k of Object.keys(c ?? {})) properties.add(k);
  properties.delete('v');
  properties.delete('f');
  const out: Record<string, Json> = {};
  for (const p of [...properties].sort()) out[p] = rectangles(rows, p);
  return out;
}

/** The rectangles of equal `property` values: vertical runs per column, joined across neighbouring columns. */
function rectangles(rows: Array<Array<CellModel | null>>, property: string): Json {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const open = new Map<string, { r0: number; r1: number; c0: number; c1: number; value: string }>();
  const done: Array<{ r0: number; r1: number; c0: number; c1: number; value: string }> = [];
  for (let c = 0; c < width; c++) {
    const runs: Array<{ r0: number; r1: number; value: string }> = [];
    rows.forEach((row, r) => {
      const cell = row[c] as Record<string, unknown> | null | undefined;
      if (!cell || cell[property] === undefined) return;
      const value = JSON.stringify(canonical(cell[property]));
      const last = runs[runs.length - 1];
      if (last && last.r1 === r - 1 && last.value === value) last.r1 = r;
      else runs.push({ r0: r, r1: r, value });
    });
    const next = new Map<string, { r0: number; r1: number; c0: number; c1: number; value: string }>();
    for (const run of runs) {
      const key = `${run.r0}:${run.r1}:${run.value}`;
      const rect = open.get(key);
      if (rect) rect.c1 = c;
      next.set(key, rect ?? { ...run, c0: c, c1: c });
      open.delete(key);
    }
    done.push(...open.values());
    open.clear();
    for (const [k, v] of next) open.set(k, v);
  }
  done.push(...open.values());
  done.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  return Object.fromEntries(
    done.map((x) => [cellsA1(x.r0 + 1, x.c0 + 1, x.r1 + 1, x.c1 + 1), JSON.parse(x.value) as Json]),
  );
}

/** 'B2', or 'B2:D9' for a rectangle (1-based, inclusive ends). */
function cellsA1(r0: number, c0: number, r1: number, c1: number): string {
  const start = `${columnLetters(c0)}${r0}`;
  return r0 === r1 && c0 === c1 ? start : `${start}:${columnLetters(c1)}${r1}`;
}

/** A range model as A1, with its whole-rows / whole-columns marks spelled out. */
function rangeA1(r: RangeModel): string {
  const marks = [r.wholeRows ? ' (whole rows)' : '', r.wholeColumns ? ' (whole columns)' : ''].join('');
  return cellsA1(r.row, r.column, r.row + r.numRows - 1, r.column + r.numColumns - 1) + marks;
}

function locationA1(location: MetadataModel['location']): string {
  if (location.type === 'ROW') return `rows ${location.start}:${location.start + location.count - 1}`;
  if (location.type === 'COLUMN') {
    return `columns ${columnLetters(location.start)}:${columnLetters(location.start + location.count - 1)}`;
  }
  return location.type.toLowerCase();
}

/** Strings that are JSON objects or arrays (the layout cache in document properties) shown parsed, when exact. */
function parseJsonStrings(x: Json): Json {
  if (typeof x === 'string' && /^[[{]/.test(x)) {
    try {
      const parsed = JSON.parse(x) as Json;
      if (JSON.stringify(parsed) === x) return { $json: canonical(parsed) };
    } catch {
      return x;
    }
  }
  if (Array.isArray(x)) return x.map(parseJsonStrings);
  if (x && typeof x === 'object') {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, parseJsonStrings(v)]));
  }
  return x;
}

/** An object's fields as canonical JSON, to spread into a projection. */
function fields(x: object): Record<string, Json> {
  return canonical(x) as Record<string, Json>;
}

/**
 * Plain JSON with object keys sorted, so the order code happened to set fields in does not matter; fields holding
 * an empty list or map are left out (none is none), so a field the emulator's model gains later, empty by
 * default, does not change the golden files.
 */
export function canonical(x: unknown): Json {
  if (Array.isArray(x)) return x.map(canonical);
  if (x && typeof x === 'object') {
    const entries = Object.entries(x).filter(([, v]) => v !== undefined && !isEmpty(v));
    return Object.fromEntries(
      entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]),
    );
  }
  return x as Json;
}

function isEmpty(x: unknown): boolean {
  return Array.isArray(x) ? x.length === 0 : !!x && typeof x === 'object' && Object.keys(x).length === 0;
}
