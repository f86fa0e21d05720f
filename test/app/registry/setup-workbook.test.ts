import { LAYOUT_PROPERTY, setupWorkbook } from '../../../src/app/registry/setup-workbook';
import { ROADMAP_TABLE, SETTINGS_ROWS, SETTINGS_TABLE } from '../../../src/domain/registry/tables';
import { fakeServices } from '../fake-services';

describe('setup (use case on fake ports)', () => {
  it('fills settings and the roadmap once, records the layout version, and journals what it did', () => {
    const { registry, tables, journal, properties } = fakeServices();
    const first = setupWorkbook(registry);
    expect(first.previousVersion).toBeNull();
    expect(tables.sheets.get(SETTINGS_TABLE.key)?.map((r) => r.key)).toEqual(SETTINGS_ROWS.map((s) => s.key));
    const start = tables.sheets.get(SETTINGS_TABLE.key)?.find((r) => r.key === 'academicYearStart');
    expect(start?.value).toBe('01.09.2025');
    expect(tables.sheets.get(ROADMAP_TABLE.key)?.[0].id).toBe('ДК-0001');
    expect(properties.values[LAYOUT_PROPERTY]).toBe('2');
    expect(journal.batches).toHaveLength(1);

    const second = setupWorkbook(registry);
    expect(second.changes).toEqual([]);
    expect(journal.batches).toHaveLength(1);
  });

  it('calls a workbook with registry sheets but no recorded version layout 1 and says it was upgraded', () => {
    const { registry } = fakeServices();
    registry.layout.existed = true;
    const result = setupWorkbook(registry);
    expect(result.previousVersion).toBe(1);
    expect(result.changes).toContain('разметка таблицы обновлена с версии 1 до 2');
  });
});
