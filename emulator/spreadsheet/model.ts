/**
 * The spreadsheet state as plain, serialisable data. Facades (FakeSpreadsheet, FakeSheet, FakeRange...) hold
 * only ids and coordinates and read or change these objects on each call.
 */

/** A typed cell value: dates are serial numbers (days since 1899-12-30) plus a date number format (§1.1). */
export type CellValue = number | string | boolean;

/** One cell. Absent fields mean "default"; an empty cell with no formatting is `null` in its row. */
export interface CellModel {
  /** The value; absent = empty (reads back as ''). */
  v?: CellValue;
  /** The formula, as written (starts with '='). */
  f?: string;
  /** A rich-text link over the whole text (Range.setRichTextValue). */
  link?: string;
  /** Number format pattern; absent = the default ('0.###############'). */
  nf?: string;
  note?: string;
  bg?: string;
  fontWeight?: string;
  fontColor?: string;
  wrap?: boolean;
  hAlign?: string;
  vAlign?: string;
  fontSize?: number;
  fontStyle?: string;
  fontFamily?: string;
  /** The last setBorder call's arguments as they apply to this cell (not resolved to edges). */
  border?: BorderModel;
}

/** `Range.setBorder(top, left, bottom, right, vertical, horizontal[, color, style])`; null = unchanged. */
export interface BorderModel {
  top: boolean | null;
  left: boolean | null;
  bottom: boolean | null;
  right: boolean | null;
  vertical: boolean | null;
  horizontal: boolean | null;
  color: string | null;
  style: string | null;
}

/** A rectangle on one sheet, 1-based. `wholeRows`/`wholeColumns` mark `3:3` / `A:A` style ranges. */
export interface RangeModel {
  sheetId: number;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  /** Spans every column (A1 like '3:5'); numColumns follows the sheet's width. */
  wholeRows?: boolean;
  /** Spans every row (A1 like 'A:C'); numRows follows the sheet's height. */
  wholeColumns?: boolean;
}

/** A data validation criterion argument: primitives as is, Dates and Ranges tagged. */
export type CriteriaArg =
  | string
  | number
  | boolean
  | null
  | string[]
  | { date: string }
  | { range: RangeModel; spreadsheetId: string };

/** A data-validation rule (§1.5): criteria name as in DataValidationCriteria, its arguments and options. */
export interface ValidationModel {
  criteria: string;
  args: CriteriaArg[];
  allowInvalid: boolean;
  helpText: string | null;
}

/**
 * A data-validation rule over a rectangle of one sheet, 1-based. A sheet's rectangles never overlap (see
 * validation-ranges.ts): a cell's rule is the one of the rectangle holding it.
 */
export interface ValidationRangeModel {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  rule: ValidationModel;
}

/** One block of merged cells (§1.13), 1-based; the top-left cell holds the value. */
export interface MergeModel {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A range or sheet protection (§1.6). */
export interface ProtectionModel {
  id: number;
  type: 'RANGE' | 'SHEET';
  sheetId: number;
  /** Absent for sheet protections. */
  range?: RangeModel;
  description: string;
  warningOnly: boolean;
  /** Editors the script listed (emails); a new protection lists none (§1.6 live oddity). */
  editors: string[];
  /** Whether the script changed the editors yet: until then permissions mirror the spreadsheet's (§1.6). */
  restricted: boolean;
  domainEdit: boolean;
  unprotected: RangeModel[];
}

/** A named range (§1.4). */
export interface NamedRangeModel {
  name: string;
  range: RangeModel;
}

/** Where developer metadata sits (§1.9); row/column spans are 1-based and move with structural edits. */
export type MetadataLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheetId: number }
  | { type: 'ROW' | 'COLUMN'; sheetId: number; start: number; count: number };

/** One developer-metadata entry (§1.9); `id` is unique within the spreadsheet. */
export interface MetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: MetadataLocation;
}

/** A conditional-format rule (§1.7): ranges, condition and format. */
export interface ConditionalRuleModel {
  ranges: RangeModel[];
  /** BooleanCriteria name, e.g. 'TEXT_EQUAL_TO', 'CUSTOM_FORMULA'. */
  criteria: string | null;
  args: CriteriaArg[];
  format: {
    background?: string | null;
    fontColor?: string | null;
    bold?: boolean | null;
    italic?: boolean | null;
  };
}

/** An embedded chart (§1.8); `chartId` 0 until inserted. */
export interface ChartModel {
  chartId: number;
  type: string;
  ranges: RangeModel[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

/** One sheet: size, view settings, cells and what is anchored to it. */
export interface SheetModel {
  sheetId: number;
  name: string;
  hidden: boolean;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  /** Row-major cells; a row may be shorter than maxColumns and rows may stop before maxRows. */
  rows: Array<Array<CellModel | null>>;
  /** Column widths in pixels, by 1-based column (as strings in JSON); absent = default 100. */
  columnWidths: Record<string, number>;
  /** Row heights in pixels, by 1-based row; absent = default 21. */
  rowHeights: Record<string, number>;
  /** Columns and rows the script hid, by 1-based position. */
  hiddenColumns: Record<string, true>;
  hiddenRows: Record<string, true>;
  tabColor: string | null;
  /** Data validation (§1.5) as rules over rectangles that never overlap, not per cell. */
  validations: ValidationRangeModel[];
  /** Merged cells (§1.13): rectangles of at least two cells, 1-based, never overlapping. */
  merges: MergeModel[];
  conditionalRules: ConditionalRuleModel[];
  charts: ChartModel[];
  /** The form whose responses this sheet receives (Sheet.getFormUrl); set by the forms module. */
  formUrl?: string;
}

/** One spreadsheet file with its sheets and spreadsheet-wide objects. */
export interface SpreadsheetModel {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  owner: string;
  sheets: SheetModel[];
  activeSheetId: number;
  /** The user's selection (on the active sheet); absent = A1 of the active sheet. */
  activeRange?: RangeModel;
  namedRanges: NamedRangeModel[];
  protections: ProtectionModel[];
  metadata: MetadataModel[];
  /** Source of sheet ids, metadata ids, protection ids and chart ids. */
  nextId: number;
}

/** The default number format of a cell (§1.2: 'getNumberFormat() can return 0.###############'). */
export const DEFAULT_NUMBER_FORMAT = '0.###############';
/** A new sheet's size and default column width and row height, in cells and pixels. */
export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;
