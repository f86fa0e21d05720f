import { serialToWall } from './dates';
import { DEFAULT_NUMBER_FORMAT } from './model';

/** Number formats Sheets applies to values a script writes, per spreadsheet locale (modest: ru_RU, en_US). */
export interface LocaleFormats {
  decimal: string;
  group: string;
  date: string;
  dateTime: string;
  time: string;
}

/** ru_RU is the default locale of this project's spreadsheets; other locales fall back to en_US. */
export function localeFormats(locale: string): LocaleFormats {
  if (locale.startsWith('ru')) {
    return {
      decimal: ',',
      group: '\u00a0',
      date: 'dd.MM.yyyy',
      dateTime: 'dd.MM.yyyy H:mm:ss',
      time: 'H:mm:ss',
    };
  }
  return { decimal: '.', group: ',', date: 'M/d/yyyy', dateTime: 'M/d/yyyy H:mm:ss', time: 'h:mm:ss am/pm' };
}

const dateCache = new Map<string, boolean>();

/** Whether a number format shows a date or time, so getValues returns a Date for the cell (§1.1). */
export function isDateFormat(nf: string | undefined): boolean {
  if (!nf) return false;
  let known = dateCache.get(nf);
  if (known === undefined) {
    const bare = nf.replace(/"[^"]*"/g, '').replace(/\\./g, '');
    known = !/[0#?@]/.test(bare) && /[yYdDhHsSM]|m/.test(bare);
    dateCache.set(nf, known);
  }
  return known;
}

const TOKEN = /"[^"]*"|\\.|yyyy|yy|MMMM|MMM|MM|M|dddd|ddd|dd|d|HH|H|hh|h|mm|m|ss|s|am\/pm|AM\/PM|./g;
const MONTHS_RU = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Formats a serial with a Sheets date pattern (lower-case m is minutes after an hour or before seconds). */
function formatDate(serial: number, nf: string): string {
  const w = serialToWall(serial);
  const tokens = nf.match(TOKEN) ?? [];
  const twelve = tokens.some((t) => t.toLowerCase() === 'am/pm');
  let out = '';
  tokens.forEach((t, i) => {
    const prev = tokens
      .slice(0, i)
      .reverse()
      .find((x) => /^[hHMdys]/.test(x) || x === 'm' || x === 'mm');
    const next = tokens.slice(i + 1).find((x) => /^[hHMdysm]/.test(x));
    const minute = (t === 'm' || t === 'mm') && (/^[hH]/.test(prev ?? '') || /^s/.test(next ?? ''));
    const hour12 = w.h % 12 === 0 ? 12 : w.h % 12;
    const hour = twelve ? hour12 : w.h;
    switch (t) {
      case 'yyyy':
        out += pad(w.y, 4);
        break;
      case 'yy':
        out += pad(w.y % 100);
        break;
      case 'MMMM':
        out += MONTHS_RU[w.m - 1];
        break;
      case 'MMM':
        out += MONTHS_RU[w.m - 1].slice(0, 3);
        break;
      case 'MM':
        out += pad(w.m);
        break;
      case 'M':
        out += String(w.m);
        break;
      case 'dd':
        out += pad(w.d);
        break;
      case 'd':
        out += String(w.d);
        break;
      case 'HH':
      case 'hh':
        out += pad(hour);
        break;
      case 'H':
      case 'h':
        out += String(hour);
        break;
      case 'mm':
        out += minute ? pad(w.min) : pad(w.m);
        break;
      case 'm':
        out += minute ? String(w.min) : String(w.m);
        break;
      case 'ss':
        out += pad(w.s);
        break;
      case 's':
        out += String(w.s);
        break;
      case 'am/pm':
        out += w.h < 12 ? 'am' : 'pm';
        break;
      case 'AM/PM':
        out += w.h < 12 ? 'AM' : 'PM';
        break;
      default:
        out += t.startsWith('"') ? t.slice(1, -1) : t.startsWith('\\') ? t.slice(1) : t;
    }
  });
  return out;
}

function groupDigits(int: string, group: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** A pattern's literal text: quotes and backslashes removed, `[$₽-419]` reduced to its symbol. */
function literal(text: string): string {
  return text
    .replace(/\[\$([^\]-]*)(?:-[^\]]*)?\]/g, '$1')
    .replace(/"([^"]*)"/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/_.|\*./g, '');
}

/**
 * Formats a number with a pattern made of literal text around one numeric part ('0', '0.00', '#,##0', '0%',
 * '#,##0.00 ₽', '0" мес."'); sections 'positive;negative;zero' pick by sign. Anything else shows as "general".
 */
function formatNumber(n: number, nf: string, loc: LocaleFormats): string {
  const sections = nf.match(/(?:"[^"]*"|\\.|[^;])+/g) ?? [nf];
  const section =
    n < 0 && sections[1] !== undefined
      ? sections[1]
      : n === 0 && sections[2] !== undefined
        ? sections[2]
        : sections[0];
  const explicitSign = section !== sections[0];
  if (!/[#0]/.test(section.replace(/"[^"]*"/g, ''))) return literal(section);
  const m =
    /^((?:"[^"]*"|\\.|\[[^\]]*\]|[^#0,.%])*)([#,0]*0)(?:\.([0#]+))?((?:"[^"]*"|\\.|\[[^\]]*\]|[^#0])*)$/.exec(
      section,
    );
  if (!m || nf === DEFAULT_NUMBER_FORMAT) return general(n, loc);
  const [, prefix, intPart, fracPart = '', suffix] = m;
  const percent = suffix.replace(/"[^"]*"/g, '').includes('%');
  const value = percent ? n * 100 : n;
  const minDecimals = fracPart.replace(/#/g, '').length;
  let [int, frac = ''] = Math.abs(value).toFixed(fracPart.length).split('.');
  while (frac.length > minDecimals && frac.endsWith('0')) frac = frac.slice(0, -1);
  if (intPart.includes(',')) int = groupDigits(int, loc.group);
  const negative = value < 0 && Number(value.toFixed(fracPart.length)) !== 0 && !explicitSign;
  return (negative ? '-' : '') + literal(prefix) + int + (frac ? loc.decimal + frac : '') + literal(suffix);
}

function general(n: number, loc: LocaleFormats): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const s = String(Number(n.toPrecision(15)));
  return loc.decimal === '.' ? s : s.replace('.', loc.decimal);
}

/** The string Sheets shows for a stored value (getDisplayValues, §1.1): always a string, '' for empty. */
export function displayValue(v: unknown, nf: string | undefined, loc: LocaleFormats): string {
  if (v === undefined || v === null || v === '') return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  if (typeof v !== 'number') return String(v);
  if (nf && isDateFormat(nf)) return formatDate(v, nf);
  if (!nf || nf === '@' || /^general$/i.test(nf)) return general(v, loc);
  return formatNumber(v, nf, loc);
}
