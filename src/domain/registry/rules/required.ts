/**
 * Which cells of a row must be filled: the one rule «Проверить данные» reports a row typed by hand by and a sidebar
 * save is refused by. A column's `required` flag says it; a bank row anonymised by consent withdrawal keeps its
 * surname («Удалено по отзыву согласия») and nothing of the name, so its name parts are not asked for.
 */
import { ANONYMISED_NAME } from '../anonymise';
import type { ColumnSpec, TableSpec } from '../table-spec';

/** Name cells consent withdrawal empties: an anonymised row is valid without them. */
const NAME_PARTS = ['firstName', 'patronymic'];

/** Whether a bank row is what consent withdrawal left of a person. */
export function isAnonymised(record: Readonly<Record<string, unknown>>): boolean {
  return record.surname === ANONYMISED_NAME;
}

/** Whether a value leaves its cell empty: nothing, blank text or an empty list (a checkbox is never empty). */
export function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** The columns this row must have filled (checkboxes and the ID, which the add-on fills, are never asked for). */
export function requiredColumns(spec: TableSpec, record: Readonly<Record<string, unknown>>): ColumnSpec[] {
  const anonymised = isAnonymised(record);
  return spec.columns.filter(
    (c) =>
      c.required === true &&
      c.type !== 'boolean' &&
      c.type !== 'id' &&
      !(anonymised && NAME_PARTS.includes(c.key)),
  );
}

/** The required columns this row leaves empty, in sheet order. */
export function missingRequired(spec: TableSpec, record: Readonly<Record<string, unknown>>): ColumnSpec[] {
  return requiredColumns(spec, record).filter((c) => isBlank(record[c.key]));
}
