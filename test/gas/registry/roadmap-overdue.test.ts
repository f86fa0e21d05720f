/**
 * Issue 11, item 15: the roadmap of the academic year has every item inside the year, and «Проверить данные»
 * marks an item whose date has passed without being done: a note on its «Срок (дата)» and a report line.
 */
import { checkData } from '../endpoints';
import { MARK_PREFIX } from '../../../src/gas/registry/cell-marks';
import { REPORT_SHEET } from '../../../src/gas/registry/check-report-sheet';
import type { Workspace } from '../../../emulator/workspace';
import { seen, setUpWorkspace } from '../registry-fixture';

const ROADMAP = 'Дорожная карта';

describe('overdue roadmap items', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = setUpWorkspace()));
  afterEach(() => done());

  const check = () => ws.run(() => checkData(), { kind: 'menu' });
  const sheet = () => {
    const found = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(ROADMAP);
    if (!found) throw new Error('no roadmap');
    return found;
  };
  /** The row of the item with this «№», and the column of a header. */
  const row = (number: string) => seen(ws, ROADMAP).findIndex((r) => r[1] === number) + 1;
  const column = (header: string) => seen(ws, ROADMAP)[0].indexOf(header) + 1;

  it('are none on the day setup fills the roadmap: every item falls inside the academic year', () => {
    const rows = seen(ws, ROADMAP).slice(1);
    const deadlines = rows.map((r) => r[column('Срок (дата)') - 1].split('.').reverse().join('-'));
    expect(deadlines.every((d) => d >= '2025-09-01' && d <= '2026-08-31')).toBe(true);
    check();
    expect(seen(ws, REPORT_SHEET)[0][0]).toContain('ошибок не найдено');
  });

  it('are reported at their date once it has passed, until marked done', () => {
    ws.rt.now = Date.parse('2025-11-20T09:00:00+03:00');
    sheet().getRange(row('1.1'), column('Статус')).setValue('выполнено');
    sheet().getRange(row('1.3'), column('Статус')).setValue('отменено');
    check();
    const lines = seen(ws, REPORT_SHEET).slice(2);
    expect(lines).toEqual([
      [
        ROADMAP,
        String(row('1.2')),
        'Срок (дата)',
        'срок 30.09.2025 прошёл, а пункт 1.2 не выполнен (статус «запланировано»). Когда он выполнен, ' +
          'выберите в «Статус» «выполнено» и укажите «Дата выполнения»; если срок перенесён, исправьте дату',
      ],
    ]);
    const deadline = sheet().getRange(row('1.2'), column('Срок (дата)'));
    expect(deadline.getNote().startsWith(MARK_PREFIX)).toBe(true);

    sheet().getRange(row('1.2'), column('Статус')).setValue('выполнено');
    check();
    expect(seen(ws, REPORT_SHEET)[0][0]).toContain('ошибок не найдено');
    expect(deadline.getNote()).toBe('');
  });
});
