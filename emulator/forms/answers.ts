import { INVALID_ANSWER } from './errors';
import { LAYOUT, TEXT_LIKE, type AnswerValue, type ItemModel } from './model';

/**
 * Checks a value given to `Item.createResponse` and turns it into the stored answer (§5.2 [DOC]): a choice must
 * be one of the item's choices unless "other" is on; a scale value must lie within the bounds; a grid takes one
 * value per row, null only on a non-required item.
 */
export function validateAnswer(item: ItemModel, raw: unknown, timeZone: string): AnswerValue {
  const bad = (): Error =>
    new Error(INVALID_ANSWER(item.title, raw instanceof Date ? raw.toISOString() : raw));
  const isChoice = (v: unknown): v is string =>
    typeof v === 'string' && ((item.choices ?? []).includes(v) || (item.hasOther === true && v !== ''));
  switch (item.type) {
    case 'MULTIPLE_CHOICE':
    case 'LIST':
      if (!isChoice(raw)) throw bad();
      return raw;
    case 'CHECKBOX':
      if (!Array.isArray(raw) || !raw.every(isChoice)) throw bad();
      return [...raw];
    case 'SCALE': {
      const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < (item.lower ?? 1) || n > (item.upper ?? 5))
        throw bad();
      return String(n);
    }
    case 'GRID':
    case 'CHECKBOX_GRID': {
      const rows = item.rows ?? [];
      if (!Array.isArray(raw) || raw.length !== rows.length) throw bad();
      const cols = item.columns ?? [];
      const inCols = (v: unknown) => typeof v === 'string' && cols.includes(v);
      return raw.map((cell: unknown) => {
        if (cell === null || cell === undefined) {
          if (item.required) throw bad();
          return null;
        }
        if (item.type === 'GRID') {
          if (!inCols(cell)) throw bad();
          return cell as string;
        }
        if (!Array.isArray(cell) || !cell.every(inCols)) throw bad();
        return [...(cell as string[])];
      }) as AnswerValue;
    }
    case 'TEXT':
    case 'PARAGRAPH_TEXT':
      if (typeof raw !== 'string') throw bad();
      return raw;
    case 'DATE':
    case 'DATETIME': {
      if (!(raw instanceof Date) || Number.isNaN(raw.getTime())) throw bad();
      const day = isoDate(raw, timeZone);
      const date = item.includesYear === false ? day.slice(5) : day;
      return item.type === 'DATE' ? date : `${date} ${hhmm(raw, timeZone)}`;
    }
    case 'TIME': {
      // [DOC] time-item#createResponse(Integer,Integer): out-of-range values run on like a clock.
      const [hour, minute] = raw as number[];
      if (!Array.isArray(raw) || !Number.isInteger(hour) || !Number.isInteger(minute)) throw bad();
      const total = (((hour * 60 + minute) % 1440) + 1440) % 1440;
      return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
    }
    case 'DURATION': {
      // [DOC] duration-item#createResponse: hours 0..72, minutes and seconds 0..59, clamped beyond.
      const [h, m, s] = raw as number[];
      if (!Array.isArray(raw) || ![h, m, s].every(Number.isInteger)) throw bad();
      const clamp = (v: number, max: number) => Math.min(Math.max(v, 0), max);
      return `${pad(clamp(h, 72))}:${pad(clamp(m, 59))}:${pad(clamp(s, 59))}`;
    }
    default:
      throw bad();
  }
}

/**
 * Reads what a person typed into the form (`ws.forms.submitAsRespondent`): like createResponse, but also takes a
 * single checkbox as a string, a scale as a number or text, and a date as `YYYY-MM-DD`.
 */
