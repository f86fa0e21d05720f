/**
 * Marking an overdue item of «Дорожная карта» done from «Что требует внимания», through dist/Code.js: its row
 * («выполнено», the date, the order with its link in «Примечание»), the overdue mark «Проверить данные» left on
 * its date gone at once, the list one shorter, a retry applied once, and bad input refused in Russian.
 */
import type { AttentionSidebar } from '../../../src/app/attention/attention';
import type { Workspace } from '../../../emulator/workspace';
import { invoke } from '../../browser/match-fixture';
import { termWorkbook } from './attention-fixture';

type Answer = { ok: boolean; value?: unknown; error?: { message?: string } };

describe('a roadmap item marked done with its document', () => {
  let ws: Workspace;
  beforeEach(() => {
    ws = termWorkbook();
  });

  const overdue = () => {
    const list = invoke<AttentionSidebar>(ws, 'loadAttentionSidebar');
    const found = list.categories.find((c) => c.key === 'overdue-roadmap');
    if (!found) throw new Error('no roadmap category');
    return found;
  };
  /** The cell of an item's row under a header, as the emulator's range (uncounted). */
  const cell = (id: string, header: string) => {
    const sheet = ws.spreadsheet.active.getSheetByName('Дорожная карта');
    if (!sheet) throw new Error('no roadmap sheet');
    const values = ws.spreadsheet.displayValues('Дорожная карта');
    return sheet.getRange(values.findIndex((v) => v[0] === id) + 1, values[0].indexOf(header) + 1);
  };
  /** The row of an item on «Дорожная карта» as a person reads it, by header. */
  const row = (id: string): Record<string, string> => {
    const [header, ...rows] = ws.spreadsheet.displayValues('Дорожная карта');
    const found = rows.find((r) => r[0] === id) ?? [];
    return Object.fromEntries(header.map((h, i) => [h, found[i]]));
  };
  /** The note on an item's «Срок (дата)» cell. */
  const dateNote = (id: string): string => ws.rt.internal(() => cell(id, 'Срок (дата)').getNote());

  it('writes «выполнено», the date and the order with its link; the overdue mark and the line go', () => {
    ws.call('checkData', [], { kind: 'menu' });
    const before = overdue();
    const item = before.items[0];
    expect(dateNote(item.id)).toContain('прошёл');
    const orderUrl = ws.spreadsheet.displayValues('Приказы')[1].find((v) => v.startsWith('https://'));

    const marked = invoke<{ document?: string }>(
      ws,
      'markRoadmapItemDone',
      { itemId: item.id, doneDate: '2025-09-10', orderId: 'ПК-0001' },
      'roadmap-done-0001',
    );
    expect(marked.document).toBe(
      `Приказ № 1 от 10.09.2025 «О закреплении наставнических пар (групп) педагогических работников»: ${orderUrl}`,
    );
    expect(row(item.id)).toMatchObject({
      Статус: 'выполнено',
      'Дата выполнения': '10.09.2025',
      Примечание: marked.document,
    });
    expect(dateNote(item.id)).toBe('');
    const after = overdue();
    expect(after.count).toBe(before.count - 1);
    expect(after.items.map((i) => i.id)).not.toContain(item.id);
    expect(ws.spreadsheet.displayValues('Журнал').at(-1)?.[3]).toBe(
      `Дорожная карта: пункт ${row(item.id)['№']} выполнен`,
    );

    // The same click sent again after a lost answer writes nothing more.
    invoke(
      ws,
      'markRoadmapItemDone',
      { itemId: item.id, doneDate: '2025-09-10', orderId: 'ПК-0001' },
      'roadmap-done-0001',
    );
    expect(row(item.id).Примечание).toBe(marked.document);
  });

  it('keeps the curator’s note and adds a link typed in', () => {
    const item = overdue().items[1];
    ws.rt.internal(() => cell(item.id, 'Примечание').setValue('Согласовано с методистом'));
    const url = 'https://docs.google.com/document/d/plan-of-the-methodical-council/edit';
    invoke(
      ws,
      'markRoadmapItemDone',
      { itemId: item.id, doneDate: '2026-01-19', documentUrl: url },
      'roadmap-done-0002',
    );
    expect(row(item.id)).toMatchObject({ Статус: 'выполнено', 'Дата выполнения': '19.01.2026' });
    expect(row(item.id).Примечание).toBe(`Согласовано с методистом\nДокумент: ${url}`);
  });

  it('refuses a date to come, something that is not a link, and an order that is not there', () => {
    const item = overdue().items[0];
    const refused = (input: object): string => {
      const answer = ws.html.invoke('markRoadmapItemDone', [{ itemId: item.id, ...input }]) as Answer;
      expect(answer.ok).toBe(false);
      return answer.error?.message ?? '';
    };
    expect(refused({ doneDate: '2026-02-01' })).toContain('«Дата выполнения» 01.02.2026 ещё не наступила');
    expect(refused({ doneDate: '2026-01-10', documentUrl: '=HYPERLINK("x")' })).toContain('не ссылка');
    expect(refused({ doneDate: '2026-01-10', orderId: 'ПК-0099' })).toContain('ПК-0099');
    expect(row(item.id).Статус).not.toBe('выполнено');
  });
});
