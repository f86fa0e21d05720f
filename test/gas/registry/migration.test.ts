import { LAYOUT_PROPERTY } from '../../../src/app/registry/setup-workbook';
import { addMentor, listMentees, listMentors, listMentorships } from '../endpoints';
import { setupWorkbook } from '../endpoints';
import { GasWorkbookLayout } from '../../../src/gas/registry/sheet-layout';
import { readColumnTags } from '../../../src/gas/registry/sheet-lookup';
import { SheetTableStore } from '../../../src/gas/registry/sheet-table-store';
import type { ColumnSpec, TableSpec } from '../../../src/domain/registry/table-spec';
import { MENTEES_TABLE, MENTORS_TABLE, MENTORSHIPS_TABLE, TABLES } from '../../../src/domain/registry/tables';
import type { Workspace } from '../../../emulator/workspace';
import { fromSidebar, installWorkspace, seen } from '../registry-fixture';

/**
 * Layout 1, as the first version left a workbook: each sheet has its header texts only, in its own column order
 * (here reversed), without the columns added since («Дата согласия», the names beside the IDs), without developer
 * metadata, notes, dropdowns or protection, and no layout version in the document properties.
 */
function buildLayoutOne(data: Partial<Record<string, string[][]>>): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  for (const spec of TABLES) {
    const columns = layoutOneColumns(spec).reverse();
    const sheet = ss.insertSheet(spec.sheetName);
    const rows = [
      columns.map((c) => c.header),
      ...(data[spec.key] ?? []).map((r) => reorder(spec, columns, r)),
    ];
    sheet.getRange(1, 1, rows.length, columns.length).setValues(rows);
  }
}

/** The columns of a layout-1 sheet, in spec order. */
function layoutOneColumns(spec: TableSpec): ColumnSpec[] {
  return spec.columns.filter((c) => c.key !== 'consentDate' && !c.derived);
}

/** A data row given in spec order (without «Дата согласия»), laid out in the layout-1 order. */
function reorder(spec: TableSpec, columns: TableSpec['columns'], row: string[]): string[] {
  const keys = layoutOneColumns(spec).map((c) => c.key);
  return columns.map((c) => row[keys.indexOf(c.key)] ?? '');
}

const person = (id: string, surname: string) => [id, surname, 'Анна', '', '', '', 'воспитатель'];

describe('migrating a workbook from layout 1', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = installWorkspace()));
  afterEach(() => done());

  function migrate(): void {
    const mentor = (id: string) => [...person(id, 'Алексеева'), '', '', '', 'высшая', 'методические'];
    const mentee = [...person('НЯ-0001', 'Борисова'), '', '', '', '', 'молодой специалист', 'методические'];
    const consented = (row: string[], spec: TableSpec) => {
      const keys = layoutOneColumns(spec).map((c) => c.key);
      const out = [...row];
      out[keys.indexOf('active')] = 'TRUE';
      out[keys.indexOf('consent')] = 'TRUE';
      return out;
    };
    buildLayoutOne({
      mentors: [consented(mentor('НК-0001'), MENTORS_TABLE), consented(mentor('НК-0002'), MENTORS_TABLE)],
      mentees: [consented(mentee, MENTEES_TABLE)],
      mentorships: [
        ['ПГ-0001', 'НК-0001', 'НЯ-0001', 'педагог – педагог', 'традиционное (один на один)', '', '', 'идёт'],
      ],
    });
    ws.run(() => setupWorkbook(), { kind: 'menu' });
  }

  it('keeps every row and value, adds the missing column at the right and tags every column', () => {
    migrate();
    const mentors = fromSidebar(ws, () => listMentors()).items;
    expect(mentors.map((m) => [m.id, m.surname, m.qualification, m.consent])).toEqual([
      ['НК-0001', 'Алексеева', 'высшая', true],
      ['НК-0002', 'Алексеева', 'высшая', true],
    ]);
    expect(fromSidebar(ws, () => listMentees()).items.map((m) => m.id)).toEqual(['НЯ-0001']);
    expect(fromSidebar(ws, () => listMentorships()).items[0]).toMatchObject({
      id: 'ПГ-0001',
      status: 'идёт',
    });
    const header = seen(ws, MENTORS_TABLE.sheetName)[0];
    expect(header.at(-1)).toBe('Дата согласия');
    expect(header[0]).toBe('Примечание');
    for (const spec of TABLES) {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(spec.sheetName);
      if (!sheet) throw new Error(spec.sheetName);
      expect(
        readColumnTags(sheet)
          .map((t) => t.key)
          .sort(),
      ).toEqual(spec.columns.map((c) => c.key).sort());
    }
    expect(PropertiesService.getDocumentProperties().getProperty(LAYOUT_PROPERTY)).toBe('2');
    const journal = seen(ws, 'Журнал');
    const details = journal[0].indexOf('Подробности');
    expect(journal.at(-1)?.[details]).toContain('разметка таблицы обновлена с версии 1 до 2');
    expect(seen(ws, MENTORSHIPS_TABLE.sheetName)).toHaveLength(2);
  });

  it('issues IDs after the ones the old workbook holds', () => {
    migrate();
    const mentor = fromSidebar(ws, () =>
      addMentor({ surname: 'Новая', firstName: 'Вера', position: 'воспитатель', consent: true }),
    );
    expect(mentor.id).toBe('НК-0003');
  });
});

