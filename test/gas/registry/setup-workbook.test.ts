import { LAYOUT_PROPERTY, LAYOUT_VERSION } from '../../../src/app/registry/setup-workbook';
import { setupWorkbook } from '../endpoints';
import { readColumnTags } from '../../../src/gas/registry/sheet-lookup';
import { SheetTableStore } from '../../../src/gas/registry/sheet-table-store';
import { EXECUTION_TIME_LIMIT_MESSAGE } from '../../../emulator/core/runtime';
import {
  JOURNAL_TABLE,
  MENTORS_TABLE,
  MENTORSHIPS_TABLE,
  SETTINGS_ROWS,
  SETTINGS_TABLE,
  TABLES,
} from '../../../src/domain/registry/tables';
import { MENTORSHIP_STATUSES } from '../../../src/domain/vocabulary';
import type { Workspace } from '../../../emulator/workspace';
import { installWorkspace, seen } from '../registry-fixture';

describe('setupWorkbook', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = installWorkspace()));
  afterEach(() => done());

  const setup = () => ws.run(() => setupWorkbook(), { kind: 'menu' });

  it('builds every registry sheet with the headers a person sees and a frozen header row', () => {
    setup();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    for (const spec of TABLES) {
      expect(seen(ws, spec.sheetName)[0].slice(0, spec.columns.length)).toEqual(
        spec.columns.map((c) => c.header),
      );
      expect(ss.getSheetByName(spec.sheetName)?.getFrozenRows()).toBe(1);
    }
    expect(PropertiesService.getDocumentProperties().getProperty(LAYOUT_PROPERTY)).toBe(
      String(LAYOUT_VERSION),
    );
    expect(ss.getSheets().map((s) => s.getName())).toEqual(TABLES.map((t) => t.sheetName));
  });

  it('keeps a default sheet the curator already wrote in', () => {
    SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Лист1')?.getRange('B2').setValue('мои заметки');
    setup();
    expect(seen(ws, 'Лист1')).toEqual([
      ['', ''],
      ['', 'мои заметки'],
    ]);
  });

  it('protects every header row (warning only) and the whole journal, and tags each sheet and column', () => {
    setup();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    for (const spec of TABLES) {
      const sheet = ss.getSheetByName(spec.sheetName);
      if (!sheet) throw new Error(spec.sheetName);
      const type =
        spec.key === 'journal' ? SpreadsheetApp.ProtectionType.SHEET : SpreadsheetApp.ProtectionType.RANGE;
      const protections = sheet.getProtections(type);
      expect(protections).toHaveLength(1);
      expect(protections[0].isWarningOnly()).toBe(true);
      if (spec.key !== 'journal') expect(protections[0].getRange().getA1Notation()).toBe('1:1');
      expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
        ['nastavnik.table', spec.key],
      ]);
      expect(readColumnTags(sheet).map((t) => [t.column, t.key])).toEqual(
        spec.columns.map((c, i) => [i + 1, c.key]),
      );
    }
  });

  it('puts the lifecycle statuses in the status dropdown and a note on the header', () => {
    setup();
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(MENTORSHIPS_TABLE.sheetName);
    if (!sheet) throw new Error('no sheet');
    const column = MENTORSHIPS_TABLE.columns.findIndex((c) => c.key === 'status') + 1;
    const rule = sheet.getRange(5, column).getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toEqual([...MENTORSHIP_STATUSES]);
    expect(sheet.getRange(1, column).getNote()).toContain('проект → утверждена');
    expect(rule?.getAllowInvalid()).toBe(false);
    const at = (key: string) =>
      sheet.getRange(7, MENTORSHIPS_TABLE.columns.findIndex((c) => c.key === key) + 1);
    const kinds = at('kinds').getDataValidation();
    expect(kinds?.getCriteriaValues()[0]).toContain('в группе');
    expect(kinds?.getAllowInvalid()).toBe(true); // several kinds «a; b» are not one list value
    expect(at('form').getDataValidation()?.getAllowInvalid()).toBe(true); // a form of one's own is allowed
    expect(at('startDate').getNumberFormat()).toBe('dd.mm.yyyy');
  });

  it.each([
    ['2027-03-15T09:00:00Z', '01.09.2026', '31.08.2027'],
    ['2026-08-31T20:30:00Z', '01.09.2025', '31.08.2026'], // 23:30 on 31 August in Moscow
    ['2026-08-31T21:30:00Z', '01.09.2026', '31.08.2027'], // 00:30 on 1 September in Moscow
  ])(
    'pre-fills «Настройки» with every parameter and the academic year of the day it runs (%s)',
    (now, start, end) => {
      ws.rt.now = Date.parse(now);
      setup();
      const rows = seen(ws, 'Настройки');
      expect(rows.slice(1).map((r) => r[0])).toEqual(SETTINGS_ROWS.map((s) => s.key));
      expect(rows.find((r) => r[0] === 'academicYearStart')?.[2]).toBe(start);
      expect(rows.find((r) => r[0] === 'academicYearEnd')?.[2]).toBe(end);
    },
  );

  it('lands on «Настройки» and says which values to fill in next; the sheet shows no internal keys', () => {
    setup();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    expect(ss.getActiveSheet().getName()).toBe('Настройки');
    expect(ws.spreadsheet.ui.toasts.at(-1)?.message).toMatch(
      /^Готово\. Изменений: \d+\. Подробности — на листе «Журнал»\. Теперь заполните на листе «Настройки» столбец «Значение»: Полное наименование организации; Краткое наименование организации; Руководитель: ФИО; Куратор: ФИО\.$/,
    );
    const sheet = ss.getSheetByName('Настройки');
    if (!sheet) throw new Error('no settings sheet');
    const rows = seen(ws, 'Настройки');
    const shown = rows[0].map((_, c) => c + 1).filter((c) => !sheet.isColumnHiddenByUser(c));
    expect(shown.map((c) => rows[0][c - 1])).toEqual(['Параметр', 'Значение', 'Пояснение']);
    const visibleText = rows.flatMap((row) => shown.map((c) => row[c - 1]));
    expect(visibleText.filter((text) => /^[a-z][A-Za-z]+$/.test(text))).toEqual([]);
    expect(visibleText).toContain('Подбор: вес «запросы и компетенции»');
  });

  it('stays where the curator is once the required settings are filled in', () => {
    setup();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const settings = ss.getSheetByName('Настройки');
    const rows = seen(ws, 'Настройки');
    const fill = (parameter: string, value: string) =>
      settings?.getRange(rows.findIndex((r) => r[1] === parameter) + 1, 3).setValue(value);
    fill('Полное наименование организации', 'ГБДОУ детский сад № 64 Приморского района');
    fill('Краткое наименование организации', 'ГБДОУ детский сад № 64');
    fill('Руководитель: ФИО', 'Тимофеева Елена Викторовна');
    fill('Куратор: ФИО', 'Петрова Анна Сергеевна');
    ss.getSheetByName('Наставники')?.activate();
    setup();
    expect(ss.getActiveSheet().getName()).toBe('Наставники');
    expect(ws.spreadsheet.ui.toasts.at(-1)?.message).toBe(
      'Таблица уже настроена, ничего менять не пришлось.',
    );
  });

  it('pre-fills «Дорожная карта» with the model roadmap, every deadline inside the academic year', () => {
    setup();
    const rows = seen(ws, 'Дорожная карта').slice(1);
    const settings = seen(ws, 'Настройки');
    const day = (ru: string) => ru.split('.').reverse().join('-');
    const start = day(settings.find((r) => r[0] === 'academicYearStart')?.[2] ?? '');
    const end = day(settings.find((r) => r[0] === 'academicYearEnd')?.[2] ?? '');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows[0][0]).toBe('ДК-0001');
    const deadlineColumn = seen(ws, 'Дорожная карта')[0].indexOf('Срок (дата)');
    for (const row of rows) {
      const deadline = day(row[deadlineColumn]);
      expect(deadline <= end && deadline >= start).toBe(true);
    }
    expect(rows.every((r) => r.includes('запланировано'))).toBe(true);
  });

  it('changes nothing when run a second time', () => {
    setup();
    const first = ws.snapshot();
    setup();
    const second = ws.snapshot();
    const { ui: ui1, ...sheets1 } = first.spreadsheet as { ui: { toasts: unknown[] } };
    const { ui: ui2, ...sheets2 } = second.spreadsheet as { ui: { toasts: unknown[] } };
    // Compared as JSON: a deep toEqual of thousands of formatted cells takes seconds.
    expect(JSON.stringify(sheets2) === JSON.stringify(sheets1)).toBe(true);
    expect({ ...second, spreadsheet: null }).toEqual({ ...first, spreadsheet: null });
    expect(ui2.toasts.slice(0, -1)).toEqual(ui1.toasts);
    expect(JSON.stringify(ui2.toasts.at(-1))).toContain('уже настроена');
  });
});

