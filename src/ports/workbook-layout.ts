/** The shape of the registry's sheets, apart from their data: what setup creates and repairs. */
import type { TableSpec } from '../domain/registry/table-spec';

/** Builds and repairs sheets from their specs without touching data rows. */
export interface WorkbookLayout {
  /**
   * Creates the table's sheet or brings it to the spec: header texts (renaming former headers), missing columns
   * added at the right, notes, dropdowns, formats, frozen and protected header, metadata, widths.
   * Answers what it changed, in Russian, one line each; nothing when the sheet already matched.
   */
  ensure(spec: TableSpec): string[];
}
