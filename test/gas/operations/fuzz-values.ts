/**
 * What the endpoint fuzz sends: values a sidebar sends, values a broken or hostile client sends, and records
 * built from a valid one by breaking some of its fields. Arbitraries are derived from the sheets' column specs,
 * so a new column is fuzzed by being added to its table.
 */
import fc from 'fast-check';
import type { ColumnSpec, TableSpec } from '../../../src/domain/registry/table-spec';

/** Sheets' limit on one cell (docs/apps-script-platform.md §1.2). */
export const CELL_LIMIT = 50_000;

/** Text a person may type or paste that a spreadsheet is tempted to read as something else. */
export const HOSTILE_TEXTS: readonly string[] = [
  '=HYPERLINK("http://evil.example";"жми")',
  '=1+1',
  '=',
  '+7 900 123-45-67',
  '+',
  '-1',
  '- пункт',
  '@x',
  "'",
  "'=1",
  '<script>alert(1)</script>',
  '\u200fמורה\u200e',
  '\u202eотчёт.exe',
  'Учитель 👩‍🏫🎉',
  'Ёлкина-Щёткина',
  'Анна-Мария',
  'Салтыков-Щедрин Ёж',
  '  пробелы  ',
  'строка\nвторая',
  '1 000',
  '3,5',
  '1.2',
  '01.09.2025',
  '2025-09-01',
  'TRUE',
  'ложь',
  '100%',
  '0',
  'null',
  'undefined',
  'NaN',
  '[object Object]',
  'НК-0001',
];

/** Long text that fits a cell: a long note, text of three-byte characters, text after many blank lines. */
export const MEDIUM_TEXTS: readonly string[] = [
  'Примечание к работе. '.repeat(250),
  'я'.repeat(5000),
  '—'.repeat(5000),
  `${'\n'.repeat(3000)}Итоги года`,
  `${' '.repeat(2000)}x`,
  `${'1 '.repeat(2000)}шт.`,
];

/** Text at and just over the cell limit, some of it needing the quote prefix that keeps it text. */
export const LONG_TEXTS: readonly string[] = [
  'я'.repeat(CELL_LIMIT + 1),
  'x'.repeat(CELL_LIMIT + 1),
  'я'.repeat(CELL_LIMIT),
  `=${'x'.repeat(CELL_LIMIT - 1)}`,
  '1'.repeat(CELL_LIMIT),
  'Ёж '.repeat(20_000),
];

/** Text that is blank to a person. */
export const BLANK_TEXTS: readonly string[] = ['', ' ', '\t', '\n', '\u00a0'];

/** Dates as a broken client, a person or an old workbook may send them. */
export const ODD_DATES: readonly unknown[] = [
  '0050-06-15',
  '1899-12-31',
  '1900-01-01',
  '2025-02-30',
  '2024-02-29',
  '2025-13-01',
  '1 сентября 2025',
  '01.09.2025',
  '2025-9-1',
  '2025-09-01T10:00',
  '9999-12-31',
  '',
  20250901,
  45900,
  true,
];

/** Numbers no form sends. */
export const ODD_NUMBERS: readonly unknown[] = [
  -1,
  -0,
  0.5,
  NaN,
  Infinity,
  -Infinity,
  1e21,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  '12',
  '',
  '3,5',
  true,
];

/** Values of the wrong kind for any field. */
export const WRONG_KINDS: readonly unknown[] = [
  null,
  undefined,
  0,
  1,
  false,
  true,
  [],
  [1],
  {},
  { a: 1 },
  '',
];

/** Keys no form sends: unknown, prototype-ish, internal. */
export const ODD_KEYS: readonly string[] = ['foo', '__proto__', 'constructor', 'rowNumber', 'id', '0', ''];

/** IDs a sidebar may send: existing ones, missing ones, the wrong table's, look-alikes in Latin, broken ones. */
export function idValues(prefix: string, existing: readonly string[]): fc.Arbitrary<unknown> {
  const other = prefix === 'НК' ? 'НЯ' : 'НК';
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...existing) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        `${prefix}-9999`,
        `${prefix}-0000`,
        `${other}-0001`,
        `${prefix}-00001`,
        `${prefix}-1`,
        `${prefix.toLowerCase()}-0001`,
        ` ${prefix}-0001`,
        `${prefix}-0001 `,
        'HK-0001',
        `${prefix}–0001`,
        `${prefix}-0001; ${prefix}-0002`,
        '',
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom(...WRONG_KINDS, [existing[0]], 1) },
  );
}

