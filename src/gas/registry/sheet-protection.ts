/**
 * Protection of registry sheets. Warning-only on purpose: a strict protection would name the person who ran
 * setup as its only editor, so co-curators could no longer fix a header or run setup themselves, and the add-on
 * does not need it: columns are found by metadata, so an edited header breaks nothing. The warning stops the
 * accidental edit, which is the real risk.
 *
 * Adding one takes three calls (`protect`, `setDescription`, `setWarningOnly`); an execution stopped between them
 * leaves an unnamed strict protection, or the add-on's own not yet warning-only. Completing that setup adopts
 * the one it left (`adopt`) instead of adding a second, so the sheet ends as after an uninterrupted run.
 */
import type { TableSpec } from '../../domain/registry/table-spec';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

/** Description of the add-on's protection of a header row. */
export const HEADER_PROTECTION = 'Наставник: строка заголовков';
/** Description of the add-on's protection of a whole system sheet. */
export const SHEET_PROTECTION = 'Наставник: служебный лист, изменяется дополнением';
/** Tables the add-on alone writes: the whole sheet is protected, not just the header. */
const SYSTEM_TABLES = new Set(['journal']);

/** A sheet's protections of the kind the add-on puts on a table, as read before any write. */
export interface FoundProtections {
  /** The add-on's own (by its description), or null. */
  readonly ours: Protection | null;
  /** Unnamed ones: what `protect()` leaves before its description is set. */
  readonly unnamed: readonly Protection[];
}

/** Reads the protections of the table's kind (header row, or whole sheet of a system table). */
export function readProtections(sheet: Sheet, spec: TableSpec): FoundProtections {
  const system = SYSTEM_TABLES.has(spec.key);
  const type = system ? SpreadsheetApp.ProtectionType.SHEET : SpreadsheetApp.ProtectionType.RANGE;
  const description = system ? SHEET_PROTECTION : HEADER_PROTECTION;
  let ours: Protection | null = null;
  const unnamed: Protection[] = [];
  for (const p of sheet.getProtections(type)) {
    const text = p.getDescription();
    if (text === description) ours ??= p;
    else if (text === '') unnamed.push(p);
  }
  return { ours, unnamed };
}

/**
 * Protects the header row (or the whole sheet of a system table) when the add-on's protection is missing.
 * `found`: the protections read before (none for a sheet just made). `adopt`: this completes a setup that was
 * stopped while protecting this sheet, so an unnamed protection of the same shape is the one it began, and the
 * add-on's own is made warning-only again.
 */
export function makeProtection(
  sheet: Sheet,
  spec: TableSpec,
  found: FoundProtections | null,
  adopt = false,
): void {
  const system = SYSTEM_TABLES.has(spec.key);
  const description = system ? SHEET_PROTECTION : HEADER_PROTECTION;
  if (found?.ours) {
    if (adopt && !found.ours.isWarningOnly()) found.ours.setWarningOnly(true);
    return;
  }
  const left = adopt
    ? found?.unnamed.find((p) => system || p.getRange().getA1Notation() === '1:1')
    : undefined;
  const protection = left ?? (system ? sheet.protect() : sheet.getRange('1:1').protect());
  protection.setDescription(description).setWarningOnly(true);
}

/** Protects a whole sheet the add-on owns (warning-only); answers whether it added the protection. */
export function protectSheet(sheet: Sheet, created = false): boolean {
  const existing =
    !created &&
    sheet
      .getProtections(SpreadsheetApp.ProtectionType.SHEET)
      .some((p) => p.getDescription() === SHEET_PROTECTION);
  if (existing) return false;
  sheet.protect().setDescription(SHEET_PROTECTION).setWarningOnly(true);
  return true;
}
