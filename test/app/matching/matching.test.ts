import { acceptProposals, loadMatchSidebar, proposeCohort, rankMentorsForMentee } from '../../gas/endpoints';
import { addMentee, addMentor, createMentorship, updateMentee, updateMentor } from '../../gas/endpoints';
import type { Workspace } from '../../../emulator/workspace';
import { fromSidebar, menteeInput, mentorInput, seen, setUpWorkspace } from '../../gas/registry-fixture';

describe('matching on the registry', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = setUpWorkspace()));
  afterEach(() => done());

  const call = <T>(fn: () => T): T => fromSidebar(ws, fn);
  const mentor = (o: Record<string, unknown> = {}) => call(() => addMentor(mentorInput(o))).id;
  const mentee = (o: Record<string, unknown> = {}) => call(() => addMentee(menteeInput(o))).id;
  const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

  it('ranks mentors by what the sheets say, with reasons a curator reads', () => {
    const weak = mentor({ surname: 'Кузнецова', competencies: ['здоровьесбережение'], experienceYears: 2 });
    const strong = mentor({
      surname: 'Иванова',
      competencies: ['методические', 'ИКТ-компетенции, цифровизация'],
      experienceYears: 12,
      capacity: 3,
    });
    const m = mentee({ requests: ['методические', 'ИКТ-компетенции, цифровизация'], experienceYears: 0 });
    const ranking = call(() => rankMentorsForMentee(m));
    expect(ranking.mentors.map((r) => r.mentorId)).toEqual([strong, weak]);
    const top = ranking.mentors[0];
    expect(top.available).toBe(true);
    expect(top.reasons).toEqual(
      expect.arrayContaining([
        'совпадают запросы: методические, ИКТ-компетенции, цифровизация',
        'стаж 12 лет — на 12 лет больше, чем у наставляемого',
        'свободно 3 места из 3',
      ]),
    );
    expect(top.score).toBeGreaterThan(ranking.mentors[1].score);
    expect(json(ranking)).toEqual(ranking);
  });

  it('takes places from pairs in work, drafts included, and greys out a full mentor with why', () => {
    const full = mentor({ surname: 'Полная', capacity: 1 });
    const free = mentor({ surname: 'Свободная', competencies: [] });
    const first = mentee({ surname: 'Первая' });
    call(() =>
      createMentorship({
        mentorId: full,
        menteeIds: [first],
        form: 'педагог – педагог',
        kinds: ['традиционное (один на один)'],
      }),
    );
    const second = mentee({ surname: 'Вторая' });
    const ranking = call(() => rankMentorsForMentee(second));
    expect(ranking.mentors.map((r) => [r.mentorId, r.available])).toEqual([
      [free, true],
      [full, false],
    ]);
    expect(ranking.mentors[1].unavailableReasons).toEqual(['нет свободных мест (занято 1 из 1)']);
    const sidebar = call(() => loadMatchSidebar());
    expect(sidebar.mentees.map((m) => [m.id, m.mentorshipIds])).toEqual([
      [second, []],
      [first, ['ПГ-0001']],
    ]);
    expect(sidebar.ranking?.mentee.id).toBe(second);
  });

  it('never offers a mentor without consent, nor the mentee themselves', () => {
    const noConsent = mentor({ surname: 'Безсогласия', consent: false });
    const m = mentee({ surname: 'Сама', email: 'sama@example.ru' });
    const self = mentor({ surname: 'Сама', email: 'sama@example.ru' });
    const ranking = call(() => rankMentorsForMentee(m));
    const byId = new Map(ranking.mentors.map((r) => [r.mentorId, r]));
    expect(byId.get(noConsent)?.unavailableReasons).toEqual([
      'нет согласия на обработку персональных данных',
    ]);
    expect(byId.get(self)?.unavailableReasons).toEqual(['это тот же человек, что и наставляемый']);
    const cohort = call(() => proposeCohort());
    expect(cohort.proposals).toEqual([]);
    expect(cohort.unmatched[0].reasons[0]).toContain('единственный активный наставник с согласием');
  });

  it('proposes the whole cohort with groups, and accepting creates rows and journal entries', () => {
    const ivanova = mentor({ capacity: 3, competencies: ['методические', 'нормативные правовые'] });
    const [a, b] = ['Алексеева', 'Борисова'].map((surname) =>
      mentee({ surname, requests: ['методические', 'нормативные правовые'] }),
    );
    const cohort = call(() => proposeCohort());
    expect(cohort.waiting).toBe(2);
    expect(cohort.summary).toBe('Ждут наставника: 2. Предложено: 0 пар, 1 группа. Без наставника: 0.');
    expect(cohort.proposals).toHaveLength(1);
    expect(cohort.proposals[0]).toMatchObject({ mentorId: ivanova, kind: 'группа', menteeIds: [a, b] });
    const result = call(() => acceptProposals(json(cohort.proposals)));
    expect(result.created).toEqual([
      expect.objectContaining({ id: 'ПГ-0001', kind: 'группа', menteeIds: [a, b] }),
    ]);
    const rows = seen(ws, 'Пары и группы');
    expect(rows).toHaveLength(2);
    expect(rows[1].join('|')).toContain('в группе');
    expect(rows[1].join('|')).toContain('проект');
    expect(seen(ws, 'Журнал').map((r) => r[3])).toContain('Пара/группа: создан проект');
    expect(call(() => proposeCohort()).summary).toBe(
      'Все наставляемые уже в парах или группах: подбирать некого.',
    );
  });

  it('refuses a stale proposal by the mentee’s name and writes nothing', () => {
    const ivanova = mentor({ capacity: 1 });
    const a = mentee({ surname: 'Алексеева' });
    const b = mentee({ surname: 'Борисова' });
    const proposals = json(call(() => proposeCohort()).proposals);
    expect(proposals).toHaveLength(1);
    const other = proposals[0].menteeIds[0] === a ? b : a;
    call(() =>
      createMentorship({
        mentorId: ivanova,
        menteeIds: [other],
        form: 'педагог – педагог',
        kinds: ['традиционное (один на один)'],
      }),
    );
    expect(() => call(() => acceptProposals(proposals))).toThrow(/Предложение устарело: .* \(НЯ-000\d\)/);
    expect(seen(ws, 'Пары и группы')).toHaveLength(2);
  });

  it('refuses a proposal whose mentor withdrew consent meanwhile', () => {
    const ivanova = mentor();
    const a = mentee({ surname: 'Алексеева' });
    call(() => updateMentor({ id: ivanova, consent: false }));
    expect(() => call(() => acceptProposals([{ mentorId: ivanova, menteeIds: [a] }]))).toThrow(
      'Предложение устарело: Алексеева Ольга (НЯ-0001)',
    );
    expect(seen(ws, 'Пары и группы')).toHaveLength(1);
  });

  it('refuses a proposal whose mentee lost consent meanwhile, naming the mentee', () => {
    const ivanova = mentor();
    const a = mentee({ surname: 'Алексеева' });
    call(() => updateMentee({ id: a, consent: false }));
    expect(() => call(() => acceptProposals([{ mentorId: ivanova, menteeIds: [a] }]))).toThrow(
      'Предложение устарело: Алексеева Ольга (НЯ-0001) — у наставляемого нет согласия на обработку персональных данных.',
    );
  });

  it('reads the weights from «Настройки» and says in Russian what is wrong with one', () => {
    const keys = seen(ws, 'Настройки').map((r) => r[0]);
    const row = keys.indexOf('matchWeightRequests') + 1;
    expect(seen(ws, 'Настройки')[row - 1][2]).toBe('40');
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Настройки');
    sheet?.getRange(row, 3).setValue('много');
    mentee();
    expect(() => call(() => proposeCohort())).toThrow(
      'Вес «запросы и компетенции»: ожидается число от 0 до 100',
    );
    sheet?.getRange(row, 3).setValue('');
    expect(call(() => proposeCohort()).waiting).toBe(1);
  });

  it('parses its input and refuses an empty choice', () => {
    expect(() => call(() => rankMentorsForMentee('нет такого'))).toThrow('Проверьте данные');
    expect(() => call(() => acceptProposals([]))).toThrow('Не выбрано ни одного предложения');
    expect(() => call(() => acceptProposals([{ mentorId: 'НК-0001' }]))).toThrow('Проверьте данные');
  });
});
