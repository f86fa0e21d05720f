/**
 * Protection of registry sheets. Warning-only on purpose: a strict protection would name the person who ran
 * setup as its only editor, so co-curators could no longer fix a header or run setup themselves, and the add-on
 * does not need it: columns are found by metadata, so an edited header breaks nothing. The warning stops the
 * accidental edit, which is the real risk.
 */
import type { TableSpec } from '../../domain/registry/table-spec';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Description of the add-on's protection of a header row. */
export const HEADER_PROTECTION = 'Наставник: строка заголовков';
/** Description of the add-on's protection of a whole system sheet. */
export const SHEET_PROTECTION = 'Наставник: служебный лист, изменяется дополнением';
/** Tables the add-on alone writes: the whole sheet is protected, not just the header. */
const SYSTEM_TABLES = new Set(['journal']);

/**
 * Protects the header row (or the whole sheet of a system table) once; answers whether it added a protection.
 * `created`: the sheet was just made, so it has no protection to look for.
 */
export function ensureProtection(sheet: Sheet, spec: TableSpec, created = false): boolean {
  if (SYSTEM_TABLES.has(spec.key)) return protectSheet(sheet, created);
  const existing =
    !created &&
    sheet
      .getProtections(SpreadsheetApp.ProtectionType.RANGE)
      .some((p) => p.getDescription() === HEADER_PROTECTION);
  if (existing) return false;
  sheet.getRange('1:1').protect().setDescription(HEADER_PROTECTION).setWarningOnly(true);
  return true;
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
