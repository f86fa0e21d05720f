import { isoDateInZone, isoDateTimeInZone, parseDateText, formatRuDate } from './dates';
import { normaliseId } from './ids';
import { closestOption, matchOption, splitMultiValue } from './options';
import type { ColumnSpec } from './table-spec';

/** A cell's value after parsing, or what is wrong with it (Russian, without the location). */
export type CellResult = { ok: true; value: unknown } | { ok: false; message: string };

/** What parsing a cell needs besides the cell: the spreadsheet's zone, and the sheet names for messages. */
export interface CellContext {
  readonly timeZone: string;
  /** The example ID of the referenced table, e.g. «НК-0001», for messages. */
  readonly refExample?: string;
}

/** Whether a cell is empty as a person sees it ('' from getValues, null, or only spaces). */
export function isEmptyCell(value: unknown): boolean {
  return (
    value === '' ||
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '')
  );
}

const fail = (message: string): CellResult => ({ ok: false, message });
const ok = (value: unknown): CellResult => ({ ok: true, value });

/** Longest part of a cell a message quotes: a whole pasted text would not fit the report's cell or a note. */
const SHOWN = 80;

/** A cell's text as a message quotes it: trimmed, and cut short with «…» when long. */
function shown(text: string): string {
  const t = text.trim();
  return t.length > SHOWN ? `${t.slice(0, SHOWN - 1)}…` : t;
}

/** Parses one non-empty cell by its column's type. Never throws. */
export function parseCell(column: ColumnSpec, value: unknown, ctx: CellContext): CellResult {
  switch (column.type) {
    case 'text':
    case 'long-text':
      return withinLength(column, asText(value, ctx.timeZone));
    case 'id':
    case 'ref':
      return parseRef(String(value), ctx);
    case 'refs':
      return parseRefs(String(value), ctx);
    case 'integer':
    case 'number':
      return parseNumber(value, column.type === 'integer');
    case 'date':
      return parseDate(value, ctx.timeZone);
    case 'datetime':
      return parseDateTime(value, ctx.timeZone);
    case 'boolean':
      return parseBoolean(value);
    case 'list':
      return parseList(asText(value, ctx.timeZone), column);
    case 'multi-list':
      return parseMultiList(asText(value, ctx.timeZone), column);
    case 'email':
      return parseEmail(String(value), column);
    case 'phone':
      return parsePhone(value);
  }
}

/** A cell as the text a person sees: people's text is kept exactly (a leading «=» is just a character). */
export function asText(value: unknown, timeZone: string): string {
  if (value instanceof Date)
    return isNaN(value.getTime()) ? '' : formatRuDate(isoDateInZone(value, timeZone));
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  return String(value);
}

function parseRef(text: string, ctx: CellContext): CellResult {
  const id = normaliseId(text);
  const example = ctx.refExample ?? 'НК-0001';
  return id ? ok(id) : fail(`«${shown(text)}» не похоже на ID; ожидается ID вида ${example}`);
}

function parseRefs(text: string, ctx: CellContext): CellResult {
  const ids: string[] = [];
  for (const piece of text.split(/[;,\n\r]+/).map((p) => p.trim())) {
    if (!piece) continue;
    const one = parseRef(piece, ctx);
    if (!one.ok) return fail(`${one.message}; несколько ID разделяйте точкой с запятой`);
    if (!ids.includes(one.value as string)) ids.push(one.value as string);
  }
  return ok(ids);
}

function parseNumber(value: unknown, integer: boolean): CellResult {
  const example = integer ? 'ожидается целое число, например 3' : 'ожидается число, например 12 или 3,5';
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    const t = value.replace(/[\s\u00a0]/g, '').replace(',', '.');
    n = /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : NaN;
  } else n = NaN;
  if (!Number.isFinite(n)) return fail(`${example}, а не «${shown(String(value))}»`);
  if (integer && !Number.isInteger(n)) return fail(`${example}, а не ${String(n).replace('.', ',')}`);
  if (n < 0) return fail(`${example}; отрицательное значение здесь не подходит`);
  return ok(n);
}

/** The dates a registry cell may hold: a year typed wrong (0050, 2202) is a mistake, not a date to keep. */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2099-12-31';

/** An ISO date when it is within the registry's range, or why not (the range and the year to check). */
export function dateInRange(iso: string): CellResult {
  if (iso >= EARLIEST_DATE && iso <= LATEST_DATE) return ok(iso);
  return fail(
    `ожидается дата с ${formatRuDate(EARLIEST_DATE)} по ${formatRuDate(LATEST_DATE)}, а не ${formatRuDate(iso)}. ` +
      'Проверьте год',
  );
}

