/**
 * Calendar dates as ISO strings ('YYYY-MM-DD'): JSON-safe for sidebars and free of time-zone drift. Apps Script
 * gives dates as `Date` objects meaning midnight in the spreadsheet's time zone, so conversions take the zone.
 */

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Builds an ISO date from parts, or `null` if there is no such day (31.02, month 13). */
export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Whether a string is a real calendar date in ISO form. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  return m !== null && isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])) !== null;
}

/** Reads «01.09.2025», «1.9.2025», «1.9.25» or «2025-09-01»; `null` for anything else. */
export function parseDateText(text: string): IsoDate | null {
  const t = text.trim().replace(/\s*г\.?$/, '');
  const iso = ISO_DATE.exec(t);
  if (iso) return isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(t);
  if (!ru) return null;
  const year = ru[3].length === 2 ? 2000 + Number(ru[3]) : Number(ru[3]);
  return isoFromParts(year, Number(ru[2]), Number(ru[1]));
}

/** The calendar date a `Date` falls on in `timeZone` (a Date cell from getValues means midnight there). */
export function isoDateInZone(date: Date, timeZone: string): IsoDate {
  const p = zonedParts(date, timeZone);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** The local moment a `Date` is in `timeZone`, as 'YYYY-MM-DDTHH:mm' (for the journal's «Когда»). */
export function isoDateTimeInZone(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}T${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** The `Date` that is midnight of `iso` in `timeZone`: what a date cell holds when written by setValues. */
export function dateAtMidnightInZone(iso: IsoDate, timeZone: string, hour = 0, minute = 0): Date {
  const [y, m, d] = iso.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d, hour, minute);
  const first = guess - offsetMs(new Date(guess), timeZone);
  return new Date(guess - offsetMs(new Date(first), timeZone));
}

/** «01.09.2025»: how a date reads in Russian messages and documents. */
export function formatRuDate(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** The same day `months` later (earlier if negative); the 31st becomes the month's last day. */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = iso.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoFromParts(year, month, Math.min(d, daysInMonth(year, month))) as IsoDate;
}

/** The day `days` later (earlier if negative). */
export function addDays(iso: IsoDate, days: number): IsoDate {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** One formatter per time zone: building an Intl.DateTimeFormat costs far more than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

function zonedParts(date: Date, timeZone: string): ZonedParts {
  const format = formatterFor(timeZone);
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(date))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

function offsetMs(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - (date.getTime() - date.getUTCMilliseconds());
}
