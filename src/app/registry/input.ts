/**
 * Sidebar input: parsed with zod, every mistake turned into one Russian UserError that names the field as the
 * sheet does. Bugs (a sidebar sending the wrong shape) read the same way, which is what the person can act on.
 */
import type { ZodType } from 'zod';
import type { TableSpec } from '../../domain/registry/table-spec';
import { UserError } from '../../domain/user-error';

interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** The field's name a person knows: the column header, else the key. */
function fieldName(spec: TableSpec | undefined, path: readonly PropertyKey[]): string {
  const key = String(path[0] ?? '');
  const header = spec?.columns.find((c) => c.key === key)?.header;
  return header ? `«${header}»` : key ? `«${key}»` : 'данные';
}

/** One issue in Russian: the schemas' own messages are Russian already; zod's built-in ones are not. */
function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      // zod leaves the input out of issues unless asked; its English message says what it received.
      return /received undefined/.test(issue.message) ? 'не заполнено' : 'значение неподходящего вида';
    case 'invalid_value':
      return 'такого значения нет в списке';
    case 'too_small':
      return 'слишком мало (или пусто)';
    case 'too_big':
      return 'слишком много';
    case 'unrecognized_keys':
      return 'лишние поля';
    default:
      return /[а-яё]/i.test(issue.message) ? issue.message : 'неверное значение';
  }
}

/** Parses sidebar input; throws a UserError listing every field that is wrong. */
export function parseInput<T>(schema: ZodType<T>, input: unknown, spec?: TableSpec): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const lines = (result.error.issues as readonly Issue[]).map(
    (i) => `${fieldName(spec, i.path)}: ${describe(i)}`,
  );
  throw new UserError(`Проверьте данные. ${[...new Set(lines)].join('; ')}.`);
}

/** Throws a UserError when a required column of the spec is empty in the record. */
export function requireFilled(spec: TableSpec, record: Readonly<Record<string, unknown>>): void {
  const empty = spec.columns.filter((c) => {
    if (!c.required || c.type === 'id') return false;
    const value = record[c.key];
    return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  });
  if (empty.length > 0) {
    throw new UserError(`Заполните обязательные поля: ${empty.map((c) => `«${c.header}»`).join(', ')}.`);
  }
}
