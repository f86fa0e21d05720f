import { INVALID_ANSWER } from './errors';
import { LAYOUT, type AnswerValue, type ItemModel } from './model';

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
      if (raw instanceof Date && !Number.isNaN(raw.getTime())) return isoDate(raw, timeZone);
      throw bad();
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
  if (item.type === 'DATE' && typeof raw === 'string') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) throw new Error(INVALID_ANSWER(item.title, raw));
    return raw;
  }
  return validateAnswer(item, raw, timeZone);
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
  return item.type === 'TEXT' || item.type === 'PARAGRAPH_TEXT' || item.type === 'DATE' ? '' : null;
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
