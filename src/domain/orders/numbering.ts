/**
 * Order numbers: the next number by the format in «Настройки» (a prefix such as «НС-», the next number, numbering
 * from 1 every calendar year if set). The use case takes it under the document lock together with the row it
 * writes, so two people clicking at once get two numbers in a row, never the same one and never a gap.
 */

/** The numbering settings a curator fills in. */
export interface OrderNumbering {
  /** Put before the number («НС-» gives «НС-12»); empty for plain numbers. */
  readonly prefix?: string;
  /** The number the next order takes, as the curator set it or the add-on moved it on. */
  readonly nextNumber?: number;
  /** Numbering starts from 1 in every calendar year. */
  readonly yearlyReset?: boolean;
}

/** An order already in the journal: its number as written and its date 'YYYY-MM-DD'. */
export interface NumberedOrder {
  readonly number: string;
  readonly date: string;
}

/** The next order's number and the value «следующий номер» takes after it. */
export interface NextNumber {
  readonly number: string;
  readonly following: number;
}

/**
 * The number for an order dated `date`: the settings' next number, but always past every number the journal
 * already holds with the same prefix (in the same year when numbering restarts yearly), so a hand-typed order or
 * a setting moved back never makes a repeat.
 */
export function nextOrderNumber(
  numbering: OrderNumbering,
  journal: readonly NumberedOrder[],
  date: string,
): NextNumber {
  const prefix = (numbering.prefix ?? '').trim();
  const year = date.slice(0, 4);
  const taken = journal
    .filter((order) => !numbering.yearlyReset || order.date.slice(0, 4) === year)
    .map((order) => numberAfter(prefix, order.number))
    .filter((n): n is number => n !== null);
  const pastTaken = taken.length > 0 ? Math.max(...taken) + 1 : 1;
  const fromSettings = numbering.yearlyReset && taken.length === 0 ? 1 : (numbering.nextNumber ?? 1);
  const next = Math.max(pastTaken, fromSettings, 1);
  return { number: `${prefix}${next}`, following: next + 1 };
}

/** The number in «НС-12» after the prefix «НС-» (12), or null for a number of another form. */
function numberAfter(prefix: string, number: string): number | null {
  const text = number.trim();
  if (!text.startsWith(prefix)) return null;
  const digits = /^(\d{1,6})(?:\D.*)?$/.exec(text.slice(prefix.length));
  return digits ? Number(digits[1]) : null;
}