describe('setupWorkbook on a workbook already set up', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = installWorkspace()));
  afterEach(() => done());

  const setup = () => ws.run(() => setupWorkbook(), { kind: 'menu' });
  const mentors = () => {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(MENTORS_TABLE.sheetName);
    if (!sheet) throw new Error('no sheet');
    return sheet;
  };
  const store = () => new SheetTableStore(SpreadsheetApp.getActiveSpreadsheet());

  it('keeps a column width the curator set, and gives a column it adds again the width of the spec', () => {
    setup();
    mentors().setColumnWidth(2, 333);
    const consent = MENTORS_TABLE.columns.findIndex((c) => c.key === 'consentDate') + 1;
    mentors().deleteColumn(consent);
    setup();
    expect(mentors().getColumnWidth(2)).toBe(333);
    const width = MENTORS_TABLE.columns.find((c) => c.key === 'consentDate')?.width ?? 100;
    expect(mentors().getColumnWidth(mentors().getLastColumn())).toBe(width);
  });

  it('keeps a header the curator reworded, and the add-on still reads that column', () => {
    setup();
    const surname = MENTORS_TABLE.columns.findIndex((c) => c.key === 'surname') + 1;
    mentors().getRange(1, surname).setValue('Фамилия сотрудника');
    setup();
    expect(mentors().getRange(1, surname).getValue()).toBe('Фамилия сотрудника');
    expect(JSON.stringify(ws.spreadsheet.ui.toasts.at(-1))).toContain('уже настроена');
    mentors().getRange(2, surname).setValue('Иванова');
    expect(store().read(MENTORS_TABLE).rows[0].cells.surname).toBe('Иванова');
  });

  it('writes the header of a column whose header cell the curator emptied', () => {
    setup();
    const surname = MENTORS_TABLE.columns.findIndex((c) => c.key === 'surname') + 1;
    mentors().getRange(1, surname).setValue('');
    setup();
    expect(mentors().getRange(1, surname).getValue()).toBe('Фамилия');
  });

  it('puts back a dropdown the curator replaced and the frozen header row', () => {
    setup();
    const column = MENTORS_TABLE.columns.findIndex((c) => c.key === 'qualification') + 1;
    const rows = mentors().getMaxRows() - 1;
    mentors()
      .getRange(2, column, rows, 1)
      .setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['своё']).build());
    mentors().setFrozenRows(0);
    setup();
    expect(mentors().getRange(rows, column).getDataValidation()?.getCriteriaValues()[0]).toContain('высшая');
    expect(mentors().getFrozenRows()).toBe(1);
  });
});

