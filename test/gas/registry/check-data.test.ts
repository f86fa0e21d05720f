import { checkData } from '../endpoints';
import { addMentee, addMentor, createMentorship, listMentors } from '../endpoints';
import { saveProgrammePlan, withdrawConsentOf } from '../endpoints';
import { MARK_PREFIX } from '../../../src/gas/registry/cell-marks';
import { REPORT_SHEET } from '../../../src/gas/registry/check-report-sheet';
import { MENTORS_TABLE } from '../../../src/domain/registry/tables';
import type { Workspace } from '../../../emulator/workspace';
import { fromSidebar, menteeInput, mentorInput, seen, setUpWorkspace } from '../registry-fixture';

describe('«Проверить данные» after a curator edited the sheet by hand', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = setUpWorkspace()));
  afterEach(() => done());

  const sheet = () => {
    const found = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(MENTORS_TABLE.sheetName);
    if (!found) throw new Error('no mentors sheet');
    return found;
  };
  const header = () => seen(ws, MENTORS_TABLE.sheetName)[0];
  const col = (title: string) => header().indexOf(title) + 1;
  const check = () => ws.run(() => checkData(), { kind: 'menu' });
  const report = () => seen(ws, REPORT_SHEET);

  /** Two mentors from the sidebar, then every kind of hand edit the brief lists. */
  function editByHand(): void {
    fromSidebar(ws, () => addMentor(mentorInput({ surname: 'Первая' })));
    fromSidebar(ws, () => addMentor(mentorInput({ surname: 'Вторая' })));
    const s = sheet();
    s.insertColumnBefore(3); // the curator's own column in the middle
    s.getRange(1, 3).setValue('Мой комментарий');
    s.getRange(1, col('Фамилия')).setValue('Фамилия сотрудника'); // renamed header, tagged column
    // «Телефон» moved to the front by hand: its tag goes with the deleted column, its header stays.
    const phone = col('Телефон');
    s.insertColumnBefore(1);
    s.getRange(1, 1, 3, 1).setValues(s.getRange(1, phone + 1, 3, 1).getValues());
    s.deleteColumn(phone + 1);
    s.insertRowsAfter(2, 2); // blank rows between the two mentors
    const row = 6; // a third mentor typed by hand, without ID, with a date typed as text
    s.getRange(row, col('Фамилия сотрудника')).setValue('Третья');
    s.getRange(row, col('Имя')).setValue('Анна');
    s.getRange(row, col('Должность')).setValue('воспитатель');
    s.getRange(row, col('Стаж (лет)')).setValue('много');
    s.getRange(row, col('Дата включения в банк')).setNumberFormat('@').setValue('01.09.2025');
    s.getRange(5, col('ID')).setValue(''); // the second mentor's ID deleted
  }

  it('finds every column, keeps every row, gives IDs to rows without one and never reuses an ID', () => {
    editByHand();
    check();
    const rows = seen(ws, MENTORS_TABLE.sheetName);
    const ids = rows.map((r) => r[col('ID') - 1]);
    expect(ids).toEqual(['ID', 'НК-0001', '', '', 'НК-0003', 'НК-0004']);
    expect(rows.map((r) => r[col('Фамилия сотрудника') - 1])).toEqual([
      'Фамилия сотрудника',
      'Первая',
      '',
      '',
      'Вторая',
      'Третья',
    ]);
    expect(rows.map((r) => r[0])).toEqual(['Телефон', '', '', '', '', '']);
    expect(rows.map((r) => r[3])).toEqual(['Мой комментарий', '', '', '', '', '']);
    const journal = seen(ws, 'Журнал').at(-1);
    expect(journal?.slice(3, 6)).toEqual([
      'Проверка данных: присвоены ID строкам, введённым вручную',
      'НК-0003; НК-0004',
      'Лист «Наставники», строки 5, 6',
    ]);
  });

  it('reports a wrong cell in the report and on the cell, reads a date typed as text, and unmarks once fixed', () => {
    editByHand();
    check();
    const lines = report();
    expect(lines[0][0]).toContain('найдено проблем — 1');
    expect(lines[2].slice(0, 3)).toEqual(['Наставники', '6', 'Стаж (лет)']);
    expect(lines[2][3]).toContain('ожидается число');
    const cell = sheet().getRange(6, col('Стаж (лет)'));
    expect(cell.getNote().startsWith(MARK_PREFIX)).toBe(true);
    expect(ws.spreadsheet.ui.toasts.at(-1)?.message).toContain('Найдено проблем: 1');

    cell.setValue(7);
    check();
    expect(report()[0][0]).toContain('ошибок не найдено');
    expect(cell.getNote()).toBe('');
    const third = fromSidebar(ws, () => listMentors()).items.find((m) => m.surname === 'Третья');
    expect(third).toMatchObject({ id: 'НК-0004', enteredOn: '2025-09-01', experienceYears: 7 });
  });

  it('keeps the curator’s own note under a mark and gives it back when the mark goes', () => {
    editByHand();
    const cell = sheet().getRange(6, col('Стаж (лет)'));
    cell.setNote('уточнить в отделе кадров');
    check();
    expect(cell.getNote()).toContain(MARK_PREFIX);
    expect(cell.getNote()).toContain('уточнить в отделе кадров');
    cell.setValue(3);
    check();
    expect(cell.getNote()).toBe('уточнить в отделе кадров');
  });

  it('reports a pair whose mentee’s consent was unticked by hand, at the pair’s row and column', () => {
    const mentor = fromSidebar(ws, () => addMentor(mentorInput()));
    const mentee = fromSidebar(ws, () => addMentee(menteeInput()));
    fromSidebar(ws, () =>
      createMentorship({
        mentorId: mentor.id,
        menteeIds: [mentee.id],
        form: 'педагог – педагог',
        kinds: ['традиционное (один на один)'],
      }),
    );
    const mentees = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Наставляемые');
    const consent = seen(ws, 'Наставляемые')[0].indexOf('Согласие на обработку ПДн') + 1;
    mentees?.getRange(2, consent).setValue(false);
    check();
    const line = report()[2];
    expect(line.slice(0, 3)).toEqual(['Пары и группы', '2', 'Наставляемые (ID)']);
    expect(line[3]).toContain('нет согласия на обработку персональных данных у Смирнова Ольга (НЯ-0001)');
    const pairs = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Пары и группы');
    const menteeIds = seen(ws, 'Пары и группы')[0].indexOf('Наставляемые (ID)') + 1;
    expect(pairs?.getRange(2, menteeIds).getNote()).toContain(MARK_PREFIX);
    expect(seen(ws, 'Журнал')[1][1]).toMatch(/^\d\d\.\d\d\.\d{4} \d\d:\d\d$/);
  });

  it('reports a formula a curator typed into a name cell, and never evaluates or rewrites it', () => {
    fromSidebar(ws, () => addMentor(mentorInput()));
    const cell = sheet().getRange(2, col('Фамилия'));
    cell.setValue('=HYPERLINK("http://evil")');
    check();
    const lines = report().slice(2);
    const line = lines.find((l) => l[3].includes('в ячейке формула'));
    expect(line?.slice(0, 3)).toEqual(['Наставники', '2', 'Фамилия']);
    expect(line?.[3]).toContain('=HYPERLINK("http://evil")');
    expect(cell.getFormula()).toBe('=HYPERLINK("http://evil")');
    expect(report()[0][0]).not.toContain('ошибок не найдено');
  });

  it('asks for «Настроить таблицу» when a registry sheet was deleted, and writes nothing', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const practices = ss.getSheetByName('Лучшие практики');
    if (practices) ss.deleteSheet(practices);
    ws.spreadsheet.ui.scriptAnswers(['OK']);
    check();
    expect(ws.spreadsheet.ui.alerts.at(-1)?.prompt).toBe(
      'Нет листа «Лучшие практики». Выполните «Наставничество › Настроить таблицу»: лист будет создан.',
    );
    expect(ss.getSheetByName(REPORT_SHEET)).toBeNull();
  });

  it('changes nothing but the report when the registry is clean', () => {
    fromSidebar(ws, () => addMentor(mentorInput()));
    check();
    const before = JSON.stringify(ws.snapshot().spreadsheet);
    check();
    const after = JSON.stringify(ws.snapshot().spreadsheet);
    const withoutReport = (json: string) => json.replace(/Проверка от [^"]*"/g, '');
    expect(withoutReport(after).replace(/"toasts":\[.*?\]/s, '')).toBe(
      withoutReport(before).replace(/"toasts":\[.*?\]/s, ''),
    );
  });
});

