import type { ResponsesLocale } from './context';
import type { AppendedRow } from './destination';

/** A spreadsheet form-submit event as the handler gets it (§5.3), less authMode and triggerUid the runner adds. */
export interface SheetSubmitEvent extends Record<string, unknown> {
  namedValues: Record<string, string[]>;
  range: GoogleAppsScript.Spreadsheet.Range;
  values: string[];
}

/** The event for a row just appended: values as the sheet displays them, timestamp first (§5.3 [DOC]). */
export function rowEvent(rt: { internal<T>(fn: () => T): T }, appended: AppendedRow): SheetSubmitEvent {
  return rt.internal(() => {
    const range = appended.sheet.getRange(appended.row, 1, 1, appended.headers.length);
    const values = range.getDisplayValues()[0].map(String);
    return { namedValues: named(appended.headers, values), range, values };
  });
}

/**
 * The blank copy some deliveries bring (§5.3 [FIELD]): a different timestamp, every answer blank, and no row in the
 * sheet; `range` points at the row after the last one, which is empty. [UNVERIFIED] what range live blank events carry.
 */
export function blankEvent(
  rt: { internal<T>(fn: () => T): T },
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  headers: string[],
  at: Date,
  locale: ResponsesLocale,
): SheetSubmitEvent {
  return rt.internal(() => {
    const ss = sheet.getParent();
    const values = [
      formatTimestamp(at, ss.getSpreadsheetTimeZone(), locale),
      ...headers.slice(1).map(() => ''),
    ];
    const range = sheet.getRange(sheet.getLastRow() + 1, 1, 1, headers.length);
    return { namedValues: named(headers, values), range, values };
  });
}

/** A fresh copy for each handler, so one handler's changes do not leak into the next delivery. */
export function copyEvent(event: SheetSubmitEvent): SheetSubmitEvent {
  const namedValues = Object.fromEntries(Object.entries(event.namedValues).map(([k, v]) => [k, [...v]]));
  return { ...event, namedValues, values: [...event.values] };
}

function named(headers: string[], values: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  headers.forEach((header, i) => (out[header] = [values[i] ?? '']));
  return out;
}

/** How the linked sheet shows a timestamp: `6/7/2015 20:54:13` (§5.3 [DOC] example) or `07.06.2015 20:54:13`. */
export function formatTimestamp(at: Date, timeZone: string, locale: ResponsesLocale): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const time = `${Number(get('hour'))}:${get('minute')}:${get('second')}`;
  if (locale === 'ru')
    return `${get('day').padStart(2, '0')}.${get('month').padStart(2, '0')}.${get('year')} ${time}`;
  return `${get('month')}/${get('day')}/${get('year')} ${time}`;
}
