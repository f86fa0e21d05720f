import { checkData } from '../../../src/app/registry/check-data';
import { JOURNAL_TABLE, MENTEES_TABLE, MENTORS_TABLE } from '../../../src/domain/registry/tables';
import { fakeServices } from '../fake-services';

const mentor = (id: string, surname: string) => ({
  id,
  surname,
  firstName: 'Анна',
  position: 'воспитатель',
  active: true,
  consent: true,
});

describe('check data (use case on fake ports)', () => {
  it('gives IDs to rows typed without one, after every ID ever issued, in one journal batch', () => {
    const { registry, tables, properties, lock } = fakeServices();
    properties.setAll({ 'nastavnik.lastId.НК': '7' });
    tables.sheets.set(MENTORS_TABLE.key, [
      mentor('НК-0002', 'Первая'),
      {},
      mentor('', 'Вторая'),
      mentor('', 'Третья'),
    ]);
    tables.sheets.set(MENTEES_TABLE.key, []);
    const summary = checkData(registry);
    expect(summary.idsAssigned).toBe(2);
    expect(tables.sheets.get(MENTORS_TABLE.key)?.map((r) => r.id)).toEqual([
      'НК-0002',
      undefined,
      'НК-0008',
      'НК-0009',
    ]);
    expect(properties.values['nastavnik.lastId.НК']).toBe('9');
    // The journal is a table written in the same operation as the IDs.
    const journal = tables.sheets.get(JOURNAL_TABLE.key) ?? [];
    expect(journal.map((r) => [r.action, r.ids, r.details])).toEqual([
      [
        'Проверка данных: присвоены ID строкам, введённым вручную',
        'НК-0008; НК-0009',
        'Лист «Наставники», строки 4, 5',
      ],
    ]);
    expect(lock.runs).toBe(1);
  });

  it('reports a bad cell with where it is and marks that cell, fixing nothing', () => {
    const { registry, tables } = fakeServices();
    tables.sheets.set(MENTORS_TABLE.key, [{ ...mentor('НК-0001', 'Первая'), experienceYears: 'много' }]);
    checkData(registry);
    const line = registry.report.lines.find((l) => l.sheet === 'Наставники');
    expect(line).toMatchObject({ row: 2, column: 'Стаж (лет)' });
    expect(line?.message).toContain('ожидается число');
    expect(registry.report.marks.get('mentors')).toEqual([
      expect.objectContaining({ row: 2, key: 'experienceYears' }),
    ]);
    expect(tables.sheets.get(MENTORS_TABLE.key)?.[0].experienceYears).toBe('много');
  });

  it('catches the ID counter up with IDs typed by hand, so they are never issued again', () => {
    const { registry, tables, properties } = fakeServices();
    tables.sheets.set(MENTORS_TABLE.key, [mentor('НК-0041', 'Первая')]);
    checkData(registry);
    expect(properties.values['nastavnik.lastId.НК']).toBe('41');
  });
});
