/**
 * «Склонение ФИО» on the emulator: the preview says how it declined each name, «Исправить» keeps a form on the
 * sheet, every document takes it (and a gender typed there), «Проверить данные» checks the sheet, and consent
 * withdrawal empties the person's rows.
 */
import type { Workspace } from '../../../emulator/workspace';
import { REPORT_SHEET } from '../../../src/gas/registry/check-report-sheet';
import {
  addMentor,
  checkData,
  createOrder,
  previewOrder,
  saveNameCorrection,
  withdrawConsentOf,
} from '../endpoints';
import { fromSidebar, mentorInput, seen, setUpWorkspace } from '../registry-fixture';

const SHEET = 'Склонение ФИО';
const THANKS = { kind: 'thanks', date: '2025-09-01', mentorIds: ['НК-0001'] };
const LIBRARY_FORM = 'Мамедову Эльчину Рашиду оглы';
const OWN_FORM = 'Мамедову Эльчину Рашид оглы';

describe('names declined right, corrected by the curator', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => {
    ({ ws, done } = setUpWorkspace());
    fromSidebar(ws, () =>
      addMentor(mentorInput({ surname: 'Мамедов', firstName: 'Эльчин', patronymic: 'Рашид оглы' })),
    );
  });
  afterEach(() => done());

  const rows = () => seen(ws, SHEET).filter((r, i) => i > 0 && r.some((c) => c !== ''));
  const thanksLine = (lines: readonly string[]) => lines.find((l) => l.startsWith('– Мамедов'));
  const docText = (url: string) => ws.docs.exportText(url.split('/d/')[1].split('/')[0]);

  it('shows the dative the thanks order used; a correction saved from there changes the order and its document', () => {
    const before = fromSidebar(ws, () => previewOrder(THANKS));
    expect(thanksLine(before.lines)).toBe(`– ${LIBRARY_FORM}, воспитателю.`);
    expect(before.names).toEqual([
      {
        personId: 'НК-0001',
        name: 'Мамедов Эльчин Рашид оглы',
        forms: [{ case: 'дательный', form: LIBRARY_FORM, corrected: false }],
      },
    ]);

    const saved = fromSidebar(ws, () =>
      saveNameCorrection({ personId: 'НК-0001', case: 'дательный', form: ` ${OWN_FORM} ` }, 'name-fix-0001'),
    );
    expect(saved).toEqual({ rowId: 'СФ-0001', personId: 'НК-0001', case: 'дательный', form: OWN_FORM });
    expect(rows()).toEqual([['СФ-0001', 'НК-0001', 'дательный', OWN_FORM, '']]);
    const journal = seen(ws, 'Журнал').find((r) => r.includes('Склонение ФИО: исправлено'));
    expect(journal).toContain('НК-0001; СФ-0001');
    expect(journal).toContain('Падеж: дательный');

    const after = fromSidebar(ws, () => previewOrder(THANKS));
    expect(thanksLine(after.lines)).toBe(`– ${OWN_FORM}, воспитателю.`);
    expect(after.names[0].forms).toEqual([{ case: 'дательный', form: OWN_FORM, corrected: true }]);
    const made = fromSidebar(ws, () => createOrder(THANKS, 'order-thanks-0001'));
    expect(docText(made.url)).toContain(`– ${OWN_FORM}, воспитателю.`);
    expect(docText(made.url)).not.toContain(LIBRARY_FORM);
  });

  it('changes the same row when the form is corrected again, once per change, and takes it back when emptied', () => {
    const fix = (form: string, id: string) =>
      fromSidebar(ws, () => saveNameCorrection({ personId: 'нк-1', case: 'дательный', form }, id));
    fix(OWN_FORM, 'name-fix-0001');
    fix(OWN_FORM, 'name-fix-0001'); // the same click sent again after a lost answer
    fix('Мамедову Эльчину', 'name-fix-0002');
    fix('Мамедову Эльчину', 'name-fix-0004'); // the same form saved again: nothing to write
    expect(rows()).toEqual([['СФ-0001', 'НК-0001', 'дательный', 'Мамедову Эльчину', '']]);
    expect(seen(ws, 'Журнал').filter((r) => r.includes('Склонение ФИО: исправлено'))).toHaveLength(2);

    expect(fix('', 'name-fix-0003')).toMatchObject({ rowId: 'СФ-0001', form: '' });
    expect(rows()).toEqual([['СФ-0001', 'НК-0001', '', '', '']]);
    expect(thanksLine(fromSidebar(ws, () => previewOrder(THANKS)).lines)).toBe(
      `– ${LIBRARY_FORM}, воспитателю.`,
    );
  });

  it('refuses in Russian a person not in the banks, a case not in the list, a form too long, writing nothing', () => {
    const before = JSON.stringify(ws.snapshot().spreadsheet);
    const save = (input: unknown) => () => fromSidebar(ws, () => saveNameCorrection(input, 'name-fix-0009'));
    expect(save({ personId: 'НК-0009', case: 'дательный', form: 'Петрову' })).toThrow(
      'Человека с ID НК-0009 нет на листе «Наставники». Проверьте ID.',
    );
    expect(save({ personId: 'Мамедов', case: 'дательный', form: 'Петрову' })).toThrow(
      'Укажите ID наставника или наставляемого, например НК-0003 или НЯ-0012.',
    );
    expect(save({ personId: 'НК-0001', case: 'звательный', form: 'Эльчин' })).toThrow(
      'Проверьте данные. «Падеж»: такого значения нет в списке.',
    );
    expect(save({ personId: 'НК-0001', case: 'дательный', form: 'я'.repeat(201) })).toThrow(
      '«Как писать»: не длиннее 200 символов',
    );
    expect(JSON.stringify(ws.snapshot().spreadsheet)).toBe(before);
  });

  it('takes rows typed by hand, before the check gives them an ID: a gender for a name without a patronymic', () => {
    fromSidebar(ws, () =>
      addMentor(mentorInput({ surname: 'Ким', firstName: 'Саша', patronymic: undefined })),
    );
    const order = { ...THANKS, mentorIds: ['НК-0002'] };
    const kimLine = () => fromSidebar(ws, () => previewOrder(order)).lines.find((l) => l.startsWith('– Ким'));
    expect(kimLine()).toBe('– Ким Саше, воспитателю.');
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET);
    sheet?.getRange(2, 2, 1, 4).setValues([['нк-2', '', '', 'м']]);
    expect(kimLine()).toBe('– Киму Саше, воспитателю.');
  });

  it('is checked by «Проверить данные»: an unknown person, an unknown case, a form without its case', () => {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET);
    sheet?.getRange(2, 2, 3, 3).setValues([
      ['НК-0009', 'дательный', 'Петрову Ивану'],
      ['НК-0001', 'звательный', 'Эльчин'],
      ['НК-0001', '', OWN_FORM],
    ]);
    ws.run(() => checkData(), { kind: 'menu' });
    expect(rows().map((r) => r[0])).toEqual(['СФ-0001', 'СФ-0002', 'СФ-0003']);
    const report = seen(ws, REPORT_SHEET)
      .filter((r) => r[0] === SHEET)
      .map((r) => r.slice(1).join(' | '));
    // Each problem once: the unknown case by the list's own reading, not again as a case left out.
    expect(report).toEqual([
      '3 | Падеж | нет такого значения «звательный». Возможно, имелось в виду «дательный». Выберите из списка: ' +
        'именительный; родительный; дательный; винительный; творительный; предложный',
      '2 | ID человека | человека с ID НК-0009 нет ни на листе «Наставники», ни на листе «Наставляемые» ' +
        '(возможно, строка удалена). Укажите ID существующего человека или удалите строку',
      '4 | Падеж | не указан падеж: выберите в списке, в каком падеже ФИО пишется так',
    ]);
  });

  it("empties the person's rows when consent is withdrawn, keeping the IDs", () => {
    fromSidebar(ws, () =>
      saveNameCorrection({ personId: 'НК-0001', case: 'дательный', form: OWN_FORM }, 'name-fix-0001'),
    );
    fromSidebar(ws, () =>
      saveNameCorrection({ personId: 'НК-0001', case: 'творительный', form: 'Мамедовым' }, 'name-fix-0002'),
    );
    ws.run(() => withdrawConsentOf('НК-0001', 'withdraw-0001'), { kind: 'menu' });
    expect(rows()).toEqual([
      ['СФ-0001', 'НК-0001', '', '', ''],
      ['СФ-0002', 'НК-0001', '', '', ''],
    ]);
    expect(JSON.stringify(ws.snapshot().spreadsheet)).not.toContain('Эльчин');
  });
});
