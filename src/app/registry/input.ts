/**
 * Sidebar input: parsed with zod, then each value checked as its sheet will keep it, every mistake turned into one
 * Russian UserError that names the field as the sheet or the sidebar does. Bugs (a sidebar sending the wrong
 * shape) read the same way, which is what the person can act on.
 */
import type { ZodType } from 'zod';
import type * as z from '../../domain/registry/entities/zod';
import { missingRequired } from '../../domain/registry/rules/required';
import type { TableSpec } from '../../domain/registry/table-spec';
import { storedValue } from '../../domain/registry/to-row';
import { UserError } from '../../domain/user-error';

/** How the parts of an input are named to a person. */
export interface InputNames {
  /** The sheet whose columns the input's fields are: named by their headers. */
  readonly spec?: TableSpec;
  /** What the whole input is, when it is a single value (an ID) or arrives as something else. */
  readonly whole?: string;
  /** What one element of a list input is («Предложение»), numbered from 1. */
  readonly item?: string;
}

/** Fields the sidebars send that are no column of the sheet parsed, by the label the sidebar shows them with. */
const SIDEBAR_LABELS: Readonly<Record<string, string>> = {
  reason: 'Причина досрочного завершения',
  newEndDate: 'Новая дата окончания',
  mentorshipId: 'Пара/группа',
  mentorId: 'Наставник',
  menteeIds: 'Наставляемые',
  programme: 'Программа',
  events: 'План мероприятий',
};

interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: string;
  readonly origin?: string;
  readonly minimum?: number | bigint;
}

function namesOf(names: TableSpec | InputNames | undefined): InputNames {
  return names && 'columns' in names ? { spec: names } : (names ?? {});
}

/** The field as a person knows it: «header» (or the sidebar's label), after «Предложение № 2» in a list. */
function fieldName(names: InputNames, path: readonly PropertyKey[]): string | null {
  const key = path.find((p): p is string => typeof p === 'string');
  const label = key
    ? (names.spec?.columns.find((c) => c.key === key)?.header ?? SIDEBAR_LABELS[key])
    : path.length === 0
      ? names.whole
      : undefined;
  const quoted = label ? `«${label}»` : null;
  if (typeof path[0] !== 'number') return quoted;
  const item = `${names.item ?? 'Элемент списка'} № ${path[0] + 1}`;
  return quoted ? `${item}, ${quoted}` : item;
}

/** What zod expected, as a person would say it. */
const EXPECTED: Readonly<Record<string, string>> = {
  string: 'ожидается текст',
  number: 'ожидается число',
  int: 'ожидается целое число',
  boolean: 'ожидается «да» или «нет»',
  array: 'ожидается список',
  object: 'ожидается набор полей',
  record: 'ожидается набор полей',
};

/** One issue in Russian: the schemas' own messages are Russian already; zod's built-in ones are not. */
function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type': {
      // zod leaves the input out of issues unless asked; its English message says what it received.
      if (/received (undefined|null)\b/.test(issue.message)) return 'не заполнено';
      const expected = EXPECTED[issue.expected ?? ''];
      return expected ? `значение неподходящего вида: ${expected}` : 'значение неподходящего вида';
    }
    case 'invalid_value':
      return 'такого значения нет в списке';
    case 'too_small':
      if (issue.origin === 'number') return `должно быть не меньше ${String(issue.minimum)}`;
      return issue.origin === 'array' ? 'ничего не выбрано' : 'слишком мало (или пусто)';
    case 'too_big':
      return 'слишком много';
    case 'unrecognized_keys':
      return 'лишние поля';
    default:
      return /[а-яё]/i.test(issue.message) ? issue.message : 'неверное значение';
  }
}

/** A Russian UserError listing every line, the first capitalised when no field starts it. */
function inputError(lines: readonly string[]): UserError {
  const text = [...new Set(lines)].join('; ');
  return new UserError(`Проверьте данные. ${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
}

/**
 * The parsed record with each column's value as the sheet will keep it (blank text absent, list values spelt
 * as the list does), or the lines saying which values the sheet cannot keep (too long for a cell, a date
 * before 1900, an e-mail the next read would refuse).
 */
function asStored<T>(spec: TableSpec, data: T): { data: T; lines: string[] } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { data, lines: [] };
  const record: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  const lines: string[] = [];
  for (const column of spec.columns) {
    if (!(column.key in record)) continue;
    const stored = storedValue(column, record[column.key]);
    if (!stored.ok) lines.push(`«${column.header}»: ${stored.message}`);
    // A required field left blank stays as sent: requireFilled names every one of them at once.
    else if (!(column.required && stored.value === undefined)) record[column.key] = stored.value;
  }
  return { data: record as T, lines };
}

/**
 * Parses sidebar input; throws a UserError listing every field that is wrong. With a sheet's spec, the values
 * are also those the sheet will give back, so what a save answers is what the next load shows.
 */
export function parseInput<T>(schema: ZodType<T>, input: unknown, names?: TableSpec | InputNames): T {
  const named = namesOf(names);
  const result = schema.safeParse(input);
  if (!result.success) {
    throw inputError(
      (result.error.issues as readonly Issue[]).map((i) => {
        const field = fieldName(named, i.path);
        return field ? `${field}: ${describe(i)}` : describe(i);
      }),
    );
  }
  if (!named.spec) return result.data;
  const stored = asStored(named.spec, result.data);
  if (stored.lines.length > 0) throw inputError(stored.lines);
  return stored.data;
}

/**
 * Throws a UserError naming every column the sheet requires that the record leaves empty (blank text, no value, an
 * empty list): the rule «Проверить данные» reports a row typed by hand by (rules/required.ts).
 */
export function requireFilled(spec: TableSpec, record: Readonly<Record<string, unknown>>): void {
  const empty = missingRequired(spec, record);
  if (empty.length > 0) {
    throw new UserError(`Заполните обязательные поля: ${empty.map((c) => `«${c.header}»`).join(', ')}.`);
  }
}

/**
 * The schema of a new row from a sidebar: the entity's, with the columns the sheet requires made required, so a
 * field left out is named at once («Имя»: не заполнено) — the entity itself only needs its key cells to be read.
 */
export function requiringFilled<T extends z.ZodObject>(schema: T, spec: TableSpec): T {
  const mask: Record<string, true> = {};
  for (const column of spec.columns) {
    if (column.required && column.type !== 'boolean' && column.key in schema.shape) mask[column.key] = true;
  }
  return schema.required(mask as never) as unknown as T;
}
