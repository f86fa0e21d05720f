/**
 * «Что требует внимания» on the emulator, through dist/Code.js as Apps Script runs it: a term built by the
 * add-on's own endpoints, each category checked against a count the test makes itself (from how the term was
 * built, and for the roadmap from the sheet as a person reads it); a click selects the row; each sheet read once.
 */
import type { AttentionSidebar } from '../../../src/app/attention/attention';
import type { AttentionKey } from '../../../src/app/attention/attention-items';
import type { Workspace } from '../../../emulator/workspace';
import { invoke } from '../../browser/match-fixture';
import { menteeInput } from '../registry-fixture';
import { TODAY, termWorkbook } from './attention-fixture';
// After the Workspace: the emulator's range classes import each other in a cycle the Workspace enters first.
import { FakeRangeValues } from '../../../emulator/spreadsheet/range-values';

const DAY = 86_400_000;
const ru = (iso: string) => iso.split('-').reverse().join('.');

/** Overdue items of «Дорожная карта» as a person finds them: a date before today, status not done or cancelled. */
function overdueRoadmapRows(ws: Workspace): { id: string; date: string }[] {
  const [header, ...rows] = ws.spreadsheet.displayValues('Дорожная карта');
  const at = (name: string) => header.indexOf(name);
  return rows
    .filter((r) => r[at('ID')] !== '' && r[at('Срок (дата)')] !== '')
    .map((r) => ({
      id: r[at('ID')],
      date: r[at('Срок (дата)')].split('.').reverse().join('-'),
      status: r[at('Статус')],
    }))
    .filter((r) => r.date < TODAY && r.status !== 'выполнено' && r.status !== 'отменено')
    .sort((a, b) => a.date.localeCompare(b.date));
}

