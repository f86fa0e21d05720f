import type { FileModel } from './files';
import { ROOT_ID } from './store';

/** One condition of a Drive `q` string. */
type Condition = (file: FileModel) => boolean;

const TOKEN = /\s*(?:'((?:[^'\\]|\\.)*)'|(!=|=|[{}]|[A-Za-z]+))/y;

function tokenize(q: string): Array<{ str?: string; word?: string }> {
  const out: Array<{ str?: string; word?: string }> = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < q.length && (m = TOKEN.exec(q))) {
    if (m[1] !== undefined) out.push({ str: m[1].replace(/\\(.)/g, '$1') });
    else out.push({ word: m[2] });
  }
  if (q.slice(TOKEN.lastIndex).trim()) throw unsupported(q);
  return out;
}

function unsupported(q: string): Error {
  return new Error(
    `emulator: Drive.Files.list cannot evaluate q ${JSON.stringify(q)}; supported: name = | != | contains 'x', ` +
      "mimeType = | != 'x', '<id>' in parents, trashed = true|false, appProperties has { key='k' and value='v' }, " +
      'joined by and',
  );
}

/**
 * A predicate for the `q` forms the add-on needs (Drive v3 query language subset): `name = 'x'`,
 * `name contains 'x'` (case-insensitive substring here), `mimeType = '...'`, `'<folderId>' in parents`
 * (`'root'` too), `trashed = false`, `appProperties has { key='k' and value='v' }`, joined by `and`. Anything else throws an emulator error rather than guess.
 */
export function parseQuery(q: string | undefined): Condition {
  if (!q || !q.trim()) return () => true;
  const tokens = tokenize(q);
  const conditions: Condition[] = [];
  let i = 0;
  while (i < tokens.length) {
    const property = appProperty(tokens, i);
    if (property) {
      conditions.push((f) => f.appProperties?.[property.key] === property.value);
      i += APP_PROPERTY_TOKENS;
    } else {
      const [a, op, b] = tokens.slice(i, i + 3);
      if (!a || !op || !b) throw unsupported(q);
      conditions.push(condition(a, op.word?.toLowerCase() ?? '', b, q));
      i += 3;
    }
    if (i < tokens.length) {
      if (tokens[i].word?.toLowerCase() !== 'and') throw unsupported(q);
      i++;
      if (i >= tokens.length) throw unsupported(q);
    }
  }
  return (file) => conditions.every((c) => c(file));
}

const APP_PROPERTY_TOKENS = 11;

/** `appProperties has { key='k' and value='v' }` at token i (eleven tokens), or null when something else is there. */
function appProperty(
  tokens: ReadonlyArray<{ str?: string; word?: string }>,
  i: number,
): { key: string; value: string } | null {
  const t = tokens.slice(i, i + APP_PROPERTY_TOKENS);
  const word = (n: number, w: string) => t[n]?.word?.toLowerCase() === w.toLowerCase();
  if (!word(0, 'appProperties') || !word(1, 'has') || !word(2, '{')) return null;
  if (!word(3, 'key') || !word(4, '=') || t[5]?.str === undefined) return null;
  if (!word(6, 'and') || !word(7, 'value') || !word(8, '=') || t[9]?.str === undefined) return null;
  if (t[10]?.word !== '}') return null;
  return { key: t[5].str, value: t[9].str };
}

function condition(
  a: { str?: string; word?: string },
  op: string,
  b: { str?: string; word?: string },
  q: string,
): Condition {
  if (a.str !== undefined && op === 'in' && b.word === 'parents') {
    const id = a.str === 'root' ? ROOT_ID : a.str;
    return (f) => f.parents.includes(id);
  }
  const field = a.word;
  const value = b.str;
  if (field === 'name' && value !== undefined) {
    if (op === '=') return (f) => f.name === value;
    if (op === '!=') return (f) => f.name !== value;
    if (op === 'contains') return (f) => f.name.toLowerCase().includes(value.toLowerCase());
  }
  if (field === 'mimeType' && value !== undefined) {
    if (op === '=') return (f) => f.mimeType === value;
    if (op === '!=') return (f) => f.mimeType !== value;
  }
  if (field === 'trashed' && (b.word === 'true' || b.word === 'false') && (op === '=' || op === '!=')) {
    const want = (b.word === 'true') === (op === '=');
    return (f) => f.trashed === want;
  }
  throw unsupported(q);
}
