/**
 * «Сменить статус» applies the rules every other path applies (issue 11, items 5 and 7): consent before approval,
 * an order that exists, an extension that reaches the programme, no end before the start.
 */
import {
  addMentee,
  addMentor,
  createMentorship,
  loadMentorshipSidebar,
  saveProgrammePlan,
  updateMentorship,
} from '../endpoints';
import type { Workspace } from '../../../emulator/workspace';
import { fromSidebar, menteeInput, mentorInput, seen, setUpWorkspace } from '../registry-fixture';

describe('changing the status of a pair', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => {
    ({ ws, done } = setUpWorkspace());
    fromSidebar(ws, () => addMentor(mentorInput()));
    fromSidebar(ws, () => addMentee(menteeInput()));
    fromSidebar(ws, () =>
      createMentorship({
        mentorId: 'НК-0001',
        menteeIds: ['НЯ-0001'],
        form: 'педагог – педагог',
        kinds: ['традиционное (один на один)'],
        startDate: '2025-09-15',
        endDate: '2026-05-31',
      }),
    );
  });
  afterEach(() => done());

  const move = (status: string, extra: Record<string, unknown> = {}) =>
    fromSidebar(ws, () => updateMentorship({ id: 'ПГ-0001', status, ...extra }));
  const cell = (sheet: string, header: string, row = 1) =>
    seen(ws, sheet)[row][seen(ws, sheet)[0].indexOf(header)];
  /** An order typed into «Приказы» by hand, as the curator keeps the order journal today. */
  function typeOrder(id: string): void {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Приказы');
    const headers = seen(ws, 'Приказы')[0];
    const row: Record<string, unknown> = {
      ID: id,
      Номер: '94/1',
      Дата: '29.08.2025',
      Заголовок: 'О закреплении наставнических пар',
      Статус: 'подписан',
    };
    sheet?.getRange(2, 1, 1, headers.length).setValues([headers.map((h) => row[h] ?? '')]);
  }

  it('refuses «утверждена» or «продлена» without everyone’s consent, but lets the pair end', () => {
    const consent = seen(ws, 'Наставляемые')[0].indexOf('Согласие на обработку ПДн') + 1;
    const untick = (value: boolean) =>
      SpreadsheetApp.getActiveSpreadsheet()
        .getSheetByName('Наставляемые')
        ?.getRange(2, consent)
        .setValue(value);
    untick(false);
    expect(() => move('утверждена')).toThrow(
      'Нет согласия на обработку персональных данных: Смирнова Ольга (НЯ-0001)',
    );
    expect(cell('Пары и группы', 'Статус')).toBe('проект');
    untick(true);
    move('утверждена');
    move('идёт');
    untick(false);
    expect(() => move('продлена', { newEndDate: '2026-08-31' })).toThrow('Нет согласия');
    ws.rt.now = Date.parse('2025-10-01T07:00:00Z');
    expect(move('завершена')).toMatchObject({ status: 'завершена', actualEndDate: '2025-10-01' });
  });

  it('refuses an order that is not on «Приказы», and accepts one that is', () => {
    expect(() => move('утверждена', { orderId: 'ПК-0099' })).toThrow(
      '«Приказ (ID)»: строки с ID ПК-0099 нет на листе «Приказы»',
    );
    expect(cell('Пары и группы', 'Статус')).toBe('проект');
    typeOrder('ПК-0001');
    expect(move('утверждена', { orderId: 'ПК-0001' })).toMatchObject({
      status: 'утверждена',
      orderId: 'ПК-0001',
    });
  });

  it('extends the pair’s programme when the pair is extended', () => {
    fromSidebar(ws, () =>
      saveProgrammePlan({
        mentorshipId: 'ПГ-0001',
        programme: { title: 'Адаптация', startDate: '2025-09-15', endDate: '2026-05-31' },
        events: [],
      }),
    );
    move('утверждена');
    move('идёт');
    move('продлена', { newEndDate: '2026-08-31' });
    expect(cell('Пары и группы', 'Окончание (план)')).toBe('31.08.2026');
    expect(cell('Программы', 'Продлена до')).toBe('31.08.2026');
    expect(seen(ws, 'Журнал').at(-1)?.slice(3, 5)).toEqual([
      'Программа: продлена до 31.08.2026',
      'ПР-0001; ПГ-0001',
    ]);
  });

  it('refuses to end a pair before it started', () => {
    fromSidebar(ws, () => updateMentorship({ id: 'ПГ-0001', startDate: '2025-10-01' }));
    move('утверждена');
    move('идёт');
    expect(() => move('завершена')).toThrow(
      'Пара ПГ-0001: окончание (факт) 01.09.2025 раньше начала 01.10.2025',
    );
    expect(() =>
      fromSidebar(ws, () => updateMentorship({ id: 'ПГ-0001', actualEndDate: '2025-09-20' })),
    ).toThrow('окончание (факт) 20.09.2025 раньше начала 01.10.2025');
  });

  it('refuses a plan event due after its programme ends', () => {
    expect(() =>
      fromSidebar(ws, () =>
        saveProgrammePlan({
          mentorshipId: 'ПГ-0001',
          programme: { title: 'Адаптация', startDate: '2025-09-15', endDate: '2026-05-31' },
          events: [{ direction: 'методические', event: 'Итоговое занятие', deadline: '2026-06-15' }],
        }),
      ),
    ).toThrow('Мероприятие № 1 плана. Срок 15.06.2026 позже окончания программы 31.05.2026');
    expect(seen(ws, 'Программы')).toHaveLength(1);
  });

  it('names a pair whose status does not read under the list, and says what to fix when it is saved', () => {
    const status = seen(ws, 'Пары и группы')[0].indexOf('Статус') + 1;
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName('Пары и группы')
      ?.getRange(2, status)
      .setValue('в работе');
    const data = fromSidebar(ws, () => loadMentorshipSidebar());
    expect(data.mentorships).toEqual([]);
    expect(data.skipped).toEqual([
      expect.stringMatching(/^Лист «Пары и группы», строка 2: «Статус»: нет такого значения «в работе»/),
    ]);
    expect(() => move('утверждена')).toThrow(
      /^Пара\/группа ПГ-0001: строка 2 листа «Пары и группы» не читается — «Статус»: нет такого значения/,
    );
  });
});
