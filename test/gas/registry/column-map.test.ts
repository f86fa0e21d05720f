import { contiguousRuns, mapColumns } from '../../../src/gas/registry/column-map';
import type { TableSpec } from '../../../src/domain/registry/table-spec';

const spec: TableSpec = {
  key: 'people',
  sheetName: 'Люди',
  idPrefix: 'ЛД',
  columns: [
    { key: 'id', header: 'ID', type: 'id' },
    { key: 'name', header: 'ФИО', formerHeaders: ['Фамилия Имя Отчество'], type: 'text' },
    { key: 'phone', header: 'Телефон', type: 'phone' },
  ],
};

describe('mapColumns', () => {
  it('finds columns by metadata first, wherever they moved and whatever their header says now', () => {
    const map = mapColumns(
      spec,
      ['Мой столбец', 'Имя', 'ID', 'Телефон'],
      [
        { column: 2, key: 'name' },
        { column: 3, key: 'id' },
      ],
    );
    expect(Object.fromEntries(map.columns)).toEqual({ name: 2, id: 3, phone: 4 });
    expect([...map.byHeader]).toEqual(['phone']);
    expect(map.missing).toEqual([]);
  });

  it('understands former headers, ignoring case, spaces and ё', () => {
    const map = mapColumns(spec, ['  фамилия   имя отчество ', 'id'], []);
    expect(Object.fromEntries(map.columns)).toEqual({ id: 2, name: 1 });
    expect(map.missing.map((c) => c.key)).toEqual(['phone']);
  });

  it('never gives one sheet column to two keys', () => {
    const map = mapColumns(spec, ['ФИО', 'Телефон'], [{ column: 1, key: 'phone' }]);
    expect(Object.fromEntries(map.columns)).toEqual({ phone: 1 });
    expect(map.missing.map((c) => c.key)).toEqual(['id', 'name']);
  });

  it('ignores metadata of keys the spec does not know', () => {
    const map = mapColumns(spec, ['ID'], [{ column: 1, key: 'gone' }]);
    expect(Object.fromEntries(map.columns)).toEqual({ id: 1 });
  });
});

describe('contiguousRuns', () => {
  it('groups consecutive numbers', () => {
    expect(contiguousRuns([8, 1, 2, 3, 7, 3])).toEqual([
      [1, 3],
      [7, 8],
    ]);
    expect(contiguousRuns([])).toEqual([]);
  });
});
