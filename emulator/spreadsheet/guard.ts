import type { ProtectionModel, RangeModel, SheetModel, SpreadsheetModel } from './model';

/**
 * [UNVERIFIED here; the text widely reported from live scripts] What a script gets when its user may not edit
 * a protected range it writes to.
 */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** §1.6: the owner always can; warning-only lets everyone; until editors change, permissions mirror the file's. */
export function userCanEdit(ss: SpreadsheetModel, p: ProtectionModel, user: string): boolean {
  if (user === ss.owner || p.warningOnly || !p.restricted) return true;
  return p.editors.includes(user);
}

function overlaps(a: RangeModel, b: RangeModel, sheet: SheetModel): boolean {
  const rows = (r: RangeModel): [number, number] => [
    r.row,
    r.wholeColumns ? sheet.maxRows : r.row + r.numRows - 1,
  ];
  const cols = (r: RangeModel): [number, number] => [
    r.column,
    r.wholeRows ? sheet.maxColumns : r.column + r.numColumns - 1,
  ];
  const [ar1, ar2] = rows(a);
  const [br1, br2] = rows(b);
  const [ac1, ac2] = cols(a);
  const [bc1, bc2] = cols(b);
  return ar1 <= br2 && br1 <= ar2 && ac1 <= bc2 && bc1 <= ac2;
}

function inside(a: RangeModel, b: RangeModel): boolean {
  return (
    a.row >= b.row &&
    a.column >= b.column &&
    a.row + a.numRows <= b.row + b.numRows &&
    a.column + a.numColumns <= b.column + b.numColumns
  );
}

/**
 * Refuses a script's change to `rect` when a protection covering it forbids the running user (§1.6: "If any
 * overlapping protection forbids a user, that user cannot edit"). Warning-only protections do not stop scripts.
 */
export function checkProtected(
  ss: SpreadsheetModel,
  sheet: SheetModel,
  rect: RangeModel,
  user: string,
): void {
  if (user === ss.owner) return;
  for (const p of ss.protections) {
    if (p.sheetId !== sheet.sheetId || userCanEdit(ss, p, user)) continue;
    if (p.type === 'SHEET') {
      if (!p.unprotected.some((u) => inside(rect, u))) throw new Error(PROTECTED_MESSAGE);
    } else if (p.range && overlaps(rect, p.range, sheet)) throw new Error(PROTECTED_MESSAGE);
  }
}