describe('setupWorkbook stopped part-way', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = installWorkspace()));
  afterEach(() => done());

  const setup = () => ws.run(() => setupWorkbook(), { kind: 'menu' });

  it('is finished by the next run: widths on the sheets it created, and one journal entry with every change', () => {
    ws.rt.killAt({ method: 'Sheet.setColumnWidths', occurrence: 1 });
    expect(setup).toThrow(EXECUTION_TIME_LIMIT_MESSAGE);
    const settings = () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SETTINGS_TABLE.sheetName);
    expect(settings()?.getColumnWidth(2)).toBe(100); // the default: it was stopped before the widths
    expect(SpreadsheetApp.getActiveSpreadsheet().getSheetByName(JOURNAL_TABLE.sheetName)).toBeNull();

    setup();
    expect(SETTINGS_TABLE.columns.map((_, i) => settings()?.getColumnWidth(i + 1))).toEqual(
      SETTINGS_TABLE.columns.map((c) => c.width),
    );
    const journal = seen(ws, JOURNAL_TABLE.sheetName).slice(1);
    expect(journal.map((r) => r[0])).toEqual(['ЖР-0001']);
    const lines = journal[0][5].split('\n');
    expect(lines).toContain('создан лист «Настройки»');
    expect(lines).toContain(`создан лист «${JOURNAL_TABLE.sheetName}»`);
    expect(ws.spreadsheet.ui.toasts.at(-1)?.message).toContain(
      `Готово. Изменений: ${lines.length}. Подробности — на листе «Журнал».`,
    );

    setup();
    expect(seen(ws, JOURNAL_TABLE.sheetName).slice(1)).toHaveLength(1);
    expect(ws.spreadsheet.ui.toasts.at(-1)?.message).toContain('уже настроена');
  });
});
