import {
  addMentee,
  addMentor,
  createMentorship,
  updateMentorship,
  withdrawConsent,
  withdrawConsentOf,
} from '../endpoints';
import { ANONYMISED_NAME } from '../../../src/domain/registry/anonymise';
import type { Workspace } from '../../../emulator/workspace';
import { everyText, fromSidebar, menteeInput, mentorInput, seen, setUpWorkspace } from '../registry-fixture';

describe('withdrawing consent', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = setUpWorkspace()));
  afterEach(() => done());

  /** A mentor «Журавлёва Эвелина Станиславовна» in a pair, named in free text of another sheet. */
  function registryWithPerson(): { mentorId: string; menteeId: string; pairId: string } {
    const mentor = fromSidebar(ws, () =>
      addMentor(
        mentorInput({
          surname: 'Журавлёва',
          firstName: 'Эвелина',
          patronymic: 'Станиславовна',
          email: 'zhuravleva@example.ru',
          phone: '+7 912 345-67-89',
          achievements: 'Победитель конкурса «Воспитатель года»',
        }),
      ),
    );
    const mentee = fromSidebar(ws, () => addMentee(menteeInput()));
    const pair = fromSidebar(ws, () =>
      createMentorship({
        mentorId: mentor.id,
        menteeIds: [mentee.id],
        form: 'педагог – педагог',
        kinds: ['традиционное (один на один)'],
        note: 'Встречи ведёт Журавлёва Э. С., связь: zhuravleva@example.ru',
      }),
    );
    return { mentorId: mentor.id, menteeId: mentee.id, pairId: pair.id };
  }

  it('leaves no trace of the name, e-mail or phone in any cell, note or sheet of the workbook', () => {
    const { mentorId, pairId } = registryWithPerson();
    expect(everyText(ws)).toContain('Журавлёва');
    const result = fromSidebar(ws, () => withdrawConsentOf(mentorId));
    expect(result.personIds).toEqual([mentorId]);
    const text = everyText(ws);
    for (const trace of [
      'Журавлёв',
      'Эвелин',
      'Станиславовн',
      'zhuravleva',
      '345-67-89',
      'Воспитатель года',
    ]) {
      expect(text).not.toContain(trace);
    }
    const mentors = seen(ws, 'Наставники');
    expect(mentors).toHaveLength(2);
    expect(mentors[1][0]).toBe(mentorId);
    expect(mentors[1][1]).toBe(ANONYMISED_NAME);
    expect(seen(ws, 'Пары и группы')[1][0]).toBe(pairId);
  });

  it('keeps the counts: the pair, its mentee and the mentor row stay, with their IDs', () => {
    const { mentorId, menteeId, pairId } = registryWithPerson();
    fromSidebar(ws, () => updateMentorship({ id: pairId, status: 'утверждена' }));
    fromSidebar(ws, () => withdrawConsentOf(mentorId));
    const pair = seen(ws, 'Пары и группы')[1];
    expect(pair.slice(0, 3)).toEqual([pairId, mentorId, menteeId]);
    expect(seen(ws, 'Наставляемые')[1][1]).toBe('Смирнова');
    expect(seen(ws, 'Журнал').at(-1)?.slice(3, 5)).toEqual([
      'Отзыв согласия: персональные данные удалены',
      mentorId,
    ]);
  });

  it('asks for the ID from the menu and reports what it did', () => {
    const { menteeId } = registryWithPerson();
    ws.spreadsheet.ui.scriptAnswers([{ button: 'OK', text: menteeId.toLowerCase() }, 'OK']);
    ws.run(() => withdrawConsent(), { kind: 'menu' });
    expect(seen(ws, 'Наставляемые')[1][1]).toBe(ANONYMISED_NAME);
    expect(ws.spreadsheet.ui.alerts.at(-1)?.prompt).toContain(`Персональные данные удалены (${menteeId})`);
  });

  it('shows, and never changes, mentions left in the curator’s own sheets, columns and notes', () => {
    const { mentorId } = registryWithPerson();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const own = ss.insertSheet('Мои заметки');
    own.getRange('B3').setValue('Поговорить с Журавлёвой о конкурсе');
    own.getRange('A1').setNote('звонила Эвелина Станиславовна');
    const mentors = ss.getSheetByName('Наставники');
    const width = mentors?.getLastColumn() ?? 0;
    mentors?.getRange(1, width + 1, 2, 1).setValues([['Мой комментарий'], ['Журавлёва Э. С. — куратор МО']]);
    const result = fromSidebar(ws, () => withdrawConsentOf(mentorId));
    expect(result.tracesLeft).toEqual([
      { sheet: 'Наставники', cell: `${String.fromCharCode(64 + width + 1)}2` },
      { sheet: 'Мои заметки', cell: 'A1 (заметка)' },
      { sheet: 'Мои заметки', cell: 'B3' },
    ]);
    expect(own.getRange('B3').getValue()).toBe('Поговорить с Журавлёвой о конкурсе');
  });

  it('refuses an ID that is not a person, in Russian', () => {
    expect(() => fromSidebar(ws, () => withdrawConsentOf('ПГ-0001'))).toThrow(
      'Укажите ID наставника или наставляемого',
    );
    expect(() => fromSidebar(ws, () => withdrawConsentOf('НК-0099'))).toThrow('Человека с ID НК-0099 нет');
  });
});
