/**
 * Row IDs: a table's prefix and a number, «НК-0007». An ID is never reused, even after its row is deleted: the
 * sheet layer persists the last number issued per prefix and passes it to `nextIds`.
 */

/** A parsed ID. */
export interface ParsedId {
  readonly prefix: string;
  readonly number: number;
}

// People type IDs with Latin look-alikes (H, K, P...) or in lower case; read them as the Cyrillic letters.
const LATIN_LOOKALIKES: Record<string, string> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
};

/** «НК-0007» for prefix «НК» and number 7. */
export function formatId(prefix: string, number: number): string {
  return `${prefix}-${String(number).padStart(4, '0')}`;
}

/** Reads «НК-0007», «нк-7», «HK-0007» (Latin) or «НК 7»; `null` if it is not an ID. */
export function parseId(text: string): ParsedId | null {
  const normal = text
    .trim()
    .toUpperCase()
    .replace(/[A-Z]/g, (ch) => LATIN_LOOKALIKES[ch] ?? ch)
    .replace(/[‐-―−]/g, '-');
  const m = /^([А-ЯЁ]{2,3})\s*[-\s]\s*(\d{1,6})$/.exec(normal);
  if (!m) return null;
  const number = Number(m[2]);
  return number > 0 ? { prefix: m[1], number } : null;
}

/** The canonical spelling of an ID typed by hand, or `null` if it is not an ID. */
export function normaliseId(text: string): string | null {
  const parsed = parseId(text);
  return parsed ? formatId(parsed.prefix, parsed.number) : null;
}

/**
 * The next `count` IDs of a prefix: after both the highest ID present and the last one ever issued, so a
 * deleted row's ID is never given again. Returns the new `lastIssued` for the sheet layer to persist.
 */
export function nextIds(
  prefix: string,
  existingIds: Iterable<string>,
  lastIssued: number,
  count: number,
): { ids: string[]; lastIssued: number } {
  let highest = Math.max(0, Math.floor(lastIssued) || 0);
  for (const id of existingIds) {
    const parsed = parseId(id);
    if (parsed && parsed.prefix === prefix) highest = Math.max(highest, parsed.number);
  }
  const ids: string[] = [];
  for (let i = 1; i <= count; i += 1) ids.push(formatId(prefix, highest + i));
  return { ids, lastIssued: highest + Math.max(0, count) };
}

/** IDs for rows typed by hand without one, in row order: what «проверка» writes back into the ID column. */
export function idsForRowsWithoutId(
  prefix: string,
  existingIds: Iterable<string>,
  rowsWithoutId: readonly number[],
  lastIssued: number,
): { assignments: Array<{ rowNumber: number; id: string }>; lastIssued: number } {
  const next = nextIds(prefix, existingIds, lastIssued, rowsWithoutId.length);
  const rows = [...rowsWithoutId].sort((a, b) => a - b);
  return {
    assignments: rows.map((rowNumber, i) => ({ rowNumber, id: next.ids[i] })),
    lastIssued: next.lastIssued,
  };
}
