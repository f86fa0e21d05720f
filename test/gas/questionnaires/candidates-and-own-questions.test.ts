/**
 * Intake answers become candidates the curator accepts into a bank (a row made by the banks' own use case) or
 * rejects; and the curator's own questions of «Свои вопросы» go into the next form built, with a bad row reported.
 */
import type { Workspace } from '../../../emulator/workspace';
import { OWN_QUESTIONS_TABLE } from '../../../src/domain/registry/tables';
import { SheetTableStore } from '../../../src/gas/registry/sheet-table-store';
import {
  checkData,
  createQuestionnaire,
  decideCandidate,
  loadCandidates,
  loadQuestionnaireLinks,
} from '../endpoints';
import { fromSidebar } from '../registry-fixture';
import { answersFor, formOf, registryOf, rowsOf } from './questionnaire-fixture';

describe('candidates from intake answers, and own questions', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = registryOf(2)));
  afterEach(() => done());

  it('lists intake answers with consent as candidates; «Принять» adds a bank row once, «Отклонить» marks it', () => {
    const made = fromSidebar(ws, () => createQuestionnaire({ kind: 'mentor-intake' }));
    const form = formOf(ws, made.formUrl);
    const answer = (surname: string, consent: string) => {
      ws.rt.advance(60_000);
      ws.forms.submitAsRespondent(form.id, {
        ...answersFor(form),
        Фамилия: surname,
        Имя: 'Анна',
        Должность: 'учитель-логопед',
        'Педагогический стаж, полных лет': '15',
        'Квалификационная категория': 'высшая',
        'В каких направлениях Вы готовы помогать коллегам?': [
          'методические',
          'ИКТ-компетенции, цифровизация',
        ],
        'Скольких коллег Вы готовы сопровождать одновременно?': '2',
        'Адрес электронной почты': `${surname}@school.example`,
        [form.items[form.items.length - 1].title]: consent,
      });
    };
    answer('Белова', 'Да');
    answer('Чернова', 'Да');
    answer('Серова', 'Нет');
    const list = fromSidebar(ws, () => loadCandidates());
    expect(list.withoutConsent).toBe(1);
    expect(list.candidates.map((c) => [c.name, c.bank])).toEqual([
      ['Белова Анна', 'наставник'],
      ['Чернова Анна', 'наставник'],
    ]);
    const [belova, chernova] = list.candidates;
    const accepted = fromSidebar(ws, () => decideCandidate({ ...belova, decision: 'accept' }));
    expect(accepted).toMatchObject({ decision: 'принят: НК-0003', personId: 'НК-0003' });
    const mentor = rowsOf(ws, 'Наставники')[2];
    expect(mentor).toMatchObject({
      ID: 'НК-0003',
      Фамилия: 'Белова',
      Должность: 'учитель-логопед',
      'Стаж (лет)': '15',
      'Компетенции (направления)': 'методические; ИКТ-компетенции, цифровизация',
      'Наставляемых одновременно (не более)': '2',
      'Согласие на обработку ПДн': 'TRUE',
    });
    // Sent again (a lost answer, a second click): the same decision, no second row.
    expect(fromSidebar(ws, () => decideCandidate({ ...belova, decision: 'accept' }))).toMatchObject({
      decision: 'принят: НК-0003',
    });
    fromSidebar(ws, () => decideCandidate({ ...chernova, decision: 'reject' }));
    expect(rowsOf(ws, 'Наставники')).toHaveLength(3);
    expect(rowsOf(ws, 'Результаты АН-0001').map((r) => r['Решение куратора'])).toEqual([
      'принят: НК-0003',
      'отклонён',
      '',
    ]);
    expect(fromSidebar(ws, () => loadCandidates()).candidates).toEqual([]);
  });

  it('puts the curator own questions into the next form, and reports a row it cannot use', () => {
    const store = new SheetTableStore(SpreadsheetApp.getActiveSpreadsheet());
    store.append(store.read(OWN_QUESTIONS_TABLE), [
      {
        id: 'СВ-0001',
        kinds: 'удовлетворённость наставляемого',
        title: 'Что было самым полезным?',
        type: 'развёрнутый ответ',
        required: false,
      },
      { id: 'СВ-0002', kinds: 'удовлетворённость наставляемого', title: 'Оцените', type: 'один вариант' },
      { kinds: 'удовлетворённость наставляемого', title: 'Без ID', type: 'да / нет' },
    ]);
    const made = fromSidebar(ws, () =>
      createQuestionnaire({ kind: 'mentee-satisfaction', recipients: ['НЯ-0001|ПГ-0001|наставляемый'] }),
    );
    expect(made.ownProblems).toEqual([
      expect.stringContaining('строка 3'),
      expect.stringMatching(/строка 4: нет ID — выполните «Наставничество › Проверить данные»/),
    ]);
    const form = formOf(ws, made.formUrl);
    const titles = form.items.map((i) => i.title);
    expect(titles.slice(-2)).toEqual(['Что было самым полезным?', 'Код анкеты (не изменяйте)']);
    const { links } = fromSidebar(ws, () => loadQuestionnaireLinks(made.questionnaireId));
    ws.rt.advance(60_000);
    ws.forms.submitPrefilled(links[0].url, {
      ...answersFor(form),
      'Что было самым полезным?': 'разбор занятий',
    });
    expect(rowsOf(ws, 'Результаты АН-0001')[0]).toMatchObject({
      'ID респондента': 'НЯ-0001',
      'Что было самым полезным?': 'разбор занятий',
    });
    // «Проверить данные» reads the three sheets too: what the add-on wrote passes, a row typed without an ID gets one.
    ws.run(() => checkData(), { kind: 'menu' });
    const report = ws.spreadsheet.active.getSheetByName('Проверка данных');
    expect(report?.getRange(1, 1).getDisplayValue()).toMatch(/ошибок не найдено/);
    expect(rowsOf(ws, 'Свои вопросы').map((r) => r['ID'])).toEqual(['СВ-0001', 'СВ-0002', 'СВ-0003']);
  });
});
