/** The shape of the registry's sheets, apart from their data: what setup creates and repairs. */
import type { TableSpec } from '../domain/registry/table-spec';

/**
 * What a setup recorded of its layout before its first write, for the execution that completes it if it is
 * stopped. By then what it made looks like the curator's, and some of it cannot be read back (a column's width,
 * a header's wrap reads the same set or not), so the recorded sheets and columns are given it again.
 */
export interface LayoutRecord {
  /** Keys of the tables whose sheets it creates: laid out whole, however far it got. */
  readonly created: readonly string[];
  /** On sheets that exist: the columns it sizes (added, or tagged by their header), by table key. */
  readonly widths: Readonly<Record<string, readonly string[]>>;
  /** On sheets that exist: the columns whose header look it sets, by table key. */
  readonly looks: Readonly<Record<string, readonly string[]>>;
  /** Keys of the tables whose protection it adds: a protection it left half-made is finished, not doubled. */
  readonly protect: readonly string[];
}

/** The repairs one setup makes to the registry's sheets, worked out by reading only. */
export interface LayoutPlan {
  /** What will change, in Russian, one line each; empty when the sheets already match. */
  readonly changes: readonly string[];
  /** Whether `apply` writes anything (silent repairs too: a dropdown, a format, the frozen row). */
  readonly writes: boolean;
  /** What to record before `apply`, so that a stopped setup can be completed. */
  readonly record: LayoutRecord;
  /**
   * Makes the repairs; each checks what was read, so making them again after a stop finishes the work.
   * `stopped`: the record of the stopped setup this completes (its sheets count as created by this run).
   */
  apply(stopped?: LayoutRecord): void;
}

/** Builds and repairs sheets from their specs without touching data rows. */
export interface WorkbookLayout {
  /**
   * Reads each table's sheet and plans bringing it to the spec: creating it, header texts (renaming former
   * headers), missing columns added at the right, notes, dropdowns, formats, frozen and protected header,
   * metadata, widths; and removing the empty sheet a new spreadsheet comes with («Лист1»). Writes nothing.
   */
  plan(specs: readonly TableSpec[]): LayoutPlan;
}
