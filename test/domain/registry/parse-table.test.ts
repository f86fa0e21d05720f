import { parseTable } from '../../../src/domain/registry/parse-table';
import type { CellValue, SheetRow } from '../../../src/domain/registry/sheet-row';
import { MENTEES_TABLE, MENTORSHIPS_TABLE, MENTORS_TABLE } from '../../../src/domain/registry/tables';

const TZ = 'Europe/Moscow';

/** A mentor row as a curator might type it, with any cell overridden. */
function mentorRow(rowNumber: number, cells: Record<string, CellValue> = {}): SheetRow {
  return {
    rowNumber,
    cells: {
      id: 'НК-0001',
      surname: 'Иванова',
      firstName: 'Мария',
      patronymic: 'Петровна',
      position: 'воспитатель',
      experienceYears: 12,
      competencies: 'методические',
      active: true,
      consent: true,
      ...cells,
    },
  };
}

const messages = (rows: SheetRow[]) =>
  parseTable(MENTORS_TABLE, rows, { timeZone: TZ }).problems.map((p) => p.message);

describe('reading a sheet', () => {
  it('reads a well-typed mentor row into values by column key', () => {
    const { records, problems } = parseTable(MENTORS_TABLE, [mentorRow(2)], { timeZone: TZ });
    expect(problems).toEqual([]);
    expect(records[0]).toMatchObject({
      rowNumber: 2,
      id: 'НК-0001',
      surname: 'Иванова',
      experienceYears: 12,
      competencies: ['методические'],
      consent: true,
    });
  });

  it('says where a number is wrong and what to type instead', () => {
    expect(messages([mentorRow(14, { experienceYears: 'много' })])).toEqual([
      'Лист «Наставники», строка 14, столбец «Стаж (лет)»: ожидается число, например 12 или 3,5, а не «много»',
    ]);
  });

  it('accepts numbers typed as text, with a decimal comma', () => {
    const { records } = parseTable(MENTORS_TABLE, [mentorRow(2, { experienceYears: '3,5', capacity: '2' })], {
      timeZone: TZ,
    });
    expect(records[0]).toMatchObject({ experienceYears: 3.5, capacity: 2 });
  });

  it('keeps a formula-looking name as the same text, never evaluated', () => {
    const { records, problems } = parseTable(
      MENTORS_TABLE,
      [mentorRow(2, { surname: '=HYPERLINK("http://evil")' })],
      {
        timeZone: TZ,
      },
    );
    expect(problems).toEqual([]);
    expect(records[0].surname).toBe('=HYPERLINK("http://evil")');
  });

  it('reads a date typed as text «01.09.2025» and a Date cell alike', () => {
    const rows = [
      mentorRow(2, { consentDate: '01.09.2025' }),
      mentorRow(3, { id: 'НК-0002', consentDate: new Date('2025-08-31T21:00:00Z') }),
    ];
    const { records } = parseTable(MENTORS_TABLE, rows, { timeZone: TZ });
    expect(records.map((r) => r.consentDate)).toEqual(['2025-09-01', '2025-09-01']);
  });

  it('reports a date it cannot read', () => {
    expect(messages([mentorRow(5, { consentDate: '31.02.2025' })])).toEqual([
      'Лист «Наставники», строка 5, столбец «Дата согласия»: ожидается дата, например 01.09.2025, а не «31.02.2025»',
    ]);
  });

  it('refuses a time-only cell in a date column', () => {
    expect(messages([mentorRow(5, { consentDate: new Date('1899-12-30T07:00:00Z') })])).toEqual([
      'Лист «Наставники», строка 5, столбец «Дата согласия»: ожидается дата, например 01.09.2025, а в ячейке только время',
    ]);
  });

  it('reads checkboxes typed as «да» and «нет»', () => {
    const { records } = parseTable(MENTORS_TABLE, [mentorRow(2, { consent: 'Да', active: 'нет' })], {
      timeZone: TZ,
    });
    expect(records[0]).toMatchObject({ consent: true, active: false });
  });

  it('splits lists by «; », «, » or new lines, in any case, keeping options that contain a comma', () => {
    const typed = 'Методические, ИКТ-компетенции, цифровизация\nздоровьесбережение';
    const { records } = parseTable(MENTORS_TABLE, [mentorRow(2, { competencies: typed })], { timeZone: TZ });
    expect(records[0].competencies).toEqual([
      'методические',
      'ИКТ-компетенции, цифровизация',
      'здоровьесбережение',
    ]);
  });

  it('names an unknown list value and suggests the closest option', () => {
    const [message] = messages([mentorRow(3, { competencies: 'методические; здоровьесбережене' })]);
    expect(message).toContain('столбец «Компетенции (направления)»: нет такого значения «здоровьесбережене»');
    expect(message).toContain('Возможно, имелось в виду «здоровьесбережение»');
  });

  it('reports an empty required cell with a hint of what to type', () => {
    expect(messages([mentorRow(7, { surname: '' })])).toEqual([
      'Лист «Наставники», строка 7, столбец «Фамилия»: не заполнено, а это обязательное поле. Например: Иванова',
    ]);
  });

  it('skips blank rows in the middle entirely, without a problem', () => {
    // Checkbox columns give `false` in a blank row.
    const blank: SheetRow = {
      rowNumber: 3,
      cells: { id: '', surname: '', consent: false, active: false, note: '  ' },
    };
    const { records, problems } = parseTable(
      MENTORS_TABLE,
      [mentorRow(2), blank, mentorRow(4, { id: 'НК-0002' })],
      { timeZone: TZ },
    );
    expect(records.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(problems).toEqual([]);
  });

  it('keeps a row with a problem as a record, without the bad cell, so nothing is dropped silently', () => {
    const { records } = parseTable(MENTORS_TABLE, [mentorRow(2, { experienceYears: 'много' })], {
      timeZone: TZ,
    });
    expect(records).toHaveLength(1);
    expect(records[0]).not.toHaveProperty('experienceYears');
  });

  it('reports a duplicate ID on the later row and lists rows typed without an ID', () => {
    const { problems, rowsWithoutId, records } = parseTable(
      MENTORS_TABLE,
      [mentorRow(2), mentorRow(3), mentorRow(4, { id: '' })],
      { timeZone: TZ },
    );
    expect(problems.map((p) => p.message)).toEqual([
      'Лист «Наставники», строка 3, столбец «ID»: ID НК-0001 уже есть в строке 2. Если строка скопирована, очистите здесь ID — при следующей проверке она получит новый',
    ]);
    expect(rowsWithoutId).toEqual([4]);
    expect(records[1]).not.toHaveProperty('id');
  });

  it('reports an ID of another sheet in the ID column', () => {
    expect(messages([mentorRow(2, { id: 'НЯ-0001' })])[0]).toContain(
      'НЯ-0001 — ID не того листа; ожидается ID этого листа, например НК-0001',
    );
  });

  it('reports a reference to a deleted row', () => {
    const row: SheetRow = {
      rowNumber: 6,
      cells: {
        id: 'ПГ-0001',
        mentorId: 'НК-0009',
        menteeIds: 'НЯ-0001; ня-2',
        form: 'педагог – педагог',
        kinds: 'в группе',
        status: 'проект',
      },
    };
    const knownIds = { mentors: new Set(['НК-0001']), mentees: new Set(['НЯ-0001', 'НЯ-0002']) };
    const { problems, records } = parseTable(MENTORSHIPS_TABLE, [row], { timeZone: TZ, knownIds });
    expect(problems.map((p) => p.message)).toEqual([
      'Лист «Пары и группы», строка 6, столбец «Наставник (ID)»: строки с ID НК-0009 нет на листе «Наставники» (возможно, она удалена). Укажите ID существующей строки',
    ]);
    expect(records[0].menteeIds).toEqual(['НЯ-0001', 'НЯ-0002']);
  });

  it('reports a pair without mentees, and a spoilt ID with how to fix it', () => {
    const row: SheetRow = {
      rowNumber: 8,
      cells: {
        id: 'ПГ-01-а',
        mentorId: 'НК-0001',
        menteeIds: '',
        form: 'педагог – педагог',
        kinds: 'в группе',
        status: 'проект',
      },
    };
    expect(parseTable(MENTORSHIPS_TABLE, [row], { timeZone: TZ }).problems.map((p) => p.message)).toEqual([
      'Лист «Пары и группы», строка 8, столбец «ID»: «ПГ-01-а» не похоже на ID; ожидается ID вида ПГ-0001. Если ID испорчен, очистите ячейку — при следующей проверке строка получит новый ID',
      'Лист «Пары и группы», строка 8, столбец «Наставляемые (ID)»: не заполнено, а это обязательное поле. ID с листа «Наставляемые» через «; », например НЯ-0001; НЯ-0002. Несколько — это группа',
    ]);
  });

  it('accepts a free form of mentoring where the column allows one', () => {
    const row: SheetRow = {
      rowNumber: 2,
      cells: {
        id: 'ПГ-0001',
        mentorId: 'НК-0001',
        menteeIds: 'НЯ-0001',
        form: 'педагог - педагог',
        kinds: 'Традиционное (один на один)',
        status: 'идет',
      },
    };
    const other: SheetRow = {
      rowNumber: 3,
      cells: { ...row.cells, id: 'ПГ-0002', form: 'методист – воспитатель' },
    };
    const { records, problems } = parseTable(MENTORSHIPS_TABLE, [row, other], { timeZone: TZ });
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.form, r.status])).toEqual([
      ['педагог – педагог', 'идёт'],
      ['методист – воспитатель', 'идёт'],
    ]);
  });

  it('uses the header as it is in the sheet when the curator renamed it', () => {
    const { problems } = parseTable(MENTORS_TABLE, [mentorRow(2, { experienceYears: 'x' })], {
      timeZone: TZ,
      headers: { experienceYears: 'Стаж' },
    });
    expect(problems[0].column).toBe('Стаж');
    expect(problems[0].message).toMatch(/^Лист «Наставники», строка 2, столбец «Стаж»: /);
  });

  it('reports a missing required column once, not on every row', () => {
    const rows: SheetRow[] = [2, 3].map((n) => ({
      rowNumber: n,
      cells: { id: `НЯ-000${n}`, surname: 'Петрова', firstName: 'Анна', position: 'воспитатель' },
    }));
    const { problems } = parseTable(MENTEES_TABLE, rows, { timeZone: TZ });
    expect(problems.map((p) => p.message)).toEqual([
      'Лист «Наставляемые», строка 1, столбец «Категория наставляемого»: столбец не найден. Верните его или выполните «Настроить таблицу»',
    ]);
  });

  it('reports a wrong email and phone', () => {
    expect(messages([mentorRow(2, { email: 'ivanova at mail', phone: 'звонить вечером' })])).toEqual([
      'Лист «Наставники», строка 2, столбец «Эл. почта»: ожидается адрес эл. почты, например ivanova@example.ru, а не «ivanova at mail»',
      'Лист «Наставники», строка 2, столбец «Телефон»: ожидается номер телефона, например +7 900 123-45-67, а не «звонить вечером»',
    ]);
  });
});
