/** Wall-clock fields of an instant in a time zone (month 1–12, weekday 0 = Sunday). */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock time at `ms` in an IANA zone (or a `GMT+03:00`-style offset), via Intl. */
export function wallTime(ms: number, timeZone: string): WallTime {
  const fixed = fixedOffset(timeZone);
  if (fixed !== null) return utcWallTime(ms + fixed * 60000);
  let f: Intl.DateTimeFormat;
  try {
    f = formatter(timeZone);
  } catch {
    // Java's TimeZone.getTimeZone falls back to GMT for an id it does not know ([UNVERIFIED] for Apps Script).
    return utcWallTime(ms);
  }
  const parts: Record<string, string> = {};
  for (const part of f.formatToParts(new Date(ms))) parts[part.type] = part.value;
  const year = Number(parts.year);
  return {
    year: parts.era === 'BC' || parts.era === 'B' ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((ms % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(parts.weekday),
  };
}

/** Minutes the zone is ahead of UTC at `ms`. */
export function offsetMinutes(ms: number, timeZone: string): number {
  const w = wallTime(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  const year = new Date(asUtc).getUTCFullYear();
  const fixed = year === w.year ? asUtc : new Date(asUtc).setUTCFullYear(w.year);
  return Math.round((fixed - ms) / 60000);
}

/** The instant a wall-clock time in a zone names (the earlier one in a DST overlap). */
export function fromWallTime(w: Omit<WallTime, 'weekday'>, timeZone: string): number {
  const guess = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  const first = guess - offsetMinutes(guess, timeZone) * 60000;
  const second = guess - offsetMinutes(first, timeZone) * 60000;
  return Math.min(first, second);
}

/** Minutes ahead of UTC for `GMT+3`, `GMT+03:00`, `UTC`, `GMT`; null for a zone id such as `Europe/Moscow`. */
export function fixedOffset(timeZone: string): number | null {
  if (timeZone === 'UTC' || timeZone === 'GMT' || timeZone === 'Z') return 0;
  const m = /^(?:GMT|UTC)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (!m) return null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function utcWallTime(ms: number): WallTime {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}
