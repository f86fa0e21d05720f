import { type AttrBag, type NodeModel, type Run, withAttr } from './model';

/** Per-character attribute bags of a Text (runs expanded), for edits that cut runs apart. */
function expand(node: NodeModel): AttrBag[] {
  const out: AttrBag[] = [];
  for (const run of node.runs ?? []) for (let i = 0; i < run.n; i++) out.push(run.a);
  return out;
}

function same(a: AttrBag, b: AttrBag): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

function compact(chars: AttrBag[]): Run[] {
  const runs: Run[] = [];
  for (const a of chars) {
    const last = runs[runs.length - 1];
    if (last && same(last.a, a)) last.n++;
    else runs.push({ n: 1, a: { ...a } });
  }
  return runs;
}

/** Attributes of the character at `offset` (of the last one when past the end; `{}` for empty text). */
export function attrsAt(node: NodeModel, offset: number): AttrBag {
  const chars = expand(node);
  return { ...(chars[Math.min(offset, chars.length - 1)] ?? {}) };
}

/** Inserts text at `offset`; it takes `attrs`, or the attributes of the character before it. */
export function insertText(node: NodeModel, offset: number, text: string, attrs?: AttrBag): void {
  const chars = expand(node);
  const inherit = attrs ?? chars[offset - 1] ?? chars[offset] ?? {};
  chars.splice(offset, 0, ...Array<AttrBag>(text.length).fill(inherit));
  const old = node.text ?? '';
  node.text = old.slice(0, offset) + text + old.slice(offset);
  node.runs = compact(chars);
}

/** Deletes characters `start..endInclusive`. */
export function deleteText(node: NodeModel, start: number, endInclusive: number): void {
  const chars = expand(node);
  chars.splice(start, endInclusive - start + 1);
  const old = node.text ?? '';
  node.text = old.slice(0, start) + old.slice(endInclusive + 1);
  node.runs = compact(chars);
}

/** Sets one attribute on characters `start..endInclusive`; `null` removes it (inherit from the style). */
export function setAttr(
  node: NodeModel,
  start: number,
  endInclusive: number,
  key: string,
  value: unknown,
): void {
  const chars = expand(node);
  for (let i = start; i <= endInclusive && i < chars.length; i++) {
    chars[i] = withAttr(chars[i], key, value);
  }
  node.runs = compact(chars);
}

/** One attribute over `start..endInclusive`: its value if uniform, `null` if mixed or unset. */
export function attrOver(node: NodeModel, start: number, endInclusive: number, key: string): unknown {
  const chars = expand(node).slice(start, endInclusive + 1);
  if (chars.length === 0) return null;
  const first = chars[0][key];
  return chars.every((c) => c[key] === first) ? (first ?? null) : null;
}

/** Offsets where the attributes change (`Text.getTextAttributeIndices()`). */
export function runStarts(node: NodeModel): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const run of node.runs ?? []) {
    starts.push(at);
    at += run.n;
  }
  return starts.length ? starts : [0];
}

/** Replaces `start..endExclusive` with `text`, which takes the attributes of the first replaced character. */
export function replaceRange(node: NodeModel, start: number, endExclusive: number, text: string): void {
  const inherit = attrsAt(node, start);
  if (endExclusive > start) deleteText(node, start, endExclusive - 1);
  if (text) insertText(node, start, text, inherit);
}

/** The distinct values (unset as `null`) one attribute takes over `start..endInclusive`. */
export function valuesIn(node: NodeModel, start: number, endInclusive: number, key: string): Set<unknown> {
  return new Set(
    expand(node)
      .slice(start, endInclusive + 1)
      .map((a) => a[key] ?? null),
  );
}
