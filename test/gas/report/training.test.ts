/**
 * «Обучение и награды наставников» on the emulator: a record added from the sidebar, slips refused in Russian, a
 * row typed by hand checked by «Проверить данные», the rows a signed thanks order adds, and consent withdrawal.
 */
import fc from 'fast-check';
import type { Workspace } from '../../../emulator/workspace';
import { TRAINING_KINDS } from '../../../src/domain/registry/entities/training';
import { isUserError } from '../../../src/domain/user-error';
import { REPORT_SHEET } from '../../../src/gas/registry/check-report-sheet';
import { TRAINING_TABLE } from '../../../src/domain/registry/tables';
import {
  addMentor,
  addTrainingRecord,
  checkData,
  createOrder,
  loadTrainingSidebar,
  setOrderStatus,
  setupWorkbook,
  updateMentor,
  withdrawConsentOf,
} from '../endpoints';
import { fromSidebar, mentorInput, seen, setUpWorkspace } from '../registry-fixture';

const SHEET = TRAINING_TABLE.sheetName;

/** The sheet's rows as a person sees them, by header. */
function rows(ws: Workspace): Array<Record<string, string>> {
  const [header, ...body] = seen(ws, SHEET);
  return body
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

describe('«Обучение и награды наставников»', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => {
    ({ ws, done } = setUpWorkspace());
    fromSidebar(ws, () => addMentor(mentorInput({ surname: 'Иванова', firstName: 'Мария' })));
    fromSidebar(ws, () =>
      addMentor(mentorInput({ surname: 'Осадчий', firstName: 'Лев', patronymic: 'Андреевич' })),
    );
  });
  afterEach(() => done());

  it('is made by setup with its headers, and a record from the sidebar becomes its row', () => {
    expect(seen(ws, SHEET)[0]).toEqual(TRAINING_TABLE.columns.map((c) => c.header));
    const choices = fromSidebar(ws, () => loadTrainingSidebar());
    expect(choices.mentors.map((m) => m.id)).toEqual(['НК-0001', 'НК-0002']);
    expect(choices.kinds).toContain('курсы повышения квалификации (КПК)');
    const saved = fromSidebar(ws, () =>
      addTrainingRecord(
        {
          mentorId: 'НК-0001',
          kind: 'курсы повышения квалификации (КПК)',
          title: '=Методологические аспекты наставничества',
          level: 'региональный',
          date: '2025-11-14',
          hours: 36,
          document: 'удостоверение № 7723',
        },
        'training-add-0001',
      ),
    );
    expect(saved.id).toBe('ОН-0001');
    // The same click sent again writes nothing more.
    fromSidebar(ws, () =>
      addTrainingRecord(
        {
          mentorId: 'НК-0001',
          kind: 'курсы повышения квалификации (КПК)',
          title: '=Методологические аспекты наставничества',
          level: 'региональный',
          date: '2025-11-14',
          hours: 36,
          document: 'удостоверение № 7723',
        },
        'training-add-0001',
      ),
    );
    expect(rows(ws)).toEqual([
      expect.objectContaining({
        ID: 'ОН-0001',
        'Наставник (ID)': 'НК-0001',
        Вид: 'курсы повышения квалификации (КПК)',
        // People's text stays text: never a formula.
        Название: '=Методологические аспекты наставничества',
        Уровень: 'региональный',
        Дата: '14.11.2025',
        Часов: '36',
        Документ: 'удостоверение № 7723',
      }),
    ]);
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET);
    expect(sheet?.getRange('D2').getFormula()).toBe('');
    expect(fromSidebar(ws, () => loadTrainingSidebar()).recent.map((r) => [r.id, r.mentorName])).toEqual([
      ['ОН-0001', 'Иванова Мария Петровна'],
    ]);
  });

  it('a workbook set up before the sheet existed gets it from «Настроить таблицу», the other sheets untouched', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getSheetByName(SHEET);
    if (sheet) ss.deleteSheet(sheet);
    const mentors = seen(ws, 'Наставники');
    ws.run(() => setupWorkbook(), { kind: 'menu' });
    expect(seen(ws, SHEET)[0]).toEqual(TRAINING_TABLE.columns.map((c) => c.header));
    expect(seen(ws, 'Наставники')).toEqual(mentors);
    expect(seen(ws, 'Журнал').some((r) => r.join(' ').includes(SHEET))).toBe(true);
  });

  it('refuses in Russian what the sheet would keep wrong', () => {
    expect(() =>
      fromSidebar(ws, () =>
        addTrainingRecord({ mentorId: 'НК-0001', kind: 'грамота', result: 'победитель' }),
      ),
    ).toThrow('«Результат конкурса» заполняется только для вида «конкурс»');
    expect(() =>
      fromSidebar(ws, () => addTrainingRecord({ mentorId: 'НК-0001', kind: 'премия', hours: 16 })),
    ).toThrow('«Часов» указывают для курсов');
    expect(() => fromSidebar(ws, () => addTrainingRecord({ mentorId: 'НК-0009', kind: 'грамота' }))).toThrow(
      'Наставник НК-0009: строки с таким ID нет на листе «Наставники»',
    );
    fromSidebar(ws, () => updateMentor({ id: 'НК-0002', consent: false }));
    expect(() => fromSidebar(ws, () => addTrainingRecord({ mentorId: 'НК-0002', kind: 'грамота' }))).toThrow(
      'Нет согласия на обработку персональных данных у наставника НК-0002',
    );
    expect(fromSidebar(ws, () => loadTrainingSidebar()).mentors.map((m) => m.id)).toEqual(['НК-0001']);
    expect(() => fromSidebar(ws, () => addTrainingRecord({ kind: 'грамота' }))).toThrow('«Наставник (ID)»');
    expect(() => fromSidebar(ws, () => addTrainingRecord({ mentorId: 'НК-0001', kind: 'орден' }))).toThrow(
      '«Вид»',
    );
    expect(rows(ws)).toEqual([]);
  });

  it('a row typed by hand gets its ID from «Проверить данные», and its mistakes are reported', () => {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET);
    if (!sheet) throw new Error('no sheet');
    sheet.getRange(2, 2, 1, 3).setValues([['НК-0002', 'конкурс', 'Педагогический дуэт']]);
    sheet.getRange(3, 2, 1, 3).setValues([['НК-0042', 'медаль', 'Что-то']]);
    ws.run(() => checkData(), { kind: 'menu' });
    expect(rows(ws).map((r) => r.ID)).toEqual(['ОН-0001', 'ОН-0002']);
    const report = seen(ws, REPORT_SHEET)
      .map((r) => r.join(' | '))
      .filter((line) => line.includes(SHEET));
    expect(report.some((l) => l.includes('Наставник (ID)') && l.includes('НК-0042'))).toBe(true);
    expect(report.some((l) => l.includes('Вид') && l.includes('медаль'))).toBe(true);
    expect(report.filter((l) => l.includes('| 2 |'))).toEqual([]);
  });

  it('a signed order «о вынесении благодарности» adds a «благодарность» per mentor thanked, once', () => {
    const made = fromSidebar(ws, () =>
      createOrder(
        {
          kind: 'thanks',
          date: '2026-05-25',
          mentorIds: ['НК-0001', 'НК-0002'],
          notes: { 'НК-0001': 'за успешное сопровождение молодого специалиста' },
        },
        'thanks-create-0001',
      ),
    );
    expect(rows(ws)).toEqual([]);
    fromSidebar(ws, () => setOrderStatus({ orderId: made.orderId, status: 'подписан' }, 'thanks-sign-0001'));
    fromSidebar(ws, () => setOrderStatus({ orderId: made.orderId, status: 'подписан' }));
    expect(
      rows(ws).map((r) => [r.ID, r['Наставник (ID)'], r.Вид, r.Название, r.Дата, r['Приказ (ID)']]),
    ).toEqual([
      [
        'ОН-0001',
        'НК-0001',
        'благодарность',
        'Благодарность за успешное сопровождение молодого специалиста',
        '25.05.2026',
        made.orderId,
      ],
      ['ОН-0002', 'НК-0002', 'благодарность', made.title, '25.05.2026', made.orderId],
    ]);
    expect(rows(ws)[0].Документ).toBe(`приказ № ${made.number}`);
  });

  it('consent withdrawn: the person’s training rows lose their free text and keep what the report counts', () => {
    fromSidebar(ws, () =>
      addTrainingRecord({
        mentorId: 'НК-0001',
        kind: 'конкурс',
        title: 'Педагогический дуэт',
        organiser: 'ИМЦ района',
        date: '2026-02-10',
        result: 'победитель',
        document: 'диплом Ивановой М. П.',
        note: 'Иванова Мария Петровна с наставляемой',
      }),
    );
    fromSidebar(ws, () =>
      addTrainingRecord({ mentorId: 'НК-0002', kind: 'грамота', note: 'вместе с Ивановой Марией Петровной' }),
    );
    fromSidebar(ws, () => withdrawConsentOf('НК-0001'));
    const [mine, other] = rows(ws);
    expect(mine).toMatchObject({
      ID: 'ОН-0001',
      'Наставник (ID)': 'НК-0001',
      Вид: 'конкурс',
      Название: '',
      'Кто провёл / наградил': '',
      Дата: '10.02.2026',
      'Результат конкурса': 'победитель',
      Документ: '',
      Примечание: '',
    });
    expect(other.Примечание).not.toContain('Иванов');
    expect(other.Вид).toBe('грамота');
  });
});

