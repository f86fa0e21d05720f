import { RE2JS } from 're2js';
import { GasObject } from '../core/gas-object';
import type { Runtime } from '../core/runtime';
import { type DocCtx, nodeOf, wrap } from './element';
import { gasError } from './errors';
import { type NodeModel, walk } from './model';
import { replaceRange } from './runs';

/**
 * §4.2: the pattern is an RE2 string (no look-arounds, no backreferences).
 * [UNVERIFIED wording] The live text for an invalid pattern was not found.
 */
export function compile(pattern: string): RE2JS {
  try {
    return RE2JS.compile(pattern);
  } catch (error) {
    throw gasError(`Invalid regular expression: ${pattern} (${(error as Error).message})`);
  }
}

/** Text blocks of an element: every Text inside it, each matched on its own (a match never spans them, §4.2). */
function blocks(owner: NodeModel): NodeModel[] {
  return [...walk(owner)].filter((n) => n.type === 'TEXT');
}

interface Hit {
  start: number;
  end: number;
}

function hits(re: RE2JS, text: string): Hit[] {
  const out: Hit[] = [];
  for (const m of re.matchAll(text)) {
    // Empty matches (e.g. of `a*`) are skipped: replacing "nothing" everywhere is never what a template means.
    if (m[0].length > 0) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

/**
 * `replaceText` over an element, Text by Text. The replacement takes the formatting of the first replaced
 * character. §4.2 leaves `$` and `\` in a replacement undocumented, so the emulator refuses them rather than
 * guess: a test then shows the code must insert such values another way (findText + Text.insertText).
 */
export function replaceText(owner: NodeModel, pattern: string, replacement: string): void {
  const re = compile(pattern);
  const value = String(replacement);
  if (/[$\\]/.test(value)) {
    throw new Error(
      `emulator: replaceText replacement ${JSON.stringify(value)} contains '$' or '\\', whose live handling is ` +
        'undocumented (docs/apps-script-platform.md §4.2); insert such text with findText + Text.insertText',
    );
  }
  for (const node of blocks(owner)) {
    const found = hits(re, node.text ?? '');
    for (let i = found.length - 1; i >= 0; i--) replaceRange(node, found[i].start, found[i].end, value);
  }
}

/** `RangeElement`: a found piece of text (`getElement()` is the Text; offsets inclusive). */
export class RangeElement extends GasObject implements Partial<GoogleAppsScript.Document.RangeElement> {
  constructor(
    rt: Runtime,
    readonly _text: NodeModel,
    readonly _ctx: DocCtx,
    readonly _start: number,
    readonly _end: number,
  ) {
    super(rt, 'DocumentApp', 'RangeElement');
  }

  getElement(): GoogleAppsScript.Document.Element {
    return wrap(this._rt, this._text, this._ctx);
  }

  getStartOffset(): number {
    return this._start;
  }

  getEndOffsetInclusive(): number {
    return this._end;
  }

  isPartial(): boolean {
    return this._start >= 0 && (this._start > 0 || this._end < (this._text.text ?? '').length - 1);
  }
}

/** `findText(pattern[, from])`: the next match after `from` (in document order), or null. */
export function findText(
  rt: Runtime,
  ctx: DocCtx,
  owner: NodeModel,
  pattern: string,
  from?: GoogleAppsScript.Document.RangeElement,
): RangeElement | null {
  const re = compile(pattern);
  const after = from as unknown as RangeElement | undefined;
  let started = !after;
  for (const node of blocks(owner)) {
    const minStart = after && node === after._text ? after._end + 1 : 0;
    if (!started && after && node !== after._text) continue;
    started = true;
    const hit = hits(re, node.text ?? '').find((h) => h.start >= minStart);
    if (hit) return new RangeElement(rt, node, ctx, hit.start, hit.end - 1);
  }
  return null;
}

/** `findElement(type[, from])`: the next descendant of that type after `from`, as a RangeElement. */
export function findElement(
  rt: Runtime,
  ctx: DocCtx,
  owner: NodeModel,
  type: unknown,
  from?: GoogleAppsScript.Document.RangeElement,
): RangeElement | null {
  const all = [...walk(owner)].slice(1);
  const after = from ? nodeOf((from as unknown as RangeElement).getElement()) : null;
  const begin = after ? all.indexOf(after) + 1 : 0;
  const node = all.slice(begin).find((n) => n.type === String(type));
  return node ? new RangeElement(rt, node, ctx, -1, -1) : null;
}
