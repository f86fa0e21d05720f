/**
 * Golden files: JSON written in a stable, diff-friendly layout, compared with live output path by path, and
 * rewritten only on purpose (`UPDATE_GOLDEN=1`), never silently when missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Json } from './snapshot-projection';

/** One place where two JSON values differ; a missing side means the path does not exist there. */
export interface Difference {
  path: string;
  before?: Json;
  after?: Json;
}

const WIDTH = 110;

/**
 * JSON with one entry per line, except values short enough to stay on one line: readable in a diff. The files
 * go through prettier too, so `prettier --check .` accepts them as written.
 */
function renderJson(value: Json, indent = ''): string {
  const flat = oneLine(value);
  if (flat.length + indent.length <= WIDTH || value === null || typeof value !== 'object') return flat;
  const inner = indent + '  ';
  const items = Array.isArray(value)
    ? value.map((v) => inner + renderJson(v, inner))
    : Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${renderJson(v, inner)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return items.length ? `${open}\n${items.join(',\n')}\n${indent}${close}` : `${open}${close}`;
}

/** The text as `prettier --write` would leave it (run apart: prettier cannot be imported inside jest's vm). */
function prettier(text: string, file: string): string {
  const bin = require.resolve('prettier/bin/prettier.cjs');
  return execFileSync(process.execPath, [bin, '--stdin-filepath', file], { input: text, encoding: 'utf8' });
}

function oneLine(value: Json): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`);
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}

/** Every leaf where `before` and `after` differ, in document order (object key order does not count). */
export function differences(before: Json, after: Json, at = ''): Difference[] {
  const bothArrays = Array.isArray(before) && Array.isArray(after);
  const bothObjects = isObject(before) && isObject(after);
  if (!bothArrays && !bothObjects) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ path: at || '(root)', before, after }];
  }
  const b = before as Record<string, Json>;
  const a = after as Record<string, Json>;
  const keys = bothArrays
    ? Array.from({ length: Math.max((before as Json[]).length, (after as Json[]).length) }, (_, i) =>
        String(i),
      )
    : [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.flatMap((k) => {
    const here = at + step(k, bothArrays, at === '');
    if (!(k in a)) return [{ path: here, before: b[k] }];
    if (!(k in b)) return [{ path: here, after: a[k] }];
    return differences(b[k], a[k], here);
  });
}

function isObject(x: Json): x is { [key: string]: Json } {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

function step(key: string, index: boolean, first: boolean): string {
  if (index) return `[${key}]`;
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `[${JSON.stringify(key)}]`;
  return first ? key : `.${key}`;
}

function short(x: Json | undefined): string {
  if (x === undefined) return '(absent)';
  const text = oneLine(x);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/**
 * Checks `live` against the golden file `file`; with UPDATE_GOLDEN set, writes it instead. Throws a short
 * message naming the first differing path and both values, or the missing file.
 */
export function expectGolden(file: string, live: Json, refresh: string): void {
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, prettier(renderJson(live), file));
    return;
  }
  const name = path.relative(process.cwd(), file);
  if (!existsSync(file)) throw new Error(`no golden file ${name}; create it on purpose: ${refresh}`);
  const golden = JSON.parse(readFileSync(file, 'utf8')) as Json;
  const [first, ...more] = differences(golden, live);
  if (!first) return;
  throw new Error(
    `${name} differs at ${first.path}${more.length ? ` (and ${more.length} more paths)` : ''}\n` +
      `  golden: ${short(first.before)}\n  live:   ${short(first.after)}\n` +
      `If the change is intended, refresh the golden files and review their diff: ${refresh}`,
  );
}
