/**
 * The latency table that turns counted calls into the time Apps Script would take (issue 15, README «Benchmark»).
 * Conservative on purpose: Google's «Best practices» page measures per-cell writes of a 100×100 range at about
 * 70 s against about 1 s batched, so a call costs far more than the cells it moves.
 */

export const LATENCY = {
  /** A call reading a range's cells (values, display values, formulas, notes, formats). */
  readMs: 100,
  readPerThousandCellsMs: 1,
  /** A call writing to the spreadsheet (values, formats, rules, widths, rows, metadata, protection). */
  writeMs: 150,
  writePerThousandCellsMs: 2,
  /** Any other service call (getRange, getSheetByName, properties, Docs, Drive, locks, UI). */
  otherMs: 30,
  /** The add-on's own JavaScript counts twice: Apps Script's V8 is slower than node on a laptop. */
  cpuFactor: 2,
} as const;

/** What one execution did, as the table needs it. */
export interface CallCost {
  methods: Record<string, number>;
  cellsRead: number;
  cellsWritten: number;
  cpuMs: number;
}

/** Range and Sheet methods that read cells. */
const READ =
  /^(Range\.get(Values|Value|DisplayValues|DisplayValue|Formulas|Formula|Notes|Note|Backgrounds|Background|NumberFormats|NumberFormat|DataValidations|DataValidation|FontWeights|FontWeight|FontColors|FontColor|FontSizes|FontSize|FontFamilies|FontFamily|FontStyles|FontStyle|HorizontalAlignments|HorizontalAlignment|VerticalAlignments|VerticalAlignment|Wraps|Wrap|RichTextValues|RichTextValue)|Range\.isBlank|Range\.isChecked|Sheet\.getSheetValues)$/;

/** Methods of the spreadsheet's classes that change it. */
const WRITE =
  /^(Range|RangeList|Sheet|Spreadsheet|Protection|DeveloperMetadata|NamedRange)\.(set|insert|add|delete|remove|clear|append|copy|move|hide|show|protect|merge|break|sort|autoResize|uncheck|check|trim|activate|create|update|rename)/;

/** Whether a counted method is a read, a write or any other call. */
export function kindOf(method: string): 'read' | 'write' | 'other' {
  if (READ.test(method)) return 'read';
  if (WRITE.test(method) && method !== 'Spreadsheet.toast') return 'write';
  return 'other';
}

/** Reads, writes and other calls among the counted methods. */
export function callKinds(methods: Record<string, number>): Record<'read' | 'write' | 'other', number> {
  const kinds = { read: 0, write: 0, other: 0 };
  for (const [method, n] of Object.entries(methods)) kinds[kindOf(method)] += n;
  return kinds;
}

/** Modelled milliseconds of one execution. */
export function modelledMs(cost: CallCost): number {
  const kinds = callKinds(cost.methods);
  return (
    kinds.read * LATENCY.readMs +
    (cost.cellsRead / 1000) * LATENCY.readPerThousandCellsMs +
    kinds.write * LATENCY.writeMs +
    (cost.cellsWritten / 1000) * LATENCY.writePerThousandCellsMs +
    kinds.other * LATENCY.otherMs +
    LATENCY.cpuFactor * cost.cpuMs
  );
}
