import { storedValue, toRow } from '../../../src/domain/registry/to-row';
import { JOURNAL_TABLE, MENTORSHIPS_TABLE, MENTORS_TABLE } from '../../../src/domain/registry/tables';
import { parseTable } from '../../../src/domain/registry/parse-table';

const TZ = 'Europe/Moscow';

describe('writing a record back to cells', () => {
  it('returns dates as Dates at midnight in the spreadsheet time zone and lists joined with «; »', () => {
    const row = toRow(
      MENTORSHIPS_TABLE,
      { id: 'ПГ-0001', menteeIds: ['НЯ-0001', 'НЯ-0002'], kinds: ['в группе'], startDate: '2025-09-01' },
      TZ,
    );
    expect(row).toEqual({
      id: 'ПГ-0001',
      menteeIds: 'НЯ-0001; НЯ-0002',
      kinds: 'в группе',
      startDate: new Date('2025-08-31T21:00:00.000Z'),
    });
  });

  it('returns people’s text exactly, even when it looks like a formula', () => {
    expect(toRow(MENTORS_TABLE, { surname: '=HYPERLINK("http://evil")' }, TZ)).toEqual({
      surname: '=HYPERLINK("http://evil")',
    });
  });

  it('clears a cell whose value is gone and unticks an empty checkbox', () => {
    expect(toRow(MENTORS_TABLE, { patronymic: undefined, consent: undefined }, TZ)).toEqual({
      patronymic: '',
      consent: false,
    });
  });

  it('writes the journal’s moment as a Date', () => {
    expect(toRow(JOURNAL_TABLE, { at: '2025-09-01T14:30' }, TZ).at).toEqual(
      new Date('2025-09-01T11:30:00.000Z'),
    );
  });

  it('round-trips: what it writes reads back as the same record', () => {
    const record = {
      id: 'НК-0001',
      surname: 'Иванова',
      firstName: 'Мария',
      position: 'воспитатель',
      experienceYears: 3.5,
      competencies: ['методические', 'ИКТ-компетенции, цифровизация'],
      consent: true,
      active: true,
      consentDate: '2025-09-01',
    };
    const cells = toRow(MENTORS_TABLE, record, TZ);
    const { records, problems } = parseTable(MENTORS_TABLE, [{ rowNumber: 2, cells }], { timeZone: TZ });
    expect(problems).toEqual([]);
    expect(records[0]).toMatchObject(record);
  });

  it('refuses text longer than a cell takes with a UserError naming the field (§1.2), counting the quote of «=…»', () => {
    expect(() => toRow(MENTORS_TABLE, { note: 'я'.repeat(50_001) }, TZ)).toThrow(
      expect.objectContaining({
        name: 'UserError',
        message: expect.stringContaining('Поле «Примечание»: не более 50 000 символов'),
      }),
    );
    expect(toRow(MENTORS_TABLE, { note: 'я'.repeat(50_000) }, TZ).note).toHaveLength(50_000);
    expect(() => toRow(MENTORS_TABLE, { note: `=${'x'.repeat(49_999)}` }, TZ)).toThrow('а здесь 50 001');
  });
});

describe('a value as the sheet will keep it', () => {
  const column = (table: typeof MENTORS_TABLE, key: string) =>
    table.columns.find((c) => c.key === key) as (typeof MENTORS_TABLE.columns)[number];

  it('keeps people’s text exactly and reads blank text as absent', () => {
    expect(storedValue(column(MENTORS_TABLE, 'surname'), ' =Ёлкина-Щёткина ')).toEqual({
      ok: true,
      value: ' =Ёлкина-Щёткина ',
    });
    expect(storedValue(column(MENTORS_TABLE, 'note'), ' \n ')).toEqual({ ok: true, value: undefined });
    expect(storedValue(column(MENTORS_TABLE, 'competencies'), [])).toEqual({ ok: true, value: [] });
  });

  it('spells a list value as the list does and trims an e-mail, as the next read gives them', () => {
    expect(storedValue(column(MENTORSHIPS_TABLE, 'form'), 'ПЕДАГОГ – ПЕДАГОГ')).toEqual({
      ok: true,
      value: 'педагог – педагог',
    });
    expect(storedValue(column(MENTORS_TABLE, 'email'), ' ivanova@example.ru ')).toEqual({
      ok: true,
      value: 'ivanova@example.ru',
    });
  });

  it('says why the sheet cannot keep a value: what the check would refuse in a cell typed by hand', () => {
    expect(storedValue(column(MENTORS_TABLE, 'email'), 'ivanova')).toEqual({
      ok: false,
      message: 'ожидается адрес эл. почты, например ivanova@example.ru, а не «ivanova»',
    });
    expect(storedValue(column(MENTORS_TABLE, 'consentDate'), '1899-12-31')).toEqual({
      ok: false,
      message: 'ожидается дата с 01.01.1900 по 31.12.2099, а не 31.12.1899. Проверьте год',
    });
    expect(storedValue(column(MENTORS_TABLE, 'enteredOn'), '2202-03-10')).toEqual({
      ok: false,
      message: 'ожидается дата с 01.01.1900 по 31.12.2099, а не 10.03.2202. Проверьте год',
    });
    expect(storedValue(column(MENTORS_TABLE, 'surname'), ` ${'Щ'.repeat(61)} `)).toEqual({
      ok: false,
      message:
        'не длиннее 60 символов, а здесь 61. Проверьте, не попал ли сюда текст другого столбца, и сократите',
    });
    expect(storedValue(column(MENTORS_TABLE, 'surname'), ` ${'Щ'.repeat(60)} `).ok).toBe(true);
    expect(storedValue(column(MENTORS_TABLE, 'note'), 'Щ'.repeat(5000)).ok).toBe(true);
  });

  it('checks a long run of dots in an e-mail in linear time', () => {
    const started = performance.now();
    expect(storedValue(column(MENTORS_TABLE, 'email'), `a@${'.'.repeat(49_000)}@`).ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
