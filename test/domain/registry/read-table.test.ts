import { MentorshipSchema } from '../../../src/domain/registry/entities/mentorship';
import { MentorSchema } from '../../../src/domain/registry/entities/people';
import { parseSettings } from '../../../src/domain/registry/parse-settings';
import { problemText } from '../../../src/domain/registry/problems';
import { problemsAt, readTable } from '../../../src/domain/registry/read-table';
import type { CellValue } from '../../../src/domain/registry/sheet-row';
import { MENTORSHIPS_TABLE, MENTORS_TABLE, SETTINGS_ROWS } from '../../../src/domain/registry/tables';

const TZ = 'Europe/Moscow';
const mentor = {
  surname: 'Иванова',
  firstName: 'Мария',
  position: 'воспитатель',
  consent: true,
  active: true,
};

describe('reading a sheet as entities', () => {
  it('keeps a row with a wrong cell as an entity without that cell, and reports it; a row without ID waits', () => {
    const read = readTable(
      MENTORS_TABLE,
      MentorSchema,
      [
        { rowNumber: 2, cells: { id: 'НК-0001', ...mentor } },
        { rowNumber: 3, cells: { id: 'НК-0002', ...mentor, experienceYears: 'много', firstName: '' } },
        { rowNumber: 4, cells: { id: '', ...mentor } },
      ],
      { timeZone: TZ },
    );
    const { firstName: _f, ...noFirstName } = mentor;
    expect(read.entities).toEqual([
      { rowNumber: 2, id: 'НК-0001', competencies: [], ...mentor },
      { rowNumber: 3, id: 'НК-0002', competencies: [], ...noFirstName },
    ]);
    expect(problemsAt(read, 3).map((p) => [p.column, problemText(p)])).toEqual([
      ['Стаж (лет)', 'ожидается число, например 12 или 3,5, а не «много»'],
      ['Имя', 'не заполнено, а это обязательное поле. Например: Мария'],
    ]);
    expect(read.unusable).toEqual([]);
    expect(read.rowsWithoutId).toEqual([4]);
  });

  it('reads a wrong checkbox as unticked, so the person stays (without consent)', () => {
    const read = readTable(
      MENTORS_TABLE,
      MentorSchema,
      [{ rowNumber: 2, cells: { id: 'НК-0001', ...mentor, consent: 'может быть' } }],
      { timeZone: TZ },
    );
    expect(read.entities[0]).toMatchObject({ id: 'НК-0001', consent: false });
    expect(read.problems.map((p) => p.column)).toEqual(['Согласие на обработку ПДн']);
  });

  it('leaves out a pair whose status does not read, reporting it once, and names it as unusable', () => {
    const read = readTable(
      MENTORSHIPS_TABLE,
      MentorshipSchema,
      [
        {
          rowNumber: 5,
          cells: {
            id: 'ПГ-0003',
            mentorId: 'НК-0001',
            menteeIds: 'НЯ-0001',
            form: 'педагог – педагог',
            status: 'в работе',
          },
        },
      ],
      { timeZone: TZ },
    );
    expect(read.entities).toEqual([]);
    expect(read.unusable).toEqual([{ rowNumber: 5, id: 'ПГ-0003' }]);
    expect(read.problems.map((p) => p.column)).toEqual(['Виды наставничества', 'Статус']);
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
        row(5, 'matchExperienceGapYears', '12'),
        row(6, 'мои заметки', 'что угодно'),
      ],
      TZ,
    );
    expect(settings).toEqual({
      orgShortName: 'ГБДОУ детский сад № 64',
      academicYearStart: '2025-09-01',
      academicYearEnd: '2026-08-31',
      matchExperienceGapYears: 12,
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
      'Лист «Настройки», строка 9, столбец «Значение»: не заполнено «Руководитель: ФИО». Полностью, например: Тимофеева Елена Викторовна',
      'Лист «Настройки», строка 10, столбец «Значение»: «Начало учебного года»: ожидается дата, например 01.09.2025, а не «сентябрь»',
    ]);
  });

  it('reports an academic year that ends before it starts', () => {
    const { problems } = parseSettings(
      [row(2, 'academicYearStart', '01.09.2025'), row(3, 'academicYearEnd', '31.05.2025')],
      TZ,
    );
    expect(problems.map((p) => p.message)).toEqual([
      'Лист «Настройки», строка 3, столбец «Значение»: окончание учебного года должно быть позже его начала',
    ]);
  });
});
