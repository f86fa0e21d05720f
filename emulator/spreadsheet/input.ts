import { dateToSerial, serialToWall, wallToSerial } from './dates';
import type { CellModel, CellValue } from './model';
import { isDateFormat, localeFormats } from './number-format';

/** §1.2: the platform's limit on one cell's content. */
export const CELL_LIMIT_MESSAGE =
  'Your input contains more than the maximum of 50000 characters in a single cell.';

/** The value a formula shows when Sheets cannot parse it (used for '+…'/'-…' text, see below). */
export const FORMULA_PARSE_ERROR = '#ERROR!';

/** Checks every value before anything is written, so a refused write changes no cell (§1.2 limit). */
export function checkInputs(values: unknown[][]): void {
  for (const line of values) {
    for (const v of line) if (typeof v === 'string' && v.length > 50000) throw new Error(CELL_LIMIT_MESSAGE);
  }
}

/** What a write puts into a cell: value, formula, and the number format Sheets picks for it (or keeps). */
export interface ParsedInput {
  v?: CellValue;
  f?: string;
  nf?: string;
}

/** Where a write happens: the cell's number format, the spreadsheet's locale and zone, and the clock. */
export interface InputContext {
  nf: string | undefined;
  locale: string;
  timeZone: string;
  /** Milliseconds since the epoch: a date typed without a year gets the current one. */
  now: number;
}
type Context = InputContext;

/**
 * Parses one value the way `setValue(s)`/`appendRow` do: USER_ENTERED, like typing into the cell (§1.2).
 * Choices where the reference is silent or UNVERIFIED:
 * - '=…' is a formula even in a plain-text ('@') cell: the pessimistic reading of "If it begins with '=' it
 *   is interpreted as a formula", so code relying on '@' alone to protect text fails here first.
 * - '+…'/'-…' that is not a number becomes the formula '=+…' whose value is '#ERROR!', as when a user types
 *   «+7 912 345-67-89» or «- пункт»: the injection prefixes of §1.2. A lone '+' or '-' stays text.
 * - '@…' stays text (it opens a smart chip only in the UI).
 * - A leading apostrophe forces text and is not part of the value ([UNVERIFIED] in §1.2, taken as stated).
 * - ru_RU (the default locale): '3,5' → 3.5, '1 000' stays text, 'd.M.yyyy[ H:mm[:ss]]', 'd.M.yy' and ISO
 *   'yyyy-MM-dd' → dates; so does 'd.M' (this year): «1.2» or '3.5' typed in a ru_RU sheet become dates; '50%' / '12,5%' → percent; TRUE/FALSE → booleans.
 *   en_US: '3.5' → 3.5, 'M/d[/yyyy]' and ISO → dates.
 * - Formulas are not evaluated, except literals (=5, ="text", =TRUE) and HYPERLINK("url"; "label") with
 *   string arguments (reads back as the label); any other formula reads back as ''.
 */
export function parseInput(input: unknown, ctx: Context): ParsedInput {
  if (input === null || input === undefined || input === '') return {};
  if (typeof input === 'number' || typeof input === 'boolean') return { v: input };
  if (input instanceof Date) {
    const serial = dateToSerial(input, ctx.timeZone);
    return { v: serial, nf: isDateFormat(ctx.nf) ? ctx.nf : localeFormats(ctx.locale).dateTime };
  }
  const s = String(input);
  if (s.length > 50000) throw new Error(CELL_LIMIT_MESSAGE);
  if (s.startsWith("'")) return { v: s.slice(1) };
  if (s.startsWith('=') && s.length > 1) return { f: s, v: evaluateLiteral(s.slice(1)) };
  if (ctx.nf === '@') return { v: s };
  return parseTyped(s, ctx) ?? formulaLike(s) ?? { v: s };
}

function formulaLike(s: string): ParsedInput | null {
  if ((s.startsWith('+') || s.startsWith('-')) && s.trim().length > 1)
    return { f: `=${s}`, v: FORMULA_PARSE_ERROR };
  return null;
}

