import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FieldSpec, RepeatSpec } from '../../../src/domain/documents/fields';
import { DOCUMENT_KIND_IDS, DOCUMENT_KINDS, fieldsOf } from '../../../src/domain/documents/kinds';

const README = path.join(__dirname, '..', '..', '..', 'src', 'domain', 'documents', 'README.md');
const BEGIN =
  '<!-- fields:begin (generated from src/domain/documents/kinds.ts; UPDATE_README=1 npx jest test/domain/documents/readme.test.ts) -->';
const END = '<!-- fields:end -->';

function field(f: FieldSpec): string {
  const marks = [f.declinable ? 'склоняется' : '', f.optional ? 'может быть пустым' : ''].filter(Boolean);
  return `\`{{${f.name}}}\` — ${f.what}${marks.length ? ` (${marks.join(', ')})` : ''}`;
}

function repeatLines(r: RepeatSpec, indent: string): string[] {
  return [
    `${indent}- повтор \`{{#${r.name}}}\` … \`{{/${r.name}}}\` — ${r.what}; в его строках:`,
    ...r.fields.map((f) => `${indent}  - ${field(f)}`),
    ...r.repeats.flatMap((inner) => repeatLines(inner, `${indent}  `)),
  ];
}

/** Fields every order has, listed once; each kind then lists only its own. */
function commonOrderFields(): FieldSpec[] {
  const orders = DOCUMENT_KIND_IDS.filter((k) => DOCUMENT_KINDS[k].orderKind);
  const [first, ...rest] = orders.map((k) => fieldsOf(k).fields);
  return first.filter((f) => rest.every((fields) => fields.some((g) => g.name === f.name)));
}

/** The README's list of what each kind's template may name, rendered from the kinds themselves. */
function renderFields(): string {
  const common = commonOrderFields();
  const names = new Set(common.map((f) => f.name));
  const kinds = DOCUMENT_KIND_IDS.map((kind) => {
    const definition = DOCUMENT_KINDS[kind];
    const spec = fieldsOf(kind);
    const own = definition.orderKind ? spec.fields.filter((f) => !names.has(f.name)) : spec.fields;
    const intro = definition.orderKind ? 'Поля любого приказа и' : 'Поля';
    return [
      `#### ${definition.name} (\`${kind}\`)`,
      '',
      `${intro}:`,
      '',
      ...(own.length ? own.map((f) => `- ${field(f)}`) : ['- (своих полей нет)']),
      ...spec.repeats.flatMap((r) => repeatLines(r, '')),
    ].join('\n');
  });
  const header = ['#### Поля любого приказа', '', ...common.map((f) => `- ${field(f)}`)].join('\n');
  return [BEGIN, header, ...kinds, END].join('\n\n');
}

describe('the documents README', () => {
  it('lists every field a template of each kind may name, exactly as the kinds define them', () => {
    const readme = readFileSync(README, 'utf8');
    const start = readme.indexOf(BEGIN);
    const end = readme.indexOf(END);
    const current = start >= 0 && end > start ? readme.slice(start, end + END.length) : '';
    if (process.env.UPDATE_README && current) {
      writeFileSync(README, readme.replace(current, renderFields()));
      return;
    }
    expect(current).toBe(renderFields());
  });
});
