import { MentorSchema } from '../../../src/domain/registry/entities/people';
import { parseSettings } from '../../../src/domain/registry/parse-settings';
import { readTable } from '../../../src/domain/registry/read-table';
import type { CellValue } from '../../../src/domain/registry/sheet-row';
import { MENTORS_TABLE, SETTINGS_ROWS } from '../../../src/domain/registry/tables';

const TZ = 'Europe/Moscow';
const mentor = {
  surname: 'Иванова',
  firstName: 'Мария',
  position: 'воспитатель',
  consent: true,
  active: true,
};

describe('reading a sheet as entities', () => {
  it('gives clean rows as entities and leaves out rows with problems or without an ID', () => {
    const { entities, problems, rowsWithoutId } = readTable(
      MENTORS_TABLE,
      MentorSchema,
      [
        { rowNumber: 2, cells: { id: 'НК-0001', ...mentor } },
        { rowNumber: 3, cells: { id: 'НК-0002', ...mentor, experienceYears: 'много' } },
        { rowNumber: 4, cells: { id: '', ...mentor } },
      ],
      { timeZone: TZ },
    );
    expect(entities).toEqual([{ rowNumber: 2, id: 'НК-0001', competencies: [], ...mentor }]);
    expect(problems.map((p) => p.row)).toEqual([3]);
    expect(rowsWithoutId).toEqual([4]);
  });
});

describe('reading «Настройки»', () => {
  const row = (rowNumber: number, key: string, value: CellValue) => ({
    rowNumber,
    cells: { key, parameter: '', value },
  });

  it('parses each value by its setting’s type and lists the fixed rows missing from the sheet', () => {
    const { settings, missingKeys } = parseSettings(
      [
        row(2, 'orgShortName', ' ГБДОУ детский сад № 64 '),
        row(3, 'academicYearStart', '01.09.2025'),
        row(4, 'academicYearEnd', new Date('2026-08-30T21:00:00Z')),
        row(5, 'orderNextNumber', '12'),
        row(6, 'мои заметки', 'что угодно'),
      ],
      TZ,
    );
    expect(settings).toEqual({
      orgShortName: 'ГБДОУ детский сад № 64',
      academicYearStart: '2025-09-01',
      academicYearEnd: '2026-08-31',
      orderNextNumber: 12,
    });
    expect(missingKeys).toHaveLength(SETTINGS_ROWS.length - 4);
    expect(missingKeys).toContain('headName');
  });

  it('reports an empty required value and a date it cannot read on the value column', () => {
    const { problems } = parseSettings(
      [row(9, 'headName', ''), row(10, 'academicYearStart', 'сентябрь')],
      TZ,
    );
    expect(problems.map((p) => p.message)).toEqual([
      'Лист "Настройки", строка 9, столбец "Значение": не заполнено «Руководитель: ФИО». Полностью, например: Тимофеева Елена Викторовна',
      'Лист "Настройки", строка 10, столбец "Значение": «Начало учебного года»: ожидается дата, например 01.09.2025, а не «сентябрь»',
    ]);
  });

  it('reports an academic year that ends before it starts', () => {
    const { problems } = parseSettings(
      [row(2, 'academicYearStart', '01.09.2025'), row(3, 'academicYearEnd', '31.05.2025')],
      TZ,
    );
    expect(problems.map((p) => p.message)).toEqual([
      'Лист "Настройки", строка 3, столбец "Значение": окончание учебного года должно быть позже его начала',
    ]);
  });
});
