import { LAYOUT_PROPERTY, setupWorkbook } from '../../../src/app/registry/setup-workbook';
import {
  JOURNAL_TABLE,
  ROADMAP_TABLE,
  SETTINGS_ROWS,
  SETTINGS_TABLE,
} from '../../../src/domain/registry/tables';
import type { TableData } from '../../../src/ports/table-store';
import { completePending } from '../../../src/app/operations/run-operation';
import { fakeServices } from '../fake-services';

describe('setup (use case on fake ports)', () => {
  it('fills settings and the roadmap once, records the layout version, and journals what it did', () => {
    const { registry, tables, properties } = fakeServices();
    const first = setupWorkbook(registry);
    expect(first.previousVersion).toBeNull();
    expect(tables.sheets.get(SETTINGS_TABLE.key)?.map((r) => r.key)).toEqual(SETTINGS_ROWS.map((s) => s.key));
    const start = tables.sheets.get(SETTINGS_TABLE.key)?.find((r) => r.key === 'academicYearStart');
    expect(start?.value).toBe('01.09.2025');
    expect(tables.sheets.get(ROADMAP_TABLE.key)?.[0].id).toBe('ДК-0001');
    expect(properties.values[LAYOUT_PROPERTY]).toBe('2');
    expect(tables.sheets.get(JOURNAL_TABLE.key)?.map((r) => [r.id, r.action, r.details])).toEqual([
      ['ЖР-0001', 'Настройка таблицы', first.changes.join('\n')],
    ]);
    expect(registry.operations.pending()).toBeNull();

    const second = setupWorkbook(registry);
    expect(second.changes).toEqual([]);
    expect(tables.sheets.get(JOURNAL_TABLE.key)).toHaveLength(1);
  });

  it('calls a workbook with registry sheets but no recorded version layout 1 and says it was upgraded', () => {
    const { registry } = fakeServices();
    registry.layout.existed = true;
    const result = setupWorkbook(registry);
    expect(result.previousVersion).toBe(1);
    expect(result.changes).toContain('разметка таблицы обновлена с версии 1 до 2');
  });

  it.each([
    ['appending the roadmap', ROADMAP_TABLE.key],
    ['journaling', JOURNAL_TABLE.key],
  ])(
    'stopped while %s, is completed by the next run: one journal entry, the IDs of one run',
    (_what, stopAt) => {
      const clean = fakeServices();
      const cleanResult = setupWorkbook(clean.registry);

      const { registry, tables, properties } = fakeServices();
      const append = tables.append.bind(tables);
      let stopped = false;
      tables.append = (table: TableData, rows) => {
        if (!stopped && table.spec.key === stopAt) {
          stopped = true;
          throw new Error('Exceeded maximum execution time');
        }
        return append(table, rows);
      };
      expect(() => setupWorkbook(registry)).toThrow('Exceeded maximum execution time');
      expect(tables.sheets.get(JOURNAL_TABLE.key)).toBeUndefined();
      expect(registry.operations.pending()?.setup?.changes).toEqual(cleanResult.changes);

      const again = setupWorkbook(registry);
      expect(again.changes).toEqual(cleanResult.changes);
      expect(registry.operations.pending()).toBeNull();
      expect(Object.fromEntries(tables.sheets)).toEqual(Object.fromEntries(clean.tables.sheets));
      expect(properties.values).toEqual(clean.properties.values);
    },
  );

  it('lets any other action complete a stopped setup before its own work', () => {
    const { registry, tables } = fakeServices();
    const append = tables.append.bind(tables);
    tables.append = (table: TableData, rows) => {
      if (table.spec.key === JOURNAL_TABLE.key) throw new Error('Exceeded maximum execution time');
      return append(table, rows);
    };
    expect(() => setupWorkbook(registry)).toThrow('Exceeded maximum execution time');
    tables.append = append;
    completePending(registry);
    expect(tables.sheets.get(JOURNAL_TABLE.key)?.map((r) => r.action)).toEqual(['Настройка таблицы']);
    expect(setupWorkbook(registry).changes).toEqual([]);
  });
});
