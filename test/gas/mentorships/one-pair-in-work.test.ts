import { createMentorships, type NewMentorship } from '../../../src/app/mentorships/create-mentorships';
import { lastIdProperty } from '../../../src/app/registry/ids';
import { services } from '../../../src/gas/services';
import { REPORT_SHEET } from '../../../src/gas/registry/check-report-sheet';
import { MARK_PREFIX } from '../../../src/gas/registry/cell-marks';
import type { Workspace } from '../../../emulator/workspace';
import {
  acceptProposals,
  addMentee,
  addMentor,
  checkData,
  createMentorship,
  listMentorships,
  updateMentorship,
} from '../endpoints';
import { everyText, fromSidebar, menteeInput, mentorInput, seen, setUpWorkspace } from '../registry-fixture';

describe('a mentee in one pair or group in work at a time', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = setUpWorkspace()));
  afterEach(() => done());

  const call = <T>(fn: () => T): T => fromSidebar(ws, fn);
  const pair = (mentorId: string, menteeIds: string[]): NewMentorship => ({
    mentorId,
    menteeIds,
    form: 'педагог – педагог',
    kinds: menteeIds.length > 1 ? ['в группе'] : ['традиционное (один на один)'],
    startDate: '2025-09-15',
    endDate: '2026-05-29',
  });
  const counter = () => PropertiesService.getDocumentProperties().getProperty(lastIdProperty('ПГ'));
  /** Everything a person could see change, and the ID counter. */
  const workbook = () => `${everyText(ws)} ${counter()}`;

  /** Two mentors with room for three, three mentees; Иванова has Смирнова in ПГ-0001. */
  function registry(): {
    ivanova: string;
    lebedeva: string;
    smirnova: string;
    orlova: string;
    frolova: string;
  } {
    const ivanova = call(() => addMentor(mentorInput({ capacity: 3 }))).id;
    const lebedeva = call(() =>
      addMentor(mentorInput({ surname: 'Лебедева', firstName: 'Анна', capacity: 3 })),
    ).id;
    const smirnova = call(() => addMentee(menteeInput())).id;
    const orlova = call(() => addMentee(menteeInput({ surname: 'Орлова', firstName: 'Вера' }))).id;
    const frolova = call(() => addMentee(menteeInput({ surname: 'Фролова', firstName: 'Нина' }))).id;
    expect(call(() => createMentorship(pair(ivanova, [smirnova]), 'first-pair-0001')).id).toBe('ПГ-0001');
    return { ivanova, lebedeva, smirnova, orlova, frolova };
  }

  it('refuses the same mentor and mentee twice: nothing written, no ID burned, a double click answered', () => {
    const { ivanova, smirnova, orlova } = registry();
    const before = workbook();
    expect(() => call(() => createMentorship(pair(ivanova, [smirnova]), 'second-pair-0001'))).toThrow(
      'У наставника Иванова Мария Петровна (НК-0001) уже есть пара ПГ-0001 с наставляемым Смирнова Ольга ' +
        '(НЯ-0001), её статус «проект». Наставляемый может быть только в одной паре или группе в работе: ' +
        'выберите другого наставляемого или сначала измените состав ПГ-0001.',
    );
    expect(workbook()).toBe(before);
    // The same click sent again is the first pair's answer, not a refusal and not a second pair.
    expect(call(() => createMentorship(pair(ivanova, [smirnova]), 'first-pair-0001')).id).toBe('ПГ-0001');
    expect(call(() => createMentorship(pair(ivanova, [orlova]))).id).toBe('ПГ-0002');
    expect(seen(ws, 'Пары и группы').map((r) => r[0])).toEqual(['ID', 'ПГ-0001', 'ПГ-0002']);
  });

  it('refuses a group with a mentee already paired with another mentor, naming both', () => {
    const { lebedeva, smirnova, orlova } = registry();
    const before = workbook();
    expect(() => call(() => createMentorship(pair(lebedeva, [orlova, smirnova])))).toThrow(
      'Наставляемый Смирнова Ольга (НЯ-0001) уже в паре ПГ-0001 с наставником Иванова Мария Петровна (НК-0001)',
    );
    expect(workbook()).toBe(before);
  });

  it('refuses one mentee in two new pairs of one batch, writing nothing', () => {
    const { ivanova, lebedeva, orlova } = registry();
    const before = workbook();
    expect(() =>
      call(() => createMentorships(services(), [pair(ivanova, [orlova]), pair(lebedeva, [orlova])])),
    ).toThrow('Наставляемый Орлова Вера (НЯ-0002) выбран сразу в нескольких новых парах или группах');
    expect(workbook()).toBe(before);
  });

  it('refuses to accept a proposal for a mentee already in work', () => {
    const { lebedeva, smirnova, orlova } = registry();
    const before = workbook();
    expect(() =>
      call(() =>
        acceptProposals([
          { mentorId: lebedeva, menteeIds: [orlova] },
          { mentorId: lebedeva, menteeIds: [smirnova] },
        ]),
      ),
    ).toThrow('Смирнова Ольга (НЯ-0001) — уже в паре или группе ПГ-0001');
    expect(workbook()).toBe(before);
  });

  it('refuses an edit that puts a mentee in a second pair, and allows other edits of the same pair', () => {
    const { lebedeva, smirnova, orlova, frolova } = registry();
    const second = call(() => createMentorship(pair(lebedeva, [orlova]))).id;
    const before = workbook();
    expect(() => call(() => updateMentorship({ id: second, menteeIds: [smirnova] }))).toThrow(
      'Наставляемый Смирнова Ольга (НЯ-0001) уже в паре ПГ-0001 с наставником Иванова Мария Петровна (НК-0001)',
    );
    expect(() =>
      call(() => updateMentorship({ id: second, menteeIds: [orlova, smirnova], kinds: ['в группе'] })),
    ).toThrow('Смирнова Ольга (НЯ-0001) уже в паре ПГ-0001');
    expect(workbook()).toBe(before);
    expect(call(() => updateMentorship({ id: second, menteeIds: [frolova] })).menteeIds).toEqual([frolova]);
    expect(call(() => updateMentorship({ id: 'ПГ-0001', note: 'встречи по средам' })).note).toBe(
      'встречи по средам',
    );
  });

  it('lets a mentee whose pair is finished into a new pair with the same mentor', () => {
    const { ivanova, smirnova } = registry();
    call(() => updateMentorship({ id: 'ПГ-0001', status: 'утверждена' }));
    call(() => updateMentorship({ id: 'ПГ-0001', status: 'идёт' }));
    ws.rt.now = Date.parse('2026-05-29T07:00:00Z'); // ended on its planned end
    call(() => updateMentorship({ id: 'ПГ-0001', status: 'завершена' }));
    expect(call(() => createMentorship(pair(ivanova, [smirnova]))).id).toBe('ПГ-0002');
    const listed = call(() => listMentorships()).items.map((m) => [m.id, m.status, m.menteeNames]);
    expect(listed).toEqual([
      ['ПГ-0001', 'завершена', ['Смирнова Ольга']],
      ['ПГ-0002', 'проект', ['Смирнова Ольга']],
    ]);
  });

  it('«Проверить данные» reports two rows typed by hand with one mentee, each at «Наставляемые (ID)»', () => {
    const { ivanova, lebedeva, smirnova } = registry();
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Пары и группы');
    const header = seen(ws, 'Пары и группы')[0];
    const typed = (id: string, mentorId: string, status: string) =>
      header.map(
        (h) =>
          ({
            ID: id,
            'Наставник (ID)': mentorId,
            'Наставляемые (ID)': smirnova,
            'Форма наставничества': 'педагог – педагог',
            'Виды наставничества': 'традиционное (один на один)',
            Статус: status,
          })[h] ?? '',
      );
    sheet
      ?.getRange(3, 1, 2, header.length)
      .setValues([typed('ПГ-0002', ivanova, 'идёт'), typed('ПГ-0003', lebedeva, 'завершена')]);
    sheet?.getRange(5, 1, 1, header.length).setValues([typed('ПГ-0004', lebedeva, 'продлена')]);
    ws.run(() => checkData(), { kind: 'menu' });
    const report = seen(ws, REPORT_SHEET);
    expect(report[0][0]).toContain('найдено проблем — 3');
    const lines = report.slice(2).map((l) => l.slice(0, 4));
    expect(lines.map((l) => l.slice(0, 3))).toEqual([
      ['Пары и группы', '2', 'Наставляемые (ID)'],
      ['Пары и группы', '3', 'Наставляемые (ID)'],
      ['Пары и группы', '5', 'Наставляемые (ID)'],
    ]);
    expect(lines[1][3]).toBe(
      'Пара ПГ-0002: наставляемый Смирнова Ольга (НЯ-0001) в работе ещё и в паре ПГ-0001 того же наставника ' +
        'Иванова Мария Петровна (НК-0001), паре ПГ-0004 наставника Лебедева Анна Петровна (НК-0002), а может ' +
        'быть только в одной паре или группе в работе. Если это повтор, удалите лишнюю строку; если одна из них ' +
        'уже закончилась, поставьте ей статус «завершена» или «прекращена досрочно»; иначе уберите наставляемого ' +
        'из всех, кроме одной.',
    );
    const menteesColumn = header.indexOf('Наставляемые (ID)') + 1;
    expect(sheet?.getRange(3, menteesColumn).getNote()).toContain(MARK_PREFIX);
    expect(sheet?.getRange(4, menteesColumn).getNote()).toBe('');
  });
});
