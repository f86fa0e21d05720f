import { CASE_NAMES } from '../russian/cases';
import type { BlockNode, InlineNode, RowNode } from './compiled';
import type { FieldSpec, FieldsSpec, RepeatSpec } from './fields';
import type { Place, TemplateProblem } from './problems';
import { nameKey } from './template-tags';

/** The names visible at one point: the kind's own, then each enclosing repeat's item fields. */
type Levels = readonly FieldsSpec[];

const CASE_LIST = Object.keys(CASE_NAMES).join(', ');

function find<T extends { name: string }>(items: readonly T[], name: string): T | undefined {
  const key = nameKey(name);
  return items.find((item) => nameKey(item.name) === key);
}

function visibleField(levels: Levels, name: string): FieldSpec | undefined {
  for (let i = levels.length - 1; i >= 0; i--) {
    const found = find(levels[i].fields, name);
    if (found) return found;
  }
  return undefined;
}

function visibleRepeat(levels: Levels, name: string): RepeatSpec | undefined {
  for (let i = levels.length - 1; i >= 0; i--) {
    const found = find(levels[i].repeats, name);
    if (found) return found;
  }
  return undefined;
}

/** The repeat, anywhere in the kind, whose items have this field (to say where the field may stand). */
function repeatHolding(repeats: readonly RepeatSpec[], name: string): RepeatSpec | undefined {
  for (const r of repeats) {
    if (find(r.fields, name)) return r;
    const inner = repeatHolding(r.repeats, name);
    if (inner) return inner;
  }
  return undefined;
}

/** Edit distance, to suggest «Наставник.ФИО» for «Наставник.ФОИ». */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

function visibleNames(levels: Levels, what: 'fields' | 'repeats'): string[] {
  return levels.flatMap((level) => level[what].map((f) => f.name));
}

function unknown(name: string, levels: Levels, kind: FieldsSpec, what: 'fields' | 'repeats'): string {
  const names = visibleNames(levels, what);
  const near = names
    .map((n) => ({ n, d: distance(nameKey(n), nameKey(name)) }))
    .filter(({ n, d }) => d <= Math.min(3, Math.floor(n.length / 4)))
    .sort((a, b) => a.d - b.d)[0];
  const noun = what === 'fields' ? 'неизвестное поле' : 'неизвестный повтор';
  if (near) return `${noun} «${name}»: возможно, имелось в виду «${near.n}»`;
  if (what === 'fields') {
    const holder = repeatHolding(kind.repeats, name);
    if (holder)
      return `поле «${name}» есть только в строках повтора «{{#${holder.name}}}»: перенесите его в такую строку таблицы`;
  }
  const list = names.length ? names.map((n) => `«${n}»`).join(', ') : 'нет';
  return `${noun} «${name}». Здесь доступны: ${list}`;
}

function checkField(
  node: Extract<InlineNode, { t: 'field' }>,
  levels: Levels,
  kind: FieldsSpec,
): string | null {
  const field = visibleField(levels, node.name);
  if (field) {
    if (node.caseWord && !field.declinable)
      return `поле «${field.name}» не склоняется: уберите «.${node.caseWord}»`;
    return null;
  }
  const dot = node.name.lastIndexOf('.');
  if (dot > 0 && !node.caseWord && visibleField(levels, node.name.slice(0, dot)))
    return `«${node.name.slice(dot + 1)}» — не падеж. Падежи: ${CASE_LIST}`;
  return unknown(node.name, levels, kind, 'fields');
}

function checkTest(test: string, place: Place, levels: Levels, kind: FieldsSpec, out: TemplateProblem[]) {
  if (visibleField(levels, test) || visibleRepeat(levels, test)) return;
  out.push({ ...place, message: `в условии «{{#если ${test}}}» ${unknown(test, levels, kind, 'fields')}` });
}

function checkInline(nodes: readonly InlineNode[], levels: Levels, kind: FieldsSpec, out: TemplateProblem[]) {
  for (const node of nodes) {
    if (node.t === 'field') {
      const message = checkField(node, levels, kind);
      if (message) out.push({ ...node.place, message });
    } else if (node.t === 'if') {
      checkTest(node.test, node.place, levels, kind, out);
      checkInline(node.body, levels, kind, out);
    }
  }
}

function checkRows(rows: readonly RowNode[], levels: Levels, kind: FieldsSpec, out: TemplateProblem[]) {
  for (const row of rows) {
    if (row.t === 'row') {
      for (const cell of row.cells) checkBlocks(cell, levels, kind, out);
      continue;
    }
    const spec = visibleRepeat(levels, row.name);
    // The rows of an unknown repeat are not checked: their fields depend on which repeat was meant.
    if (spec) checkRows(row.rows, [...levels, spec], kind, out);
    else out.push({ ...row.place, message: unknown(row.name, levels, kind, 'repeats') });
  }
}

function checkBlocks(blocks: readonly BlockNode[], levels: Levels, kind: FieldsSpec, out: TemplateProblem[]) {
  for (const block of blocks) {
    if (block.t === 'paragraph') checkInline(block.content, levels, kind, out);
    else if (block.t === 'table') checkRows(block.rows, levels, kind, out);
    else if (block.t === 'if') {
      checkTest(block.test, block.place, levels, kind, out);
      checkBlocks(block.body, levels, kind, out);
    }
  }
}

/** Every field, condition and repeat of a read template checked against what its kind may name. */
export function checkNames(blocks: readonly BlockNode[], kind: FieldsSpec): TemplateProblem[] {
  const out: TemplateProblem[] = [];
  checkBlocks(blocks, [kind], kind, out);
  return out;
}