function evaluateLiteral(expr: string): CellValue | undefined {
  const e = expr.trim();
  if (/^[+-]?\d+([.,]\d+)?$/.test(e)) return Number(e.replace(',', '.'));
  if (/^"([^"]|"")*"$/.test(e)) return e.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|FALSE)(\(\))?$/i.test(e)) return /^TRUE/i.test(e);
  // HYPERLINK("url"[; "label"]) shows its label: registries link documents this way (either separator).
  const link = /^HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)"\s*)?\)$/i.exec(e);
  if (link) return (link[2] ?? link[1]).replace(/""/g, '"');
  return undefined;
}

function parseTyped(raw: string, ctx: Context): ParsedInput | null {
  const s = raw.trim();
  // Only strings starting with a digit, a sign or t/f can be numbers, dates, times or booleans.
  if (!/^[\d+\-tTfF]/.test(s)) return null;
  const ru = ctx.locale.startsWith('ru');
  const loc = localeFormats(ctx.locale);
  if (/^(true|false)$/i.test(s)) return { v: /^true$/i.test(s) };
  const num = ru ? /^[+-]?\d+(,\d+)?$/ : /^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/;
  if (num.test(s)) return { v: toNumber(s, ru) };
  const pct = ru ? /^([+-]?\d+(,\d+)?)%$/ : /^([+-]?\d+(\.\d+)?)%$/;
  const p = pct.exec(s);
  if (p) return { v: toNumber(p[1], ru) / 100, nf: ctx.nf ?? (p[2] ? '0.00%' : '0%') };
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (iso) return date(+iso[1], +iso[2], +iso[3], iso.slice(4), ctx, loc.date, loc.dateTime);
  const local = ru
    ? /^(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s)
    : /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (local) {
    const [day, month] = ru ? [+local[1], +local[2]] : [+local[2], +local[1]];
    return date(fullYear(local[3], ctx), month, day, local.slice(4), ctx, loc.date, loc.dateTime);
  }
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (time && +time[1] < 24 && +time[2] < 60 && +(time[3] ?? 0) < 60) {
    const v = (+time[1] * 3600 + +time[2] * 60 + +(time[3] ?? 0)) / 86400;
    return { v, nf: isDateFormat(ctx.nf) ? ctx.nf : loc.time };
  }
  return null;
}

/** A typed year: as is, 2-digit by the 1930–2029 window, or the current year in the spreadsheet zone. */
function fullYear(typed: string | undefined, ctx: Context): number {
  if (typed === undefined) return serialToWall(dateToSerial(new Date(ctx.now), ctx.timeZone)).y;
  const y = Number(typed);
  if (typed.length === 4) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

function toNumber(s: string, ru: boolean): number {
  return Number(ru ? s.replace(',', '.') : s.replace(/,/g, ''));
}

function date(
  y: number,
  m: number,
  d: number,
  time: Array<string | undefined>,
  ctx: Context,
  dateFormat: string,
  dateTimeFormat: string,
): ParsedInput | null {
  const [h = '0', min = '0', sec = '0'] = time.map((t) => t ?? '0');
  if (
    m < 1 ||
    m > 12 ||
    d < 1 ||
    d > new Date(Date.UTC(y, m, 0)).getUTCDate() ||
    +h > 23 ||
    +min > 59 ||
    +sec > 59
  ) {
    return null;
  }
  const hasTime = time[0] !== undefined;
  const nf = isDateFormat(ctx.nf) ? ctx.nf : hasTime ? dateTimeFormat : dateFormat;
  return { v: wallToSerial(y, m, d, +h, +min, +sec), nf };
}

/** Applies a parsed write to a cell, keeping its formatting, note and validation (§1.2). */
export function writeCell(cell: CellModel | null, parsed: ParsedInput): CellModel | null {
  // Built without `delete`, which would turn 150,000 cells into slow dictionary-mode objects.
  const next: CellModel = {};
  if (parsed.v !== undefined) next.v = parsed.v;
  if (parsed.f !== undefined) next.f = parsed.f;
  if (parsed.nf !== undefined) next.nf = parsed.nf;
  else if (cell?.nf !== undefined) next.nf = cell.nf;
  if (cell) {
    for (const key of Object.keys(cell) as Array<keyof CellModel>) {
      if (key !== 'v' && key !== 'f' && key !== 'nf' && key !== 'link')
        (next as Record<string, unknown>)[key] = cell[key];
    }
  }
  return next.v !== undefined || next.f !== undefined || Object.keys(next).length ? next : null;
}