export function respondentAnswer(item: ItemModel, raw: unknown, timeZone: string): AnswerValue {
  if (item.type === 'CHECKBOX' && typeof raw === 'string') return validateAnswer(item, [raw], timeZone);
  if (typeof raw === 'string' && RESPONDENT_FORMATS[item.type]) {
    const format = RESPONDENT_FORMATS[item.type] as RegExp;
    const year = item.includesYear === false ? '' : '\\d{4}-';
    const pattern = new RegExp(format.source.replace('YEAR', year));
    if (!pattern.test(raw)) throw new Error(INVALID_ANSWER(item.title, raw));
    return raw;
  }
  return validateAnswer(item, raw, timeZone);
}

/** What a respondent types for date and time items, as the answer reads back (YEAR: `YYYY-` unless it is off). */
const RESPONDENT_FORMATS: Partial<Record<ItemModel['type'], RegExp>> = {
  DATE: /^YEAR\d{2}-\d{2}$/,
  DATETIME: /^YEAR\d{2}-\d{2} \d{2}:\d{2}$/,
  TIME: /^\d{2}:\d{2}$/,
  DURATION: /^\d{2}:\d{2}:\d{2}$/,
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `HH:MM` of a moment in a time zone (seconds are ignored, [DOC] date-time-item#createResponse(Date)). */
function hhmm(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('hour')}:${get('minute')}`;
}

/** `YYYY-MM-DD` of a moment in a time zone: how a DateItem answer reads back (ItemResponse.getResponse [DOC]). */
export function isoDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/** The answer an unanswered item shows in getItemResponses: '' for text-like items, none otherwise (§5.2 [DOC]). */
export function emptyAnswer(item: ItemModel): AnswerValue | null {
  return TEXT_LIKE.includes(item.type) ? '' : null;
}

/** The destination-sheet headers an item takes: its title, or `Title [Row]` per grid row. */
export function sheetHeaders(item: ItemModel): string[] {
  if (LAYOUT.includes(item.type)) return [];
  if (item.type === 'GRID' || item.type === 'CHECKBOX_GRID') {
    return (item.rows ?? []).map((row) => `${item.title} [${row}]`);
  }
  return [item.title];
}

/**
 * The cells an answer fills in the destination sheet, as the real sheet holds them: checkboxes joined with ', ',
 * a scale as a number. Text that would read as a formula gets a quote prefix so it stays text.
 */
export function sheetCells(item: ItemModel, value: AnswerValue | undefined): unknown[] {
  const width = sheetHeaders(item).length;
  if (value === undefined) return new Array<string>(width).fill('');
  if (item.type === 'SCALE') return [Number(value)];
  if (item.type === 'CHECKBOX') return [asText((value as string[]).join(', '))];
  if (item.type === 'GRID') return (value as Array<string | null>).map((v) => asText(v ?? ''));
  if (item.type === 'CHECKBOX_GRID') {
    return (value as Array<string[] | null>).map((v) => asText((v ?? []).join(', ')));
  }
  return [asText(value as string)];
}

function asText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** The `entry.<itemId>=value` pairs of a pre-filled link; a checkbox repeats its entry per choice. */
export function prefillPairs(item: ItemModel, value: AnswerValue): Array<[string, string]> {
  const key = `entry.${item.id}`;
  if (item.type === 'CHECKBOX') return (value as string[]).map((v) => [key, v]);
  // [UNVERIFIED] Live grids use one entry id per row; the emulator numbers rows after the item id.
  if (item.type === 'GRID') {
    return (value as Array<string | null>).flatMap((v, i) =>
      v === null ? [] : [[`${key}.${i}`, v] as [string, string]],
    );
  }
  if (item.type === 'CHECKBOX_GRID') {
    return (value as Array<string[] | null>).flatMap((v, i) =>
      (v ?? []).map((c) => [`${key}.${i}`, c] as [string, string]),
    );
  }
  return [[key, value as string]];
}

/** URL-encodes a query value as forms links do: spaces as '+' (§5.2 [FIELD]). */
export function formEncode(text: string): string {
  return encodeURIComponent(text).replace(/%20/g, '+');
}
