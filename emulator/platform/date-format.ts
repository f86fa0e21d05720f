import { DATE_NAMES, type DateNames } from './date-names';
import { formatOffset, monthIsStandalone, pad, tokenize } from './date-pattern';
import { fixedOffset, fromWallTime, offsetMinutes, wallTime } from './zoned-time';

/**
 * `Utilities.formatDate` (§6.7): Java `SimpleDateFormat` patterns, wall-clock fields from Intl for any IANA zone.
 * [UNVERIFIED] Which locale Apps Script uses for month and day names is not documented; the emulator follows
 * Java's `ru` data by default (`d MMMM yyyy` → «1 сентября 2025») and can be switched to `en`.
 */
export function formatDate(ms: number, timeZone: string, pattern: string, locale: 'ru' | 'en'): string {
  const tokens = tokenize(pattern);
  const names = DATE_NAMES[locale];
  const standalone = monthIsStandalone(tokens);
  const w = wallTime(ms, timeZone);
  return tokens
    .map((t) => ('literal' in t ? t.literal : field(t, w, ms, timeZone, names, standalone)))
    .join('');
}

function field(
  t: { field: string; count: number },
  w: ReturnType<typeof wallTime>,
  ms: number,
  timeZone: string,
  names: DateNames,
  standalone: boolean,
): string {
  const n = t.count;
  switch (t.field) {
    case 'y':
      return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
    case 'M':
    case 'L': {
      if (n <= 2) return pad(w.month, n);
      const alone = t.field === 'L' || standalone;
      const list =
        n === 3
          ? alone
            ? names.monthsShortStandalone
            : names.monthsShortFormat
          : alone
            ? names.monthsStandalone
            : names.monthsFormat;
      return list[w.month - 1];
    }
    case 'd':
      return pad(w.day, n);
    case 'E':
      return n <= 3 ? names.daysShort[w.weekday] : names.days[w.weekday];
    case 'u':
      return pad(w.weekday === 0 ? 7 : w.weekday, n);
    case 'H':
      return pad(w.hour, n);
    case 'k':
      return pad(w.hour === 0 ? 24 : w.hour, n);
    case 'K':
      return pad(w.hour % 12, n);
    case 'h':
      return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
    case 'a':
      return names.ampm[w.hour < 12 ? 0 : 1];
    case 'm':
      return pad(w.minute, n);
    case 's':
      return pad(w.second, n);
    case 'S':
      return pad(w.millisecond, n);
    case 'Z':
    case 'X':
      return formatOffset(offsetMinutes(ms, timeZone), t.field, n);
    default:
      throw new Error(`not implemented: Utilities.formatDate pattern letter '${t.field}'`);
  }
}

/** `Utilities.parseDate` for the same pattern letters; `now` resolves two-digit years as Java does. */
export function parseDate(
  text: string,
  timeZone: string,
  pattern: string,
  locale: 'ru' | 'en',
  now: number,
): number {
  const tokens = tokenize(pattern);
  const names = DATE_NAMES[locale];
  const f = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 };
  let pm: boolean | null = null;
  let hour12: number | null = null;
  let offset: number | null = null;
  let pos = 0;
  const fail = (): never => {
    throw new Error(`Unparseable date: "${text}"`);
  };
  tokens.forEach((t, i) => {
    if ('literal' in t) {
      if (text.slice(pos, pos + t.literal.length) !== t.literal) fail();
      pos += t.literal.length;
      return;
    }
    const rest = text.slice(pos);
    if ((t.field === 'M' || t.field === 'L') && t.count >= 3) {
      const lists = [
        names.monthsFormat,
        names.monthsStandalone,
        names.monthsShortFormat,
        names.monthsShortStandalone,
      ];
      const hit = longestName(rest, lists) ?? fail();
      f.month = hit.index + 1;
      pos += hit.length;
      return;
    }
    if (t.field === 'E' || t.field === 'a') {
      const hit = longestName(rest, t.field === 'E' ? [names.days, names.daysShort] : [names.ampm]) ?? fail();
      if (t.field === 'a') pm = hit.index === 1;
      pos += hit.length;
      return;
    }
    if (t.field === 'Z' || t.field === 'X') {
      const m = /^(?:Z|([+-])(\d{2}):?(\d{2})?)/.exec(rest) ?? fail();
      offset = m[0] === 'Z' ? 0 : fixedOffset(`${m[1]}${m[2]}:${m[3] ?? '00'}`);
      pos += m[0].length;
      return;
    }
    // Abutting numeric fields (yyyyMMdd) take exactly their width, as in Java.
    const next = tokens[i + 1];
    const abutting = next && 'field' in next && !(next.field === 'M' && next.count >= 3);
    const m = (abutting ? new RegExp(`^\\d{${t.count}}`) : /^[+-]?\d+/).exec(rest);
    const digits = m ?? fail();
    pos += digits[0].length;
    setNumeric(f, t, Number(digits[0]), digits[0].length, now, (h) => (hour12 = h));
  });
  // Like Java's DateFormat.parse(String), text after the pattern is ignored.
  if (hour12 !== null) f.hour = (hour12 % 12) + (pm ? 12 : 0);
  else if (pm && f.hour < 12) f.hour += 12;
  if (offset !== null) {
    return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.millisecond) - offset * 60000;
  }
  return fromWallTime(f, timeZone);
}

function setNumeric(
  f: {
    year: number;
    month: number;
    day: number;
    hour: number;
    minute: number;
    second: number;
    millisecond: number;
  },
  t: { field: string; count: number },
  value: number,
  digits: number,
  now: number,
  setHour12: (h: number) => void,
): void {
  switch (t.field) {
    case 'y':
      f.year = t.count <= 2 && digits === 2 ? twoDigitYear(value, now) : value;
      return;
    case 'M':
    case 'L':
      f.month = value;
      return;
    case 'd':
      f.day = value;
      return;
    case 'H':
    case 'k':
      f.hour = value % 24;
      return;
    case 'h':
    case 'K':
      setHour12(value);
      return;
    case 'm':
      f.minute = value;
      return;
    case 's':
      f.second = value;
      return;
    case 'S':
      f.millisecond = value;
      return;
    default:
      throw new Error(`not implemented: Utilities.parseDate pattern letter '${t.field}'`);
  }
}

/** Java: a two-digit year lands within 80 years before and 20 years after now. */
function twoDigitYear(yy: number, now: number): number {
  const start = new Date(now).getUTCFullYear() - 80;
  let year = Math.floor(start / 100) * 100 + yy;
  if (year < start) year += 100;
  return year;
}

/** The longest name (case-insensitive) any list has at the start of `text`, and its index. */
function longestName(text: string, lists: string[][]): { index: number; length: number } | null {
  let best: { index: number; length: number } | null = null;
  const lower = text.toLowerCase();
  for (const list of lists) {
    list.forEach((name, index) => {
      if (lower.startsWith(name.toLowerCase()) && (!best || name.length > best.length)) {
        best = { index, length: name.length };
      }
    });
  }
  return best;
}