describe('«Обучение и награды…» under any input the sidebar could send', () => {
  let ws: Workspace;
  let done: () => void;
  beforeAll(() => {
    ({ ws, done } = setUpWorkspace());
    fromSidebar(ws, () => addMentor(mentorInput()));
  });
  afterAll(() => done());

  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom('=HYPERLINK("x")', '+7 900', '-1', "'quoted", '@home', '12.1', '<b>x</b>', ' ', ''),
    fc.string({ minLength: 4990, maxLength: 5010 }),
  );
  // Mostly a value the sidebar would send, sometimes anything at all.
  const junk = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null));
  const field = <T>(valid: fc.Arbitrary<T>) =>
    fc.option(fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: junk, weight: 1 }), {
      nil: undefined,
      freq: 3,
    });
  const input = fc.record(
    {
      mentorId: fc.oneof(
        { arbitrary: fc.constant('НК-0001'), weight: 6 },
        { arbitrary: field(fc.constantFrom('нк-1', 'НК-0002', 'НЯ-0001')), weight: 1 },
      ),
      kind: fc.oneof(
        { arbitrary: fc.constantFrom(...TRAINING_KINDS), weight: 6 },
        { arbitrary: field(text), weight: 1 },
      ),
      title: field(fc.string({ maxLength: 60 })),
      organiser: field(text),
      level: field(fc.constantFrom('региональный', 'муниципальный', 'районный')),
      date: field(fc.constantFrom('2026-02-10', '2026-02-30', '10.02.2026', '1800-01-01')),
      hours: field(fc.constantFrom(16, 36, 0, -5, 1.5)),
      result: field(fc.constantFrom('победитель', 'призёр', 'первое место')),
      document: field(text),
      note: field(text),
      extra: field(text),
    },
    { requiredKeys: [] },
  );

  it('answers or refuses in Russian, writes nothing on a refusal, never a formula, and keeps text as sent', () => {
    let accepted = 0;
    fc.assert(
      fc.property(input, (sent) => {
        const before = JSON.stringify(ws.spreadsheet.model().sheets.find((s) => s.name === SHEET));
        const counter = ws.run(() =>
          PropertiesService.getDocumentProperties().getProperty('nastavnik.lastId.ОН'),
        );
        let saved: ReturnType<typeof addTrainingRecord> | undefined;
        try {
          saved = fromSidebar(ws, () => addTrainingRecord(sent));
        } catch (error) {
          expect(isUserError(error)).toBe(true);
          const message = (error as Error).message;
          expect(message).toMatch(/[а-яё]/i);
          expect(message).not.toMatch(/\b(mentorId|kind|organiser|orderId|hours|result)\b/);
          expect(JSON.stringify(ws.spreadsheet.model().sheets.find((s) => s.name === SHEET))).toBe(before);
          expect(
            ws.run(() => PropertiesService.getDocumentProperties().getProperty('nastavnik.lastId.ОН')),
          ).toBe(counter);
          return;
        }
        accepted++;
        const row = rows(ws).find((r) => r.ID === saved?.id);
        expect(row).toBeDefined();
        for (const [key, header] of [
          ['title', 'Название'],
          ['organiser', 'Кто провёл / наградил'],
          ['document', 'Документ'],
          ['note', 'Примечание'],
        ] as const) {
          const value = (saved as Record<string, unknown>)[key];
          expect(row?.[header]).toBe(typeof value === 'string' ? value : '');
        }
        const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET);
        expect(sheet?.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 150), seed: Number(process.env.FUZZ_SEED ?? 20251001) },
    );
    expect(accepted).toBeGreaterThan(0);
  });
});
