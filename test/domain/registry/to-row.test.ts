import { toRow } from '../../../src/domain/registry/to-row';
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
});
