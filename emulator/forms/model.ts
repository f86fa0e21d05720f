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
  | 'DATE';

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
  /** DATE. */
  includesYear?: boolean;
}

/**
 * An answer as the form stores it: text for text, choice, list, scale and date items (date as YYYY-MM-DD), a list
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

/** A reproducible id-looking string of `length` characters from a sequence number. */
export function fakeId(prefix: string, n: number, length: number): string {
  let x = (n * 2654435761) % 4294967296;
  let out = prefix;
  while (out.length < length) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += ALPHABET[x % ALPHABET.length];
  }
  return out;
}

/** A reproducible item id: a 9- or 10-digit integer, as live item ids look. */
export function fakeItemId(n: number): number {
  return 100000000 + ((n * 48271) % 1900000000);
}

/** Item types whose answer is text the respondent types: unanswered, they still appear with '' (§5.2). */
export const TEXT_LIKE: readonly ItemTypeName[] = ['TEXT', 'PARAGRAPH_TEXT', 'DATE'];

/** Item types that are layout, not questions: no answer, no sheet column. */
export const LAYOUT: readonly ItemTypeName[] = ['SECTION_HEADER', 'PAGE_BREAK'];
