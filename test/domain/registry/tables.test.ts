import { TABLES, tableByKey, requireTable, SETTINGS_ROWS } from '../../../src/domain/registry/tables';
import { DIRECTIONS, MENTEE_CATEGORIES } from '../../../src/domain/vocabulary';

describe('registry tables', () => {
  it('name every sheet of the design in Russian', () => {
    expect(TABLES.map((t) => t.sheetName)).toEqual([
      'Настройки',
      'Наставники',
      'Наставляемые',
      'Пары и группы',
      'Программы',
      'План мероприятий',
      'Приказы',
      'Дорожная карта',
      'Лучшие практики',
      'Обучение и награды наставников',
      'Шаблоны документов',
      'Склонение ФИО',
      'Анкеты',
      'Коды анкет',
      'Свои вопросы',
      'Журнал',
    ]);
  });

  it.each(TABLES.map((t) => [t.sheetName, t] as const))(
    '%s has unique column keys and headers',
    (_name, table) => {
      expect(new Set(table.columns.map((c) => c.key)).size).toBe(table.columns.length);
      expect(new Set(table.columns.map((c) => c.header)).size).toBe(table.columns.length);
    },
  );

  it('give each table with IDs its own prefix and an ID column first', () => {
    const withIds = TABLES.filter((t) => t.idPrefix);
    expect(new Set(withIds.map((t) => t.idPrefix)).size).toBe(withIds.length);
    for (const table of withIds) expect(table.columns[0]).toMatchObject({ key: 'id', type: 'id' });
    expect(tableByKey('mentors')?.idPrefix).toBe('НК');
    expect(tableByKey('mentees')?.idPrefix).toBe('НЯ');
  });

  it('point every reference at a table that exists and give every list its options', () => {
    for (const table of TABLES) {
      for (const column of table.columns) {
        if (column.type === 'ref' || column.type === 'refs')
          expect(tableByKey(column.refTable ?? '')).toBeDefined();
        if (column.type === 'list' || column.type === 'multi-list')
          expect(column.options?.length).toBeGreaterThan(0);
      }
    }
  });

  it('store a name as surname, first name and patronymic in both banks', () => {
    for (const key of ['mentors', 'mentees'] as const) {
      const headers = requireTable(key).columns.map((c) => c.header);
      expect(headers).toEqual(
        expect.arrayContaining(['Фамилия', 'Имя', 'Отчество', 'Согласие на обработку ПДн']),
      );
    }
  });

  it('offer the directions for competencies and requests, and the mentee categories', () => {
    const competencies = requireTable('mentors').columns.find((c) => c.key === 'competencies');
    const category = requireTable('mentees').columns.find((c) => c.key === 'menteeCategory');
    expect(competencies?.options).toEqual(DIRECTIONS);
    expect(category?.options).toEqual(MENTEE_CATEGORIES);
  });

  it('list each setting once, with a Russian parameter name', () => {
    expect(new Set(SETTINGS_ROWS.map((s) => s.key)).size).toBe(SETTINGS_ROWS.length);
    expect(SETTINGS_ROWS.find((s) => s.key === 'academicYearStart')).toMatchObject({
      parameter: 'Начало учебного года',
      type: 'date',
    });
  });

  it('return undefined for an unknown table key and fail loudly when code requires one', () => {
    expect(tableByKey('nope')).toBeUndefined();
    expect(() => requireTable('nope' as never)).toThrow('No registry table');
  });
});
