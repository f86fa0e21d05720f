/**
 * «Рассылка» and consent on the emulator: a mailing stopped by the day's MailApp quota resumes the next day and
 * writes to nobody twice; an answer from a person who then withdraws consent is anonymised on the result sheet and
 * their links are dropped, so a later answer through one attaches nobody.
 */
import type { Workspace } from '../../../emulator/workspace';
import {
  continueQuestionnaireMailing,
  createQuestionnaire,
  loadQuestionnaireLinks,
  startQuestionnaireMailing,
  updateMentee,
  withdrawConsentOf,
} from '../endpoints';
import { fromSidebar } from '../registry-fixture';
import { answersFor, formOf, registryOf, rowsOf } from './questionnaire-fixture';

const KEYS = ['НЯ-0001||наставляемый', 'НЯ-0002||наставляемый', 'НЯ-0003||наставляемый'];
const mentees = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `НЯ-${String(i + 1).padStart(4, '0')}|ПГ-${String(i + 1).padStart(4, '0')}|наставляемый`,
  );

describe('«Рассылка» and consent', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = registryOf(5)));
  afterEach(() => done());

  it('stops at the day quota, resumes the next day, and sends each link exactly once', () => {
    const made = fromSidebar(ws, () =>
      createQuestionnaire({ kind: 'mentee-satisfaction', recipients: mentees(5) }),
    );
    ws.platform.mailDailyQuota = 3;
    const started = fromSidebar(ws, () =>
      startQuestionnaireMailing({ questionnaireId: made.questionnaireId }),
    );
    expect(started.total).toBe(5);
    const first = fromSidebar(ws, () => continueQuestionnaireMailing(started.id));
    expect(first).toMatchObject({ processed: 3, finished: false, quotaExhausted: true, quota: 0 });
    expect(ws.platform.outbox.map((m) => m.to)).toEqual([
      ['mentee0@school.example'],
      ['mentee1@school.example'],
      ['mentee2@school.example'],
    ]);
    // Pressed again the same day: nothing more is sent.
    expect(fromSidebar(ws, () => continueQuestionnaireMailing(started.id))).toMatchObject({
      processed: 3,
      quotaExhausted: true,
    });
    expect(ws.platform.outbox).toHaveLength(3);
    const links = fromSidebar(ws, () => loadQuestionnaireLinks(made.questionnaireId)).links;
    expect(links.map((l) => l.sentAt !== '')).toEqual([true, true, true, false, false]);
    expect(ws.platform.outbox[1].body).toContain(links[1].url);

    ws.platform.advanceClock(24 * 3600 * 1000 + 60_000);
    const next = fromSidebar(ws, () => continueQuestionnaireMailing(started.id));
    expect(next).toMatchObject({ processed: 5, finished: true, quotaExhausted: false, failed: [] });
    const to = ws.platform.outbox.map((m) => m.to[0]);
    expect(to).toHaveLength(5);
    expect(new Set(to).size).toBe(5);
    // A new mailing of the same questionnaire has nobody left to write to.
    expect(() =>
      fromSidebar(ws, () => startQuestionnaireMailing({ questionnaireId: made.questionnaireId })),
    ).toThrow(/уже отправлены/);
    expect(rowsOf(ws, 'Коды анкет').every((r) => r['Ссылка отправлена'] !== '')).toBe(true);
  });

  it('says whom it could not write to, and writes to nobody who has answered', () => {
    const made = fromSidebar(ws, () =>
      createQuestionnaire({ kind: 'mentee-satisfaction', recipients: mentees(3) }),
    );
    fromSidebar(ws, () => updateMentee({ id: 'НЯ-0002', email: null }));
    const { links } = fromSidebar(ws, () => loadQuestionnaireLinks(made.questionnaireId));
    ws.rt.advance(60_000);
    ws.forms.submitPrefilled(links[2].url, answersFor(formOf(ws, made.formUrl)));
    const started = fromSidebar(ws, () =>
      startQuestionnaireMailing({ questionnaireId: made.questionnaireId }),
    );
    expect(started.total).toBe(2);
    const progress = fromSidebar(ws, () => continueQuestionnaireMailing(started.id));
    expect(progress).toMatchObject({
      finished: true,
      failed: [{ key: 'КА-0002', message: expect.stringContaining('нет адреса эл. почты') }],
    });
    expect(ws.platform.outbox.map((m) => m.to)).toEqual([['mentee0@school.example']]);
    expect(ws.platform.outbox[0]).toMatchObject({
      subject: expect.stringContaining('Анкета: Удовлетворённость'),
    });
  });

  it('anonymises the answers of a person who withdraws consent and drops their links', () => {
    const entry = fromSidebar(ws, () => createQuestionnaire({ kind: 'impact-entry', recipients: KEYS }));
    const { links } = fromSidebar(ws, () => loadQuestionnaireLinks(entry.questionnaireId));
    const form = formOf(ws, entry.formUrl);
    ws.rt.advance(60_000);
    ws.forms.submitPrefilled(links[1].url, answersFor(form, 6));
    ws.rt.advance(60_000);
    ws.forms.submitPrefilled(links[0].url, answersFor(form, 4));
    expect(rowsOf(ws, 'Результаты АН-0001').map((r) => r['ID респондента'])).toEqual(['НЯ-0002', 'НЯ-0001']);

    fromSidebar(ws, () => withdrawConsentOf('НЯ-0002'));
    const rows = rowsOf(ws, 'Результаты АН-0001');
    expect(
      rows.map((r) => [r['ID респондента'], r['Код анкеты'], r['Отметки'], r['Индекс самооценки']]),
    ).toEqual([
      ['', '', 'согласие отозвано', '6'],
      ['НЯ-0001', links[0].url.split('=').pop(), '', '4'],
    ]);
    const codes = rowsOf(ws, 'Коды анкет');
    expect(codes.map((r) => [r['ID человека'], r['Состояние']])).toEqual([
      ['НЯ-0001', 'использован'],
      ['', 'отозван'],
      ['НЯ-0003', 'выдан'],
    ]);
    // The dropped code ties nobody to anything: it is on no sheet of the add-on's (Forms' own linked sheet keeps
    // the response as sent, with no name in it).
    const code = links[1].url.split('=').pop() ?? '';
    const ours = ['Коды анкет', 'Результаты АН-0001', 'Журнал'].map((name) =>
      JSON.stringify(rowsOf(ws, name)),
    );
    expect(ours.some((text) => text.includes(code))).toBe(false);
    // A later answer through the dropped link attaches nobody.
    ws.rt.advance(60_000);
    ws.forms.submitPrefilled(links[1].url, answersFor(form, 9));
    expect(rowsOf(ws, 'Результаты АН-0001')[2]).toMatchObject({
      'ID респондента': '',
      Отметки: 'код анкеты не найден',
    });
  });
});
