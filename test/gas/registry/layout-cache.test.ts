import { LayoutCache, validColumns } from '../../../src/gas/registry/layout-cache';
import type { TableSpec } from '../../../src/domain/registry/table-spec';
import type { Properties } from '../../../src/ports/properties';

const spec: TableSpec = {
  key: 'people',
  sheetName: 'Люди',
  columns: [
    { key: 'name', header: 'ФИО', type: 'text' },
    { key: 'phone', header: 'Телефон', type: 'phone' },
  ],
};

/** Properties in memory. */
function memory(): Properties & { values: Record<string, string> } {
  const values: Record<string, string> = {};
  return { values, get: (k) => values[k] ?? null, setAll: (v) => Object.assign(values, v) };
}

describe('layout cache', () => {
  it('answers the cached columns only while the header row is exactly as cached', () => {
    const cache = new LayoutCache(memory());
    cache.set(spec, { sheetId: 7, headers: ['ФИО', 'Моё', 'Телефон'], columns: { name: 1, phone: 3 } });
    const cached = cache.get(spec);
    expect(validColumns(cached, spec, ['ФИО', 'Моё', 'Телефон'])?.columns).toEqual(
      new Map([
        ['name', 1],
        ['phone', 3],
      ]),
    );
    expect(validColumns(cached, spec, ['Телефон', 'Моё', 'ФИО'])).toBeNull();
    expect(validColumns(cached, spec, ['ФИО', 'Моё', 'Телефон', 'Новый'])).toBeNull();
  });

  it('reads a value broken by hand as no entry', () => {
    const props = memory();
    props.values['nastavnik.layout.people'] = '{broken';
    expect(new LayoutCache(props).get(spec)).toBeNull();
  });
});
