/** The shape of the registry's sheets, apart from their data: what setup creates and repairs. */
import type { TableSpec } from '../domain/registry/table-spec';

/** What ensuring one table did. */
export interface LayoutResult {
  /** Whether the sheet did not exist and was created. */
  readonly created: boolean;
  /** What changed, in Russian, one line each; empty when the sheet already matched. */
  readonly changes: string[];
}

/** Builds and repairs sheets from their specs without touching data rows. */
export interface WorkbookLayout {
  /**
   * Creates the table's sheet or brings it to the spec: header texts (renaming former headers), missing columns
   * added at the right, notes, dropdowns, formats, frozen and protected header, metadata, widths.
   */
  ensure(spec: TableSpec): LayoutResult;
  /** Removes the empty sheet a new spreadsheet comes with («Лист1»), never a sheet with anything in it. */
  removeBlankDefaultSheet(): string[];
}