function parseDate(value: unknown, timeZone: string): CellResult {
  if (value instanceof Date) {
    const iso = isNaN(value.getTime()) ? null : isoDateInZone(value, timeZone);
    // A time-only cell comes back as a Date on 1899-12-30: not a date a person meant.
    if (iso === null || iso === '1899-12-30') {
      return fail('ожидается дата, например 01.09.2025, а в ячейке только время');
    }
    return dateInRange(iso);
  }
  const iso = typeof value === 'string' ? parseDateText(value) : null;
  return iso ? dateInRange(iso) : fail(`ожидается дата, например 01.09.2025, а не «${shown(String(value))}»`);
}

/** A short text within its column's `maxLength` (spaces around it not counted), or how long it may be. */
function withinLength(column: ColumnSpec, text: string): CellResult {
  const length = text.trim().length;
  if (column.maxLength === undefined || length <= column.maxLength) return ok(text);
  return fail(
    `не длиннее ${column.maxLength} символов, а здесь ${length}. ` +
      'Проверьте, не попал ли сюда текст другого столбца, и сократите',
  );
}

function parseDateTime(value: unknown, timeZone: string): CellResult {
  if (value instanceof Date && !isNaN(value.getTime())) return ok(isoDateTimeInZone(value, timeZone));
  const m = typeof value === 'string' ? /^(.+?)[\sT]+(\d{1,2}):(\d{2})$/.exec(value.trim()) : null;
  const day = m ? parseDateText(m[1]) : null;
  if (m && day && Number(m[2]) < 24 && Number(m[3]) < 60)
    return ok(`${day}T${m[2].padStart(2, '0')}:${m[3]}`);
  return fail(`ожидаются дата и время, например 01.09.2025 14:30, а не «${shown(String(value))}»`);
}

const YES = ['да', 'true', 'истина', '1', 'x', '✓', 'v', '+'];
const NO = ['нет', 'false', 'ложь', '0', '-'];

function parseBoolean(value: unknown): CellResult {
  if (typeof value === 'boolean') return ok(value);
  const t = String(value).trim().toLowerCase();
  if (YES.includes(t)) return ok(true);
  if (NO.includes(t)) return ok(false);
  return fail(`ожидается флажок или «да»/«нет», а не «${shown(String(value))}»`);
}

function unknownOption(text: string, options: readonly string[]): string {
  const closest = closestOption(text, options);
  const hint = closest ? ` Возможно, имелось в виду «${closest}».` : '';
  return `нет такого значения «${shown(text)}».${hint} Выберите из списка: ${options.join('; ')}`;
}

function parseList(text: string, column: ColumnSpec): CellResult {
  const options = column.options ?? [];
  const match = matchOption(text, options);
  if (match) return ok(match);
  return column.allowOther ? withinLength(column, text.trim()) : fail(unknownOption(text, options));
}

function parseMultiList(text: string, column: ColumnSpec): CellResult {
  const options = column.options ?? [];
  const values: string[] = [];
  for (const piece of splitMultiValue(text, options)) {
    const match = matchOption(piece, options) ?? (column.allowOther ? piece : undefined);
    if (!match) return fail(unknownOption(piece, options));
    if (!values.includes(match)) values.push(match);
  }
  return ok(values);
}

function parseEmail(text: string, column: ColumnSpec): CellResult {
  const t = text.trim();
  const long = withinLength(column, t);
  if (!long.ok) return long;
  // «name@domain.tld»: one «@», no spaces, a dot inside the domain. Checked in two linear steps: the single
  // pattern /^[^\s@]+@[^\s@]+\.[^\s@]+$/ backtracks quadratically on a long run of dots.
  const domain = /^[^\s@]+@([^\s@]+)$/.exec(t)?.[1];
  return domain !== undefined && domain.slice(1, -1).includes('.')
    ? ok(t)
    : fail(`ожидается адрес эл. почты, например ivanova@example.ru, а не «${shown(t)}»`);
}

function parsePhone(value: unknown): CellResult {
  const t = String(value).trim();
  const digits = t.replace(/\D/g, '');
  return /^[+\d\s()\-–.]+$/.test(t) && digits.length >= 5 && digits.length <= 15
    ? ok(t)
    : fail(`ожидается номер телефона, например +7 900 123-45-67, а не «${shown(t)}»`);
}
