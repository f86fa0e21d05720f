/**
 * Issue 11, item 13: «Пары и группы», «Программы» and «План мероприятий» show the people's names beside their
 * IDs, written by the add-on when it saves a row, refreshed by «Проверить данные» when the banks change, and gone
 * with a consent withdrawal.
 */
import {
  addMentee,
  addMentor,
  checkData,
  createMentorship,
  saveProgrammePlan,
  setupWorkbook,
  updateMentorship,
  withdrawConsentOf,
} from '../endpoints';
import { REPORT_SHEET } from '../../../src/gas/registry/check-report-sheet';
import type { Workspace } from '../../../emulator/workspace';
import { everyText, fromSidebar, menteeInput, mentorInput, seen, setUpWorkspace } from '../registry-fixture';

const PAIRS = 'Пары и группы';
const PROGRAMMES = 'Программы';
const EVENTS = 'План мероприятий';

describe('names beside the IDs', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = setUpWorkspace()));
  afterEach(() => done());

  /** The cells of a sheet's data row under the given headers, as a person reads them. */
  const cells = (sheet: string, row: number, ...headers: string[]) => {
    const rows = seen(ws, sheet);
    return headers.map((h) => rows[row - 1][rows[0].indexOf(h)]);
  };
  const check = () => ws.run(() => checkData(), { kind: 'menu' });
  const sheet = (name: string) => {
    const found = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };

  /** A mentor, two mentees in a group, its programme with one event. */
  function group(): void {
    fromSidebar(ws, () => addMentor(mentorInput()));
    fromSidebar(ws, () => addMentee(menteeInput()));
    fromSidebar(ws, () =>
      addMentee(menteeInput({ surname: 'Орлова', firstName: 'Анна', patronymic: 'Ильинична' })),
    );
    fromSidebar(ws, () =>
      createMentorship({
        mentorId: 'НК-0001',
        menteeIds: ['НЯ-0001', 'НЯ-0002'],
        form: 'педагог – педагог',
        kinds: ['в группе'],
        startDate: '2025-09-15',
        endDate: '2026-05-29',
      }),
    );
    fromSidebar(ws, () =>
      saveProgrammePlan({
        mentorshipId: 'ПГ-0001',
        programme: { title: 'Адаптация', startDate: '2025-09-15', endDate: '2026-05-29' },
        events: [{ direction: 'методические', event: 'Совместное планирование', deadline: '2025-10-31' }],
      }),
    );
  }

  it('are written with a new group, its programme and its events', () => {
    group();
    expect(
      cells(PAIRS, 2, 'Наставник (ID)', 'Наставник (ФИО)', 'Наставляемые (ID)', 'Наставляемые (ФИО)'),
    ).toEqual([
      'НК-0001',
      'Иванова Мария Петровна',
      'НЯ-0001; НЯ-0002',
      'Смирнова Ольга; Орлова Анна Ильинична',
    ]);
    const participants = 'Иванова Мария Петровна — Смирнова Ольга, Орлова Анна Ильинична';
    expect(cells(PROGRAMMES, 2, 'Пара/группа (ID)', 'Пара/группа (ФИО)')).toEqual(['ПГ-0001', participants]);
    expect(cells(EVENTS, 2, 'Программа (ID)', 'Пара/группа (ФИО)')).toEqual(['ПР-0001', participants]);
    const headers = seen(ws, PAIRS)[0];
    expect(headers.indexOf('Наставник (ФИО)')).toBe(headers.indexOf('Наставник (ID)') + 1);
    expect(
      sheet(PAIRS)
        .getRange(1, headers.indexOf('Наставник (ФИО)') + 1)
        .getNote(),
    ).toContain('Заполняется автоматически');
    check();
    expect(seen(ws, REPORT_SHEET)[0][0]).toContain('ошибок не найдено');
  });

  it('follow a change of the group’s people', () => {
    group();
    fromSidebar(ws, () => updateMentorship({ id: 'ПГ-0001', menteeIds: ['НЯ-0002', 'НЯ-0001'] }));
    expect(cells(PAIRS, 2, 'Наставляемые (ФИО)')).toEqual(['Орлова Анна Ильинична; Смирнова Ольга']);
  });

  it('are refreshed by «Проверить данные» after a name changed in a bank, and a hand edit is undone', () => {
    group();
    const mentees = seen(ws, 'Наставляемые');
    sheet('Наставляемые')
      .getRange(2, mentees[0].indexOf('Фамилия') + 1)
      .setValue('Кузнецова');
    const pairs = seen(ws, PAIRS)[0];
    sheet(PAIRS)
      .getRange(2, pairs.indexOf('Наставник (ФИО)') + 1)
      .setValue('кто-то другой');
    check();
    expect(cells(PAIRS, 2, 'Наставник (ФИО)', 'Наставляемые (ФИО)')).toEqual([
      'Иванова Мария Петровна',
      'Кузнецова Ольга; Орлова Анна Ильинична',
    ]);
    const participants = 'Иванова Мария Петровна — Кузнецова Ольга, Орлова Анна Ильинична';
    expect(cells(PROGRAMMES, 2, 'Пара/группа (ФИО)')).toEqual([participants]);
    expect(cells(EVENTS, 2, 'Пара/группа (ФИО)')).toEqual([participants]);
    expect(seen(ws, REPORT_SHEET)[0][0]).toContain('ошибок не найдено');
  });

  it('lose a withdrawn person’s name everywhere and keep everyone else’s', () => {
    group();
    fromSidebar(ws, () => withdrawConsentOf('НЯ-0001'));
    const text = everyText(ws);
    expect(text).not.toContain('Смирнова');
    expect(text).not.toContain('Ольга');
    expect(cells(PAIRS, 2, 'Наставляемые (ФИО)')).toEqual([
      'Удалено по отзыву согласия; Орлова Анна Ильинична',
    ]);
    expect(cells(EVENTS, 2, 'Пара/группа (ФИО)')).toEqual([
      'Иванова Мария Петровна — Удалено по отзыву согласия, Орлова Анна Ильинична',
    ]);
  });
});

describe('names beside the IDs in a workbook set up before they existed', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = setUpWorkspace()));
  afterEach(() => done());

  it('let a pair be created without the columns; setup adds them and fills them in', () => {
    const pairs = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(PAIRS);
    if (!pairs) throw new Error('no pairs sheet');
    for (const header of ['Наставляемые (ФИО)', 'Наставник (ФИО)'])
      pairs.deleteColumn(seen(ws, PAIRS)[0].indexOf(header) + 1);
    fromSidebar(ws, () => addMentor(mentorInput()));
    fromSidebar(ws, () => addMentee(menteeInput()));
    fromSidebar(ws, () =>
      createMentorship({
        mentorId: 'НК-0001',
        menteeIds: ['НЯ-0001'],
        form: 'педагог – педагог',
        kinds: ['традиционное (один на один)'],
      }),
    );
    expect(seen(ws, PAIRS)[1][0]).toBe('ПГ-0001');
    ws.run(() => setupWorkbook(), { kind: 'menu' });
    const rows = seen(ws, PAIRS);
    expect(rows[0].slice(-2)).toEqual(['Наставник (ФИО)', 'Наставляемые (ФИО)']);
    expect(rows[1].slice(-2)).toEqual(['Иванова Мария Петровна', 'Смирнова Ольга']);
    // Written by setup itself, not recorded as an operation's writes: a registry of any size fits.
    ws.run(() => checkData(), { kind: 'menu' });
    expect(seen(ws, REPORT_SHEET)[0][0]).toContain('ошибок не найдено');
  });
});