describe('«Что требует внимания»', () => {
  let ws: Workspace;
  beforeAll(() => {
    ws = termWorkbook();
  });
  afterEach(() => jest.restoreAllMocks());

  const load = () => invoke<AttentionSidebar>(ws, 'loadAttentionSidebar');
  const category = (list: AttentionSidebar, key: AttentionKey) => {
    const found = list.categories.find((c) => c.key === key);
    if (!found) throw new Error(`no category ${key}`);
    return found;
  };
  const ids = (list: AttentionSidebar, key: AttentionKey) => category(list, key).items.map((i) => i.id);

  it('lists exactly the rows of each category, counted, with what makes each one need attention', () => {
    const list = load();
    expect(list.today).toBe(TODAY);
    expect(list.categories.map((c) => c.key)).toEqual([
      'programmes-ending',
      'overdue-events',
      'overdue-roadmap',
      'no-consent',
      'no-order',
      'waiting',
      'unanswered',
      'answers-attention',
    ]);

    // ПР-0001 ends on 10.02.2026, 21 days on; ПР-0002 ends in May; ПР-0003's pair ended early.
    expect(ids(list, 'programmes-ending')).toEqual(['ПР-0001']);
    const days = (Date.parse('2026-02-10') - Date.parse(TODAY)) / DAY;
    expect(category(list, 'programmes-ending').items[0].text).toContain(`10.02.2026, через ${days} день`);

    // Not done and past their date in pairs at work: not МП-0002 (done), МП-0003 (due later), МП-0005 (pair ended).
    expect(ids(list, 'overdue-events')).toEqual(['МП-0001', 'МП-0004']);
    expect(category(list, 'overdue-events').items[0].text).toContain('Посещение занятий наставника');

    const roadmap = overdueRoadmapRows(ws);
    expect(roadmap.length).toBeGreaterThan(0);
    expect(ids(list, 'overdue-roadmap')).toEqual(roadmap.map((r) => r.id));
    expect(category(list, 'overdue-roadmap').count).toBe(roadmap.length);
    expect(category(list, 'overdue-roadmap').items.every((i) => i.markable)).toBe(true);

    expect(ids(list, 'no-consent')).toEqual(['НК-0003', 'НЯ-0004']);
    expect(ids(list, 'no-order')).toEqual(['ПГ-0002']);

    // Waiting since entering the bank, or since the early end of the last pair (Лисина, 20.11.2025).
    const waiting = [
      { id: 'НЯ-0003', since: '2025-09-01' },
      { id: 'НЯ-0004', since: '2025-09-01' },
      { id: 'НЯ-0005', since: '2025-11-20' },
    ].map((w) => ({ ...w, days: (Date.parse(TODAY) - Date.parse(w.since)) / DAY }));
    expect(ids(list, 'waiting')).toEqual(waiting.map((w) => w.id));
    category(list, 'waiting').items.forEach((item, i) => {
      expect(item.text).toContain(`ждёт ${waiting[i].days} `);
      expect(item.text).toContain(`с ${ru(waiting[i].since)}`);
    });
    expect(category(list, 'waiting').items[1].text).toContain('нет согласия');
    expect(category(list, 'waiting').items[0].text).toContain('примечание: Посещает школу молодого педагога');

    // No questionnaires are sent from this workbook: «нет данных», not a count of nothing.
    for (const key of ['unanswered', 'answers-attention'] as const) {
      expect(category(list, key)).toMatchObject({ count: 0, noData: true });
      expect(category(list, key).note).toContain('Анкеты');
    }
    const counted = list.categories.reduce((n, c) => n + c.count, 0);
    expect(list.total).toBe(counted);
    expect(list.total).toBe(1 + 2 + roadmap.length + 2 + 1 + 3);
    // The signed order is offered to mark a roadmap item done by; the digest is off.
    expect(list.orders.map((o) => o.id)).toEqual(['ПК-0001']);
    expect(list.digest).toBe(false);
  });

  it('reads each sheet once and answers a small list', () => {
    const read: string[] = [];
    const getValues = FakeRangeValues.prototype.getValues;
    jest.spyOn(FakeRangeValues.prototype, 'getValues').mockImplementation(function (this: FakeRangeValues) {
      read.push(this._sheet().name);
      return getValues.call(this);
    });
    const list = load();
    const times = (sheet: string) => read.filter((name) => name === sheet).length;
    const sheets = ['Наставники', 'Наставляемые', 'Пары и группы', 'Программы', 'План мероприятий'];
    // «Анкеты» is read to learn there is no questionnaire yet; «Коды анкет» is then not needed.
    expect([...sheets, 'Дорожная карта', 'Приказы', 'Анкеты'].map(times)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(times('Коды анкет')).toBe(0);
    expect(JSON.stringify(list).length).toBeLessThan(12_000);
  });

  it('makes as many service calls with twelve more people waiting as before', () => {
    const calls = () => {
      ws.rt.counter.reset();
      load();
      return ws.rt.counter.services();
    };
    const before = calls();
    expect(before.SpreadsheetApp).toBeGreaterThan(10);
    for (let i = 0; i < 12; i++) {
      invoke(
        ws,
        'addMentee',
        menteeInput({ surname: `Ждущая${i}`, firstName: 'Анна', enteredOn: '2025-10-01' }),
      );
    }
    const after = calls();
    expect(category(load(), 'waiting').count).toBe(3 + 12);
    expect(after).toEqual(before);
  });

  it('takes the curator to the row of a line: its sheet in front, that row selected', () => {
    const list = load();
    for (const key of ['overdue-events', 'no-order', 'waiting', 'overdue-roadmap'] as const) {
      const item = category(list, key).items[0];
      const place = invoke<{ sheetName: string; rowNumber: number }>(ws, 'goToAttentionRow', {
        table: item.table,
        id: item.id,
      });
      const shown = ws.rt.internal(() => {
        const range = ws.spreadsheet.active.getActiveRange();
        if (!range) throw new Error('nothing selected');
        return { sheet: range.getSheet().getName(), row: range.getRow(), first: range.getValue() as string };
      });
      expect(shown.sheet).toBe(place.sheetName);
      const row = ws.spreadsheet.displayValues(shown.sheet).findIndex((r) => r[0] === item.id) + 1;
      expect(shown.row).toBe(row);
      expect(shown.first).toBe(item.id);
    }
    const gone = ws.html.invoke('goToAttentionRow', [{ table: 'mentors', id: 'НК-0999' }]) as {
      ok: boolean;
      error?: { message?: string };
    };
    expect(gone.ok).toBe(false);
    expect(gone.error?.message).toContain('Строки НК-0999 больше нет на листе «Наставники»');
  });

  it('lists the personal links of an open questionnaire not answered yet, and goes to their row', () => {
    const recipients = ['НЯ-0001|ПГ-0001|наставляемый', 'НЯ-0002|ПГ-0002|наставляемый'];
    invoke(
      ws,
      'createQuestionnaire',
      { kind: 'mentee-satisfaction', recipients },
      'attention-questionnaire-1',
    );
    const [header, ...codes] = ws.spreadsheet.displayValues('Коды анкет');
    const issued = codes.filter((r) => r[header.indexOf('Состояние')] === 'выдан').map((r) => r[0]);
    expect(issued).toHaveLength(2);

    const list = load();
    expect(ids(list, 'unanswered')).toEqual(issued);
    expect(category(list, 'unanswered').noData).toBeUndefined();
    expect(category(list, 'unanswered').items[0].text).toContain('Шевчук Л. (наставляемый)');
    expect(category(list, 'unanswered').items[0].text).toContain('ссылка не отправлена');
    // The pairs' answers are not rated by this list: said, not counted as nothing.
    expect(category(list, 'answers-attention')).toMatchObject({ count: 0, noData: true });

    const place = invoke<{ sheetName: string; rowNumber: number }>(ws, 'goToAttentionRow', {
      table: 'questionnaire-tokens',
      id: issued[1],
    });
    expect(place).toEqual({ sheetName: 'Коды анкет', rowNumber: 3 });
    // The questionnaires' form-submit trigger is of another type: the weekly digest still goes on beside it.
    expect(invoke<{ digest: boolean }>(ws, 'setAttentionDigest', true).digest).toBe(true);
  });
});
