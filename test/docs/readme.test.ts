import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ColumnSpec, TableSpec } from '../../src/domain/registry/table-spec';
import { SETTINGS_ROWS, TABLES } from '../../src/domain/registry/tables';

const README = path.join(__dirname, '..', '..', 'README.md');
const BEGIN =
  '<!-- sheet-layout:begin (generated from src/domain/registry/tables; UPDATE_README=1 npx jest test/docs) -->';
const END = '<!-- sheet-layout:end -->';

function column(c: ColumnSpec): string {
  const marks = [c.required ? 'обяз.' : '', c.type === 'list' || c.type === 'multi-list' ? 'список' : '']
    .filter(Boolean)
    .join(', ');
  return marks ? `${c.header} (${marks})` : c.header;
}

function sheet(t: TableSpec): string {
  const ids = t.idPrefix ? ` — ID ${t.idPrefix}-0001…` : '';
  return `- **«${t.sheetName}»**${ids}: ${t.columns.map(column).join(' · ')}`;
}

/** The README's sheet layout, rendered from the table specs setup builds the workbook from. */
function renderLayout(): string {
  const settings = SETTINGS_ROWS.map((r) => r.parameter).join(' · ');
  return [BEGIN, ...TABLES.map(sheet), '', `Rows of «Настройки»: ${settings}.`, END].join('\n');
}

describe('README', () => {
  it('describes the sheets exactly as setup builds them', () => {
    const readme = readFileSync(README, 'utf8');
    const start = readme.indexOf(BEGIN);
    const end = readme.indexOf(END);
    const current = start >= 0 && end > start ? readme.slice(start, end + END.length) : '';
    if (process.env.UPDATE_README && current) {
      writeFileSync(README, readme.replace(current, renderLayout()));
      return;
    }
    expect(current).toBe(renderLayout());
  });
});
