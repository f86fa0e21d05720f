import {
  addMentee,
  addMentor,
  createMentorship,
  updateMentor,
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
    expect(cells('Пары и группы', 1, 'ID', 'Наставник (ID)', 'Наставляемые (ID)')).toEqual([
      pairId,
      mentorId,
      menteeId,
    ]);
    expect(seen(ws, 'Наставляемые')[1][1]).toBe('Смирнова');
    expect(seen(ws, 'Журнал').at(-1)?.slice(3, 5)).toEqual([
      'Отзыв согласия: персональные данные удалены',
      mentorId,
    ]);
  });

  /** Everything in the workbook but what the UI showed. */
  function workbookData(): string {
    const { ui: _ui, ...rest } = ws.snapshot().spreadsheet as { ui: unknown };
    return JSON.stringify(rest);
  }

  /** The cells of a sheet's data row under the headers a person reads. */
  function cells(sheet: string, row: number, ...headers: string[]): string[] {
    const values = seen(ws, sheet);
    return headers.map((h) => values[row][values[0].indexOf(h)]);
  }

  /** Runs «Отозвать согласие…» from the menu with these answers to its questions. */
  function fromMenu(...answers: Array<string | { button: string; text: string }>): void {
    ws.spreadsheet.ui.scriptAnswers(answers);
    ws.run(() => withdrawConsent(), { kind: 'menu' });
  }

  it('shows whose data will go and where before erasing, and erases nothing on «Нет»', () => {
    const { mentorId } = registryWithPerson();
    const before = workbookData();
    fromMenu({ button: 'OK', text: mentorId.toLowerCase() }, 'NO');
    const question = ws.spreadsheet.ui.alerts.at(-1);
    expect(question).toMatchObject({ title: 'Отзыв согласия', buttons: 'YES_NO', answer: 'NO' });
    expect(question?.prompt).toBe(
      'Удалить персональные данные человека?\n' +
        `Журавлёва Эвелина Станиславовна — ${mentorId}, лист «Наставники»\n\n` +
        'Будет удалено безвозвратно:\n' +
        '— «Наставники»: ФИО, контакты и сведения о человеке — 8 ячеек;\n' +
        '— «Пары и группы»: упоминания — 2 ячейки.\n' +
        'Останутся ID, должность, стаж, категория, даты, пары и группы.\n\n' +
        '«Да» — удалить. «Нет» — ничего не менять.',
    );
    expect(workbookData()).toBe(before);
    expect(ws.spreadsheet.ui.toasts.at(-1)).toMatchObject({
      message: 'Ничего не удалено.',
      title: 'Отзыв согласия',
    });
  });

  it('erases on «Да» and reports what it did', () => {
    const { menteeId } = registryWithPerson();
    fromMenu({ button: 'OK', text: menteeId.toLowerCase() }, 'YES', 'OK');
    expect(seen(ws, 'Наставляемые')[1][1]).toBe(ANONYMISED_NAME);
    expect(ws.spreadsheet.ui.alerts.at(-1)).toMatchObject({ title: 'Отзыв согласия', buttons: 'OK' });
    expect(ws.spreadsheet.ui.alerts.at(-1)?.prompt).toContain(`Персональные данные удалены (${menteeId})`);
  });

  it('names both rows of a person who is in both banks', () => {
    const mentee = fromSidebar(ws, () =>
      addMentee(menteeInput({ surname: 'Лебедева', firstName: 'Анна', patronymic: 'Игоревна' })),
    );
    const mentor = fromSidebar(ws, () =>
      addMentor(
        mentorInput({ surname: 'Лебедева', firstName: 'Анна', patronymic: 'Игоревна', menteeId: mentee.id }),
      ),
    );
    fromMenu({ button: 'OK', text: mentee.id }, 'NO');
    expect(ws.spreadsheet.ui.alerts.at(-1)?.prompt).toMatch(
      new RegExp(
        `^Удалить персональные данные человека\\?\\n` +
          `Лебедева Анна Игоревна — ${mentee.id}, лист «Наставляемые»;\\n` +
          `Лебедева Анна Игоревна — ${mentor.id}, лист «Наставники»\\n` +
          '\\(это один и тот же человек в двух банках\\)',
      ),
    );
  });

  it('erases nobody when the row changed while the question was open', () => {
    const { mentorId } = registryWithPerson();
    // Another curator types another person into the row while «Да / Нет» is on screen (the script is suspended).
    let questions = 0;
    ws.spreadsheet.ui._onSuspend.push(() => {
      questions += 1;
      if (questions === 2)
        SpreadsheetApp.getActiveSpreadsheet()
          .getSheetByName('Наставники')
          ?.getRange('B2')
          .setValue('Ковалёва');
    });
    fromMenu({ button: 'OK', text: mentorId }, 'YES', 'OK');
    expect(ws.spreadsheet.ui.alerts.at(-1)?.prompt).toBe(
      `Пока вы подтверждали, данные в таблице изменились: было «${mentorId} Журавлёва Эвелина Станиславовна», ` +
        `сейчас «${mentorId} Ковалёва Эвелина Станиславовна». Ничего не удалено. ` +
        'Проверьте ID и выберите «Отозвать согласие…» ещё раз.',
    );
    expect(seen(ws, 'Наставники')[1].slice(1, 4)).toEqual(['Ковалёва', 'Эвелина', 'Станиславовна']);
    expect(everyText(ws)).toContain('zhuravleva@example.ru');
  });

  it('says so when the person’s data were erased before', () => {
    const { mentorId } = registryWithPerson();
    fromSidebar(ws, () => withdrawConsentOf(mentorId));
    fromMenu({ button: 'OK', text: mentorId }, 'OK');
    expect(ws.spreadsheet.ui.alerts.at(-1)?.title).toBe('Отзыв согласия');
    expect(ws.spreadsheet.ui.alerts.at(-1)?.prompt).toBe(
      `Согласие ${mentorId} уже отозвано: персональные данные удалены раньше, удалять больше нечего.`,
    );
  });

  it('erases the person however the notes write them, and nobody else’s data', () => {
    const mentor = fromSidebar(ws, () =>
      addMentor(
        mentorInput({
          surname: 'Мельникова',
          firstName: 'Ольга',
          patronymic: 'Сергеевна',
          email: 'Melnikova@example.ru',
          phone: '+7 900 123-45-67',
        }),
      ),
    );
    // A colleague with the same work phone, and a namesake.
    const colleague = fromSidebar(ws, () =>
      addMentor(
        mentorInput({
          surname: 'Петрова',
          firstName: 'Анна',
          phone: '8 (900) 123-45-67',
          note: 'Рабочий телефон 8 (900) 123-45-67, кабинет методиста; Ольга Сергеевна — её наставник',
        }),
      ),
    );
    const namesake = fromSidebar(ws, () =>
      addMentor(mentorInput({ surname: 'Мельникова', firstName: 'Ирина', note: 'сестра' })),
    );
    fromSidebar(ws, () =>
      addMentee(
        menteeInput({
          note:
            'Мельникова Ольга просила встречи; звонить 89001234567 или писать MELNIKOVA@EXAMPLE.RU. ' +
            'Поблагодарить О. С. Мельникову и Ольгу Сергеевну. Мельникова Ирина в отпуске.',
        }),
      ),
    );
    const colleagueRow = seen(ws, 'Наставники')[2];
    const namesakeRow = seen(ws, 'Наставники')[3];
    fromSidebar(ws, () => withdrawConsentOf(mentor.id));
    expect(seen(ws, 'Наставляемые')[1].at(-1)).toBe(
      '[удалено] просила встречи; звонить [удалено] или писать [удалено]. ' +
        'Поблагодарить [удалено] и [удалено]. Мельникова Ирина в отпуске.',
    );
    const [, , colleagueNow, namesakeNow] = seen(ws, 'Наставники');
    expect(colleagueNow[0]).toBe(colleague.id);
    expect(colleagueNow.at(-1)).toBe(
      'Рабочий телефон 8 (900) 123-45-67, кабинет методиста; [удалено] — её наставник',
    );
    expect(colleagueNow.slice(0, -1)).toEqual(colleagueRow.slice(0, -1));
    expect(namesakeNow[0]).toBe(namesake.id);
    expect(namesakeNow).toEqual(namesakeRow);
  });

  it('refuses to write the name back from an edit form opened before the withdrawal', () => {
    const { mentorId } = registryWithPerson();
    fromSidebar(ws, () => withdrawConsentOf(mentorId));
    // What the open form still holds and sends on «Сохранить изменения».
    const stale = mentorInput({
      id: mentorId,
      surname: 'Журавлёва',
      firstName: 'Эвелина',
      position: 'методист',
    });
    expect(() => fromSidebar(ws, () => updateMentor(stale))).toThrow(
      `${mentorId}: человек отозвал согласие на обработку персональных данных, его данные удалены. ` +
        'Вернуть в эту строку ФИО, контакты, сведения о человеке или отметку согласия нельзя. ' +
        'Если человек дал согласие снова, добавьте его как нового: «Новая запись» — он получит новый ID.',
    );
    expect(seen(ws, 'Наставники')[1].slice(1, 3)).toEqual([ANONYMISED_NAME, '']);
    expect(everyText(ws)).not.toContain('Журавлёв');
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
