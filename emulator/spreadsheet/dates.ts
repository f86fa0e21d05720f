/**
 * Date ↔ serial conversion. Sheets stores a date-time as days since 1899-12-30 with no offset, read in the
 * spreadsheet's time zone, not the script's (§1.1, "About date & time values").
 */

const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

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
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock time in `timeZone` of an instant, as if it were UTC (milliseconds). */
function wallClock(instant: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const year = p.year;
  const ms = instant - Math.floor(instant / 1000) * 1000;
  const utc = Date.UTC(2000, p.month - 1, p.day, p.hour, p.minute, p.second, ms);
  // Date.UTC maps years 0–99 to 1900s; set the full year afterwards.
  const d = new Date(utc);
  d.setUTCFullYear(year);
  return d.getTime();
}

/** The serial number of an instant in the spreadsheet's time zone. */
export function dateToSerial(date: Date, timeZone: string): number {
  return (wallClock(date.getTime(), timeZone) - EPOCH) / DAY;
}

/** The instant a serial number stands for in the spreadsheet's time zone. */
export function serialToDate(serial: number, timeZone: string): Date {
  const wall = Math.round(EPOCH + serial * DAY);
  let instant = wall;
  for (let i = 0; i < 3; i++) {
    const offset = wallClock(instant, timeZone) - instant;
    const next = wall - offset;
    if (next === instant) break;
    instant = next;
  }
  return new Date(instant);
}

/** The serial of a wall-clock date-time (no zone involved). */
export function wallToSerial(y: number, m: number, d: number, h = 0, min = 0, s = 0): number {
  const t = new Date(Date.UTC(2000, m - 1, d, h, min, s));
  t.setUTCFullYear(y);
  return (t.getTime() - EPOCH) / DAY;
}

/** The wall-clock parts of a serial (no zone involved). */
export function serialToWall(serial: number): {
  y: number;
  m: number;
  d: number;
  h: number;
  min: number;
  s: number;
  dow: number;
} {
  const t = new Date(Math.round((EPOCH + serial * DAY) / 1000) * 1000);
  return {
    y: t.getUTCFullYear(),
    m: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    h: t.getUTCHours(),
    min: t.getUTCMinutes(),
    s: t.getUTCSeconds(),
    dow: t.getUTCDay(),
  };
}