describe('a column under a former header', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = installWorkspace()));
  afterEach(() => done());

  const spec: TableSpec = {
    key: 'people',
    sheetName: 'Люди',
    columns: [
      { key: 'name', header: 'ФИО', formerHeaders: ['Фамилия Имя Отчество'], type: 'text' },
      { key: 'phone', header: 'Телефон', type: 'phone' },
    ],
  };

  it('is renamed in place with its data, and a second run changes nothing', () => {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Люди');
    sheet.getRange(1, 1, 2, 2).setValues([
      ['Телефон', 'Фамилия Имя Отчество'],
      ["'+7 900 000-00-00", 'Иванова Мария'],
    ]);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const first = ws.run(() => new GasWorkbookLayout(ss).ensure(spec));
    expect(first.changes).toContain('лист «Люди»: столбец «Фамилия Имя Отчество» теперь называется «ФИО»');
    expect(seen(ws, 'Люди')).toEqual([
      ['Телефон', 'ФИО'],
      ['+7 900 000-00-00', 'Иванова Мария'],
    ]);
    expect(ws.run(() => new GasWorkbookLayout(ss).ensure(spec)).changes).toEqual([]);
    const table = ws.run(() => new SheetTableStore(ss).read(spec));
    expect(table.rows[0].cells).toEqual({ name: 'Иванова Мария', phone: '+7 900 000-00-00' });
  });
});

describe('«Настройки» set up with its keys showing in column A', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = installWorkspace()));
  afterEach(() => done());

  it('hides the key column, keeps every value readable, and journals the change once', () => {
    ws.run(() => setupWorkbook(), { kind: 'menu' });
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const settings = ss.getSheetByName('Настройки');
    if (!settings) throw new Error('no settings sheet');
    // The sheet as the previous version left it: keys in a visible column A, a value typed by the curator.
    settings.showColumns(1);
    const rows = seen(ws, 'Настройки');
    expect(rows[1][0]).toBe('orgFullName');
    settings.getRange(2, 3).setValue('ГБДОУ детский сад № 64');

    ws.run(() => setupWorkbook(), { kind: 'menu' });
    expect(settings.isColumnHiddenByUser(1)).toBe(true);
    const journal = seen(ws, 'Журнал');
    expect(journal.at(-1)?.[journal[0].indexOf('Подробности')]).toBe(
      'лист «Настройки»: скрыт служебный столбец «Ключ»',
    );
    expect(seen(ws, 'Настройки')[1].slice(0, 3)).toEqual([
      'orgFullName',
      'Полное наименование организации',
      'ГБДОУ детский сад № 64',
    ]);
    expect(ws.spreadsheet.ui.toasts.at(-1)?.message).not.toContain('Полное наименование организации');
    ws.run(() => setupWorkbook(), { kind: 'menu' });
    expect(seen(ws, 'Журнал')).toHaveLength(journal.length);
  });
});