describe('«Проверить данные» and the sidebars agree (issue 11)', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = setUpWorkspace()));
  afterEach(() => done());

  const check = () => ws.run(() => checkData(), { kind: 'menu' });
  /** The report's lines after its two header rows: sheet, row, column, message. */
  const lines = () => seen(ws, REPORT_SHEET).slice(2);
  /** Types a row by hand at `row` of `sheet`, cells by header. */
  function typeRow(sheet: string, row: number, cells: Record<string, unknown>): void {
    const headers = seen(ws, sheet)[0];
    const target = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet);
    for (const [header, value] of Object.entries(cells)) {
      target?.getRange(row, headers.indexOf(header) + 1).setValue(value);
    }
  }

  it('finds nothing to ask of a row anonymised by consent withdrawal, and keeps it listed', () => {
    fromSidebar(ws, () => addMentor(mentorInput()));
    fromSidebar(ws, () => withdrawConsentOf('НК-0001'));
    check();
    expect(lines()).toEqual([]);
    expect(fromSidebar(ws, () => listMentors()).items.map((m) => [m.id, m.fullName, m.problems])).toEqual([
      ['НК-0001', 'Удалено по отзыву согласия', undefined],
    ]);
  });

  it('gives a pair typed by hand its ID and reports its full mentor in the same run', () => {
    fromSidebar(ws, () => addMentor(mentorInput({ capacity: 1 })));
    fromSidebar(ws, () => addMentee(menteeInput()));
    fromSidebar(ws, () => addMentee(menteeInput({ surname: 'Орлова' })));
    fromSidebar(ws, () =>
      createMentorship({
        mentorId: 'НК-0001',
        menteeIds: ['НЯ-0001'],
        form: 'педагог – педагог',
        kinds: ['традиционное (один на один)'],
      }),
    );
    typeRow('Пары и группы', 3, {
      'Наставник (ID)': 'НК-0001',
      'Наставляемые (ID)': 'НЯ-0002',
      'Форма наставничества': 'педагог – педагог',
      'Виды наставничества': 'традиционное (один на один)',
      Статус: 'проект',
    });
    check();
    expect(seen(ws, 'Пары и группы').map((r) => r[0])).toEqual(['ID', 'ПГ-0001', 'ПГ-0002']);
    expect(lines().map((l) => l.slice(0, 3))).toEqual([
      ['Наставники', '2', 'Наставляемых одновременно (не более)'],
    ]);
    expect(lines()[0][3]).toContain('у наставника 2 наставляемых, а указано не более 1');
  });

  it('reports dates out of range, a surname too long, an end before the start and an event after the programme', () => {
    fromSidebar(ws, () => addMentor(mentorInput()));
    fromSidebar(ws, () => addMentee(menteeInput()));
    fromSidebar(ws, () =>
      createMentorship({
        mentorId: 'НК-0001',
        menteeIds: ['НЯ-0001'],
        form: 'педагог – педагог',
        kinds: ['традиционное (один на один)'],
        startDate: '2025-09-15',
      }),
    );
    fromSidebar(ws, () =>
      saveProgrammePlan({
        mentorshipId: 'ПГ-0001',
        programme: { title: 'Адаптация', startDate: '2025-09-15', endDate: '2026-05-31' },
        events: [{ direction: 'методические', event: 'Итоговое занятие', deadline: '2026-05-20' }],
      }),
    );
    typeRow('Наставники', 2, { 'Дата включения в банк': '10.03.2202', Фамилия: 'Щ'.repeat(150) });
    typeRow('Пары и группы', 2, { 'Окончание (факт)': '01.09.2025' });
    typeRow('План мероприятий', 2, { Срок: '15.06.2026' });
    check();
    expect(lines()).toEqual([
      [
        'Наставники',
        '2',
        'Фамилия',
        'не длиннее 60 символов, а здесь 150. Проверьте, не попал ли сюда текст другого столбца, и сократите',
      ],
      [
        'Наставники',
        '2',
        'Дата включения в банк',
        'ожидается дата с 01.01.1900 по 31.12.2099, а не 10.03.2202. Проверьте год',
      ],
      [
        'Пары и группы',
        '2',
        'Окончание (факт)',
        'Пара ПГ-0001: окончание (факт) 01.09.2025 раньше начала 15.09.2025. Исправьте дату начала или окончания.',
      ],
      [
        'План мероприятий',
        '2',
        'Срок',
        'Срок 15.06.2026 позже окончания программы 31.05.2026 (ПР-0001). ' +
          'Укажите срок в пределах программы или продлите программу («Продлена до»).',
      ],
    ]);
  });
});
