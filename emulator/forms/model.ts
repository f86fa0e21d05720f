/** The item types the emulator knows, as `FormApp.ItemType` names them. */
export type ItemTypeName =
  | 'MULTIPLE_CHOICE'
  | 'CHECKBOX'
  | 'LIST'
  | 'SCALE'
  | 'GRID'
  | 'CHECKBOX_GRID'
  | 'TEXT'
  | 'PARAGRAPH_TEXT'
  | 'SECTION_HEADER'
  | 'PAGE_BREAK'
  | 'DATE'
  | 'DATETIME'
  | 'TIME'
  | 'DURATION';

/** `FormApp.PageNavigationType`: where a page break sends the respondent next (§5.4). */
export type PageNavigationName = 'CONTINUE' | 'GO_TO_PAGE' | 'RESTART' | 'SUBMIT';

/** One form item as plain data; fields beyond the common ones are present only for the types that have them. */
export interface ItemModel {
  id: number;
  type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  /** MULTIPLE_CHOICE, CHECKBOX, LIST. */
  choices?: string[];
  /** MULTIPLE_CHOICE, CHECKBOX: whether "Other" is offered. */
  hasOther?: boolean;
  /** SCALE. */
  lower?: number;
  upper?: number;
  leftLabel?: string;
  rightLabel?: string;
  /** GRID, CHECKBOX_GRID. */
  rows?: string[];
  columns?: string[];
  /** DATE, DATETIME. */
  includesYear?: boolean;
  /** PAGE_BREAK: what happens after the page before this break (§5.4); GO_TO_PAGE goes to `goToPageId`. */
  navigation?: PageNavigationName;
  goToPageId?: number | null;
}

/**
 * An answer as the form stores it: text for text, choice, list, scale and date-time items (date `YYYY-MM-DD`,
 * date-time `YYYY-MM-DD HH:MM`, time `HH:MM`, duration `HH:MM:SS`; without a year `MM-DD`, §5.4), a list
 * for checkboxes, one column (or null) per row for a grid, a list of columns (or null) per row for a checkbox grid.
 */
export type AnswerValue = string | string[] | Array<string | null> | Array<string[] | null>;

/** One answer of a response. */
export interface AnswerModel {
  itemId: number;
  value: AnswerValue;
}

/** A response: unsubmitted ones live only in their FormResponse; submitted ones are stored with the form. */
export interface ResponseModel {
  id: string | null;
  /** When it was submitted, as an ISO string; null until then. */
  timestamp: string | null;
  email: string;
  answers: AnswerModel[];
}

/** Where responses go besides the form's own store. */
export interface DestinationModel {
  type: 'SPREADSHEET';
  id: string;
  sheetName: string;
  /** The UI language the sheet's name and fixed headers were written in. */
  locale: 'en' | 'ru';
}

/** One form as plain data. */
export interface FormModel {
  id: string;
  publishedId: string;
  /** The Drive file name; `create(title)` sets this and leaves the title empty (§5.1 live oddity). */
  fileName: string;
  title: string;
  description: string;
  confirmationMessage: string;
  collectEmail: boolean;
  limitOneResponsePerUser: boolean;
  allowResponseEdits: boolean;
  published: boolean;
  acceptingResponses: boolean;
  items: ItemModel[];
  responses: ResponseModel[];
  destination: DestinationModel | null;
}

/** The whole FormApp state: what snapshot() returns. */
export interface FormsState {
  forms: FormModel[];
  /** Source of every generated id, so runs are reproducible. */
  seq: number;
  /** `forms.gle` links made by Form.shortenFormUrl: short URL → the long one. */
  shortLinks: Record<string, string>;
}

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-';

/**
 * A reproducible id-looking string of `length` characters from a sequence number, distinct for every n: its last
 * characters spell n in base 64, and the filler before them is mixed in 32-bit integers (`Math.imul`, `>>> 0`),
 * which never lose precision (a float product past 2^53 did, and ids filled with zeros and collided).
 */
export function fakeId(prefix: string, n: number, length: number): string {
  let tail = '';
  let rest = n;
  do {
    tail = ALPHABET[rest % 64] + tail;
    rest = Math.floor(rest / 64);
  } while (rest > 0);
  let x = (Math.imul(n + 1, 0x9e3779b1) ^ 0x2545f491) >>> 0;
  let out = prefix;
  while (out.length < length - tail.length) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out += ALPHABET[x & 63];
  }
  return out + tail;
}

/** A reproducible item id: a 9- or 10-digit integer, as live item ids look. */
export function fakeItemId(n: number): number {
  return 100000000 + ((n * 48271) % 1900000000);
}

/**
 * Item types that still appear, with '', in getItemResponses when unanswered ([DOC] form-response#getItemResponses():
 * TextItem, DateItem, TimeItem, ParagraphTextItem; §5.2, §5.4).
 */
export const TEXT_LIKE: readonly ItemTypeName[] = ['TEXT', 'PARAGRAPH_TEXT', 'DATE', 'TIME'];

/** Item types that are layout, not questions: no answer, no sheet column. */
export const LAYOUT: readonly ItemTypeName[] = ['SECTION_HEADER', 'PAGE_BREAK'];
