/**
 * «Создать анкету…» on the emulator through the sidebar's endpoints: the form built item for item, its row in
 * «Анкеты», personal links only for people with consent (the others listed with why), the one trigger, and an
 * answer through a personal link landing on the result sheet under the person's ID.
 */
import { buildFormSpec } from '../../../src/domain/questionnaires/form-spec';
import { QUESTIONNAIRE_KINDS } from '../../../src/domain/questionnaires/model';
import type { Workspace } from '../../../emulator/workspace';
import {
  createQuestionnaire,
  loadQuestionnaireLinks,
  loadQuestionnaireSidebar,
  updateMentee,
} from '../endpoints';
import { fromSidebar } from '../registry-fixture';
import { answersFor, formOf, rowsOf, workbookWithPairs } from './questionnaire-fixture';

describe('«Создать анкету…»', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = workbookWithPairs(3)));
  afterEach(() => done());

  const preselected = (kind: string) =>
    fromSidebar(ws, () => loadQuestionnaireSidebar())
      .kinds.find((k) => k.kind === kind)
      ?.recipients.filter((r) => r.preselected)
      .map((r) => r.key) ?? [];

  it.each(QUESTIONNAIRE_KINDS)('builds «%s» from the bank with the right items and registers it', (kind) => {
    const made = fromSidebar(ws, () =>
      createQuestionnaire({ kind, period: '2025/2026 учебный год', recipients: preselected(kind) }),
    );
    const form = formOf(ws, made.formUrl);
    const { spec } = buildFormSpec(kind, { period: '2025/2026 учебный год' });
    expect(form.title).toBe(spec.title);
    expect(form.items.map((i) => i.title)).toEqual(spec.items.map((q) => q.title));
    expect(form.destination?.id).toBe(ws.spreadsheet.model().id);
    const [row] = rowsOf(ws, 'Анкеты');
    expect(row).toMatchObject({
      ID: 'АН-0001',
      Название: spec.title,
      Период: '2025/2026 учебный год',
      'Форма (редактирование)': made.formUrl,
      Статус: 'открыта',
      Ответов: '0',
    });
    const personal = !kind.endsWith('intake');
    const expected = { 'mentee-satisfaction': 3, 'mentor-satisfaction': 3, curator: 3 }[kind as string] ?? 5;
    expect(made.links).toBe(personal ? expected : 0);
    expect(rowsOf(ws, 'Коды анкет')).toHaveLength(made.links);
    expect(ws.platform.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT')).toEqual([
      expect.objectContaining({ handler: 'onQuestionnaireSubmit' }),
    ]);
  });

  it('installs the one trigger once, however many questionnaires', () => {
    for (const kind of ['mentee-satisfaction', 'curator', 'mentor-intake'] as const) {
      fromSidebar(ws, () => createQuestionnaire({ kind, recipients: preselected(kind) }));
    }
    expect(ws.platform.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT')).toHaveLength(1);
    expect(rowsOf(ws, 'Анкеты').map((r) => r.ID)).toEqual(['АН-0001', 'АН-0002', 'АН-0003']);
  });

  it('gives no link to a person without consent and says why', () => {
    fromSidebar(ws, () => updateMentee({ id: 'НЯ-0002', consent: false }));
    const kinds = fromSidebar(ws, () => loadQuestionnaireSidebar()).kinds;
    const offered = kinds.find((k) => k.kind === 'mentee-satisfaction')?.recipients ?? [];
    expect(offered.find((r) => r.personId === 'НЯ-0002')).toMatchObject({
      preselected: false,
      blocked: expect.stringContaining('нет согласия'),
    });
    const made = fromSidebar(ws, () =>
      createQuestionnaire({ kind: 'mentee-satisfaction', recipients: offered.map((r) => r.key) }),
    );
    expect(made.links).toBe(2);
    expect(made.leftOut).toEqual([
      { label: expect.stringContaining('Молодова1'), why: expect.stringContaining('нет согласия') },
    ]);
    expect(rowsOf(ws, 'Коды анкет').map((r) => r['ID человека'])).toEqual(['НЯ-0001', 'НЯ-0003']);
  });

  it('makes one questionnaire and one form for a «Создать» sent twice with the same operation ID', () => {
    const request = { kind: 'curator', recipients: preselected('curator') };
    const first = fromSidebar(ws, () => createQuestionnaire(request, 'create-curator-0001'));
    const again = fromSidebar(ws, () => createQuestionnaire(request, 'create-curator-0001'));
    expect(again).toMatchObject({ questionnaireId: first.questionnaireId, formUrl: first.formUrl, links: 3 });
    expect(rowsOf(ws, 'Анкеты')).toHaveLength(1);
    expect(rowsOf(ws, 'Коды анкет')).toHaveLength(3);
    expect(ws.forms.snapshot().forms).toHaveLength(1);
  });

  it('refuses a personal questionnaire with nobody to ask, writing nothing', () => {
    expect(() => fromSidebar(ws, () => createQuestionnaire({ kind: 'curator', recipients: [] }))).toThrow(
      /Отметьте, кому выдать личные ссылки/,
    );
    expect(rowsOf(ws, 'Анкеты')).toEqual([]);
    expect(ws.forms.snapshot().forms).toEqual([]);
  });

  it('takes an answer through a personal link into the result sheet under the person ID, never a name', () => {
    const made = fromSidebar(ws, () =>
      createQuestionnaire({ kind: 'mentee-satisfaction', recipients: preselected('mentee-satisfaction') }),
    );
    const { links } = fromSidebar(ws, () => loadQuestionnaireLinks(made.questionnaireId));
    expect(links.map((l) => [l.personId, l.email])).toEqual([
      ['НЯ-0001', 'mentee0@school.example'],
      ['НЯ-0002', 'mentee1@school.example'],
      ['НЯ-0003', 'mentee2@school.example'],
    ]);
    const form = formOf(ws, made.formUrl);
    ws.rt.advance(60_000);
    ws.forms.submitPrefilled(links[1].url, {
      ...answersFor(form, 8),
      'Что бы Вы предложили изменить в работе пары (группы) и программы?': '=1+1',
    });
    const rows = rowsOf(ws, 'Результаты АН-0001');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      'ID респондента': 'НЯ-0002',
      Роль: 'наставляемый',
      'Пара / группа': 'ПГ-0002',
      'Индекс удовлетворённости': '8',
      Отметки: '',
      'Что бы Вы предложили изменить в работе пары (группы) и программы?': '=1+1',
    });
    expect(JSON.stringify(seen2(ws))).not.toContain('Молодова1');
    expect(rowsOf(ws, 'Коды анкет')[1]).toMatchObject({ Состояние: 'использован' });
    expect(rowsOf(ws, 'Анкеты')[0]).toMatchObject({ Ответов: '1' });
  });
});

function seen2(ws: Workspace): string[][] {
  return rowsOf(ws, 'Результаты АН-0001').map((r) => Object.values(r));
}
