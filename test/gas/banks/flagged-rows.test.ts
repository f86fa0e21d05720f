/**
 * A row with a problem stays reachable (issue 11, items 1 and 2): a person whose cell the sheet cannot read is still
 * listed (with the problem in Russian), still matched and paired, and the update that fixes the cell is accepted.
 */
import {
  addMentee,
  addMentor,
  listMentees,
  listMentors,
  loadMatchSidebar,
  loadMentorshipSidebar,
  proposeCohort,
  rankMentorsForMentee,
  updateMentee,
  updateMentor,
} from '../endpoints';
import { MENTEES_TABLE, MENTORS_TABLE } from '../../../src/domain/registry/tables';
import type { Workspace } from '../../../emulator/workspace';
import { fromSidebar, menteeInput, mentorInput, seen, setUpWorkspace } from '../registry-fixture';

describe('a bank row with a problem stays reachable', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => {
    ({ ws, done } = setUpWorkspace());
    fromSidebar(ws, () => addMentor(mentorInput()));
    fromSidebar(ws, () => addMentee(menteeInput()));
  });
  afterEach(() => done());

  /** Types `value` into the cell of `header` in the first data row, as text when `asText`. */
  function type(sheet: string, header: string, value: string, asText = true): void {
    const range = SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName(sheet)
      ?.getRange(2, seen(ws, sheet)[0].indexOf(header) + 1);
    if (asText) range?.setNumberFormat('@');
    range?.setValue(value);
  }
  const cell = (sheet: string, header: string) => seen(ws, sheet)[1][seen(ws, sheet)[0].indexOf(header)];

  it('keeps a mentee with «1 сентября 2025» in «Дата включения в банк» in the bank, matching and pairs', () => {
    type(MENTEES_TABLE.sheetName, 'Дата включения в банк', '1 сентября 2025', false);
    const [mentee] = fromSidebar(ws, () => listMentees()).items;
    expect(mentee).toMatchObject({ id: 'НЯ-0001', fullName: 'Смирнова Ольга' });
    expect(mentee.enteredOn).toBeUndefined();
    expect(mentee.problems).toEqual([
      '«Дата включения в банк»: ожидается дата, например 01.09.2025, а не «1 сентября 2025»',
    ]);
    const match = fromSidebar(ws, () => loadMatchSidebar());
    expect(match.ranking?.mentee.id).toBe('НЯ-0001');
    expect(match.ranking?.mentors.map((m) => [m.mentorId, m.available])).toEqual([['НК-0001', true]]);
    expect(fromSidebar(ws, () => rankMentorsForMentee('НЯ-0001')).mentors).toHaveLength(1);
    const cohort = fromSidebar(ws, () => proposeCohort());
    expect(cohort.proposals.map((p) => [p.mentorId, p.menteeIds])).toEqual([['НК-0001', ['НЯ-0001']]]);
    expect(cohort.skipped).toEqual([]);
    const pairs = fromSidebar(ws, () => loadMentorshipSidebar());
    expect(pairs.mentees.map((m) => [m.id, m.problems])).toEqual([
      ['НЯ-0001', ['«Дата включения в банк»: ожидается дата, например 01.09.2025, а не «1 сентября 2025»']],
    ]);

    const fixed = fromSidebar(ws, () => updateMentee({ id: 'НЯ-0001', enteredOn: '2025-09-01' }));
    expect(fixed.enteredOn).toBe('2025-09-01');
    expect(cell(MENTEES_TABLE.sheetName, 'Дата включения в банк')).toBe('01.09.2025');
    expect(fromSidebar(ws, () => listMentees()).items[0].problems).toBeUndefined();
  });

  it('accepts an unrelated change of a person with a bad phone, keeps the bad cell, and clears it on request', () => {
    type(MENTORS_TABLE.sheetName, 'Телефон', 'abc');
    expect(fromSidebar(ws, () => listMentors()).items[0].problems).toEqual([
      '«Телефон»: ожидается номер телефона, например +7 900 123-45-67, а не «abc»',
    ]);
    fromSidebar(ws, () => updateMentor({ id: 'НК-0001', position: 'методист' }));
    expect(cell(MENTORS_TABLE.sheetName, 'Должность')).toBe('методист');
    expect(cell(MENTORS_TABLE.sheetName, 'Телефон')).toBe('abc');
    fromSidebar(ws, () => updateMentor({ id: 'НК-0001', phone: null }));
    expect(cell(MENTORS_TABLE.sheetName, 'Телефон')).toBe('');
    expect(fromSidebar(ws, () => listMentors()).items[0].problems).toBeUndefined();
  });

  it('lists a person whose required cell was emptied, and asks for it on the next save', () => {
    type(MENTEES_TABLE.sheetName, 'Категория наставляемого', '');
    const [mentee] = fromSidebar(ws, () => listMentees()).items;
    expect(mentee.problems).toEqual([
      '«Категория наставляемого»: не заполнено, а это обязательное поле. Выберите из списка',
    ]);
    expect(() => fromSidebar(ws, () => updateMentee({ id: 'НЯ-0001', position: 'методист' }))).toThrow(
      'Заполните обязательные поля: «Категория наставляемого».',
    );
    fromSidebar(ws, () => updateMentee({ id: 'НЯ-0001', menteeCategory: 'молодой специалист' }));
    expect(fromSidebar(ws, () => listMentees()).items[0].problems).toBeUndefined();
  });

  it.each([
    ['a phone «abc»', 'phone', 'abc', '«Телефон»: ожидается номер телефона'],
    ['an e-mail «@x»', 'email', '@x', '«Эл. почта»: ожидается адрес эл. почты'],
    ['an e-mail «a@b»', 'email', 'a@b', '«Эл. почта»: ожидается адрес эл. почты'],
    [
      'a consent date in the year 50',
      'consentDate',
      '0050-06-15',
      '«Дата согласия»: ожидается дата с 01.01.1900 по 31.12.2099',
    ],
    [
      'a consent date before 1900',
      'consentDate',
      '1899-12-31',
      '«Дата согласия»: ожидается дата с 01.01.1900 по 31.12.2099',
    ],
    [
      'a bank date in 2202',
      'enteredOn',
      '2202-03-10',
      '«Дата включения в банк»: ожидается дата с 01.01.1900 по 31.12.2099',
    ],
    [
      'a surname of 150 letters',
      'surname',
      'Щ'.repeat(150),
      '«Фамилия»: не длиннее 60 символов, а здесь 150',
    ],
  ])('refuses %s, as the sheet’s check would', (_what, key, value, message) => {
    expect(() => fromSidebar(ws, () => addMentee(menteeInput({ [key]: value })))).toThrow(message);
    expect(() => fromSidebar(ws, () => updateMentor({ id: 'НК-0001', [key]: value }))).toThrow(message);
    expect(seen(ws, MENTEES_TABLE.sheetName)).toHaveLength(2);
  });

  it('refuses a linked mentee who is not on «Наставляемые», as the check reports one typed by hand', () => {
    expect(() => fromSidebar(ws, () => updateMentor({ id: 'НК-0001', menteeId: 'НЯ-0099' }))).toThrow(
      '«Также наставляемый (ID)»: строки с ID НЯ-0099 нет на листе «Наставляемые»',
    );
    expect(fromSidebar(ws, () => updateMentor({ id: 'НК-0001', menteeId: 'НЯ-0001' })).menteeId).toBe(
      'НЯ-0001',
    );
  });
});
