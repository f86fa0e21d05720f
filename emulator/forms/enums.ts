function enumOf<K extends string>(...names: K[]): Readonly<Record<K, K>> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n])) as Record<K, K>);
}

/** `FormApp.ItemType` as a frozen name → name map (the item types the emulator has). */
export const ItemType = enumOf(
  'MULTIPLE_CHOICE',
  'CHECKBOX',
  'LIST',
  'SCALE',
  'GRID',
  'CHECKBOX_GRID',
  'TEXT',
  'PARAGRAPH_TEXT',
  'SECTION_HEADER',
  'PAGE_BREAK',
  'DATE',
  'DATETIME',
  'TIME',
  'DURATION',
);

/** `FormApp.PageNavigationType` (§5.4). */
export const PageNavigationType = enumOf('CONTINUE', 'GO_TO_PAGE', 'RESTART', 'SUBMIT');

/** `FormApp.DestinationType`. */
export const DestinationType = enumOf('SPREADSHEET');

/** The GAS-typed view of an enum value, for facade signatures. */
export function asGasItemType(name: string): GoogleAppsScript.Forms.ItemType {
  return name as unknown as GoogleAppsScript.Forms.ItemType;
}
