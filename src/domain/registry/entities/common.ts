import { isIsoDate } from '../dates';
import * as z from './zod';

/** A calendar date 'YYYY-MM-DD': dates cross the sidebar wire as strings, never as `Date`. */
export const IsoDateSchema = z.string().refine(isIsoDate, { message: 'ожидается дата в виде ГГГГ-ММ-ДД' });

/** A moment 'YYYY-MM-DDTHH:mm' in the spreadsheet's time zone. */
export const IsoDateTimeSchema = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(s) && isIsoDate(s.slice(0, 10)), {
    message: 'ожидаются дата и время в виде ГГГГ-ММ-ДДTЧЧ:ММ',
  });

/** A row ID of the table with this prefix, e.g. `idOf('НК')` accepts «НК-0007». */
export function idOf(prefix: string) {
  return z.string().regex(new RegExp(`^${prefix}-\\d{4,}$`), { message: `ожидается ID вида ${prefix}-0001` });
}

/** Free text a person typed; kept exactly, never evaluated. */
export const TextSchema = z.string();

/** A value of a closed list. */
export function oneOf<T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values);
}