/** Plausible text: Cyrillic names with ё and hyphens, any printable text, emoji. */
const plainText = fc.oneof(
  fc.constantFrom('Иванова', 'Ёлкина', 'Петрова-Водкина', 'Мария', 'воспитатель', 'ГБДОУ № 64'),
  fc.stringMatching(/^[А-ЯЁ][а-яё]{1,12}(-[А-ЯЁ][а-яё]{1,12})?$/),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

/** Any text: mostly plausible, often hostile, sometimes blank or over a cell's limit. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: plainText },
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
  { weight: 1, arbitrary: fc.constantFrom(...BLANK_TEXTS) },
  { weight: 1, arbitrary: fc.constantFrom(...MEDIUM_TEXTS) },
  { weight: 1, arbitrary: fc.constantFrom(...LONG_TEXTS) },
);

/** A real calendar date of this century, as the sidebars send dates. */
export const isoDate: fc.Arbitrary<string> = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2035, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A value for a column as a sidebar sends it: right kind, often wrong in detail. */
export function columnValue(
  column: ColumnSpec,
  ids: Readonly<Record<string, readonly string[]>>,
): fc.Arbitrary<unknown> {
  const options = column.options ?? [];
  switch (column.type) {
    case 'text':
    case 'long-text':
    case 'email':
    case 'phone':
      return anyText;
    case 'integer':
    case 'number':
      return fc.oneof(
        { weight: 4, arbitrary: fc.nat({ max: 40 }) },
        { weight: 1, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
        { weight: 2, arbitrary: fc.constantFrom(...ODD_NUMBERS) },
      );
    case 'date':
    case 'datetime':
      return fc.oneof(
        { weight: 3, arbitrary: isoDate },
        { weight: 2, arbitrary: fc.constantFrom(...ODD_DATES) },
      );
    case 'boolean':
      return fc.oneof({ weight: 4, arbitrary: fc.boolean() }, fc.constantFrom('да', 'false', 1, 0));
    case 'list':
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...options) },
        { weight: 1, arbitrary: fc.constantFrom(...options).map((o) => o.toUpperCase()) },
        { weight: 1, arbitrary: anyText },
      );
    case 'multi-list':
      return fc.oneof(
        { weight: 4, arbitrary: fc.subarray([...options]) },
        { weight: 1, arbitrary: fc.constantFrom(...options).map((o) => [o, o]) },
        { weight: 1, arbitrary: fc.constantFrom(...options).map((o) => o) },
        { weight: 1, arbitrary: fc.array(anyText, { maxLength: 2 }) },
      );
    case 'ref':
      return idValues(prefixOf(column), ids[column.refTable ?? ''] ?? []);
    case 'refs':
      return fc.oneof(
        {
          weight: 4,
          arbitrary: fc.array(idValues(prefixOf(column), ids[column.refTable ?? ''] ?? []), { maxLength: 3 }),
        },
        { weight: 1, arbitrary: idValues(prefixOf(column), ids[column.refTable ?? ''] ?? []) },
      );
    case 'id':
      return idValues('НК', ids.mentors ?? []);
  }
}

const PREFIXES: Readonly<Record<string, string>> = {
  mentors: 'НК',
  mentees: 'НЯ',
  mentorships: 'ПГ',
  programmes: 'ПР',
  orders: 'ПК',
  'plan-events': 'МП',
};

function prefixOf(column: ColumnSpec): string {
  return PREFIXES[column.refTable ?? ''] ?? 'НК';
}

/** How one field of a record is broken. */
type FieldChange =
  { readonly key: string; readonly value: unknown } | { readonly key: string; readonly drop: true };

/** A field set to a value of its column (often wrong), of the wrong kind, null, absent, or hostile text. */
function fieldChange(key: string, value: fc.Arbitrary<unknown>): fc.Arbitrary<FieldChange> {
  return fc.oneof(
    { weight: 6, arbitrary: value.map((v) => ({ key, value: v })) },
    { weight: 1, arbitrary: fc.constantFrom(...WRONG_KINDS).map((v) => ({ key, value: v })) },
    { weight: 1, arbitrary: fc.constant({ key, drop: true as const }) },
    { weight: 1, arbitrary: anyText.map((v) => ({ key, value: v })) },
  );
}

/** Fields of a record and the values each may take. */
export type FieldValues = Readonly<Record<string, fc.Arbitrary<unknown>>>;

/** The fields of a table a sidebar may send (all but the ID), with values from their columns. */
export function tableFields(
  spec: TableSpec,
  ids: Readonly<Record<string, readonly string[]>>,
  leaveOut: readonly string[] = ['id'],
): Record<string, fc.Arbitrary<unknown>> {
  return Object.fromEntries(
    spec.columns.filter((c) => !leaveOut.includes(c.key)).map((c) => [c.key, columnValue(c, ids)]),
  );
}

/** `base` with up to `most` of its fields changed, sometimes an unknown key added. */
export function brokenRecord(
  base: fc.Arbitrary<Record<string, unknown>>,
  fields: FieldValues,
  most = 4,
): fc.Arbitrary<Record<string, unknown>> {
  const changes = fc.array(
    fc.oneof(...Object.entries(fields).map(([key, value]) => fieldChange(key, value))),
    { maxLength: most },
  );
  const extra = fc.option(fc.tuple(fc.constantFrom(...ODD_KEYS), fc.oneof(anyText, fc.jsonValue())), {
    freq: 6,
  });
  return fc.tuple(base, changes, extra).map(([record, list, added]) => {
    const out: Record<string, unknown> = { ...record };
    for (const change of list) {
      if ('drop' in change) Reflect.deleteProperty(out, change.key);
      else out[change.key] = change.value;
    }
    if (added)
      Object.defineProperty(out, added[0], {
        value: added[1],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  });
}

/** A record as a sidebar sends it, broken in some fields, or now and then (3 in `recordWeight` + 3) not a record. */
export function input(record: fc.Arbitrary<unknown>, recordWeight = 12): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: recordWeight, arbitrary: record },
    { weight: 1, arbitrary: fc.constantFrom(...WRONG_KINDS, 'строка', 42, NaN) },
    { weight: 1, arbitrary: record.map((r) => [r]) },
    { weight: 1, arbitrary: fc.jsonValue() },
  );
}

/** The operation ID a sidebar sends with a save: usually a good one, sometimes none or junk. */
export const operationId: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constant('fuzz-operation-0001') },
  { weight: 1, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(undefined, null, '', 'short', 'плохой-id-0001', 42, {}, ['x'], 'x'.repeat(65)),
  },
);
