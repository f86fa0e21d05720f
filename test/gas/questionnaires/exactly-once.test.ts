/**
 * Ingestion exactly once, on the emulator as a real form behaves: 200 answers through personal links, one event in
 * five delivered twice, one in twenty followed by a blank copy, answers arriving in the same second, events lost
 * while another execution held the workbook, and a tampered code. Whatever the trigger managed, «Обновить
 * результаты» leaves exactly one row per response, each under the right person, and running it again changes
 * nothing.
 */
import type { Workspace } from '../../../emulator/workspace';
import {
  createQuestionnaire,
  loadQuestionnaireLinks,
  loadQuestionnaireSidebar,
  refreshQuestionnaireResults,
} from '../endpoints';
import { fromSidebar } from '../registry-fixture';
import { answersFor, formOf, registryOf, rowsOf } from './questionnaire-fixture';

const N = 200;

/** A fixed pseudo-random sequence, so the run is the same every time. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('questionnaire answers, exactly once', () => {
  let ws: Workspace;
  let done: () => void;
  beforeAll(() => ({ ws, done } = registryOf(N)));
  afterAll(() => done());

  it('gives exactly 200 rows for 200 answers with doubled, blank, simultaneous and lost events', () => {
    const kinds = fromSidebar(ws, () => loadQuestionnaireSidebar()).kinds;
    const recipients = kinds.find((k) => k.kind === 'mentee-satisfaction')?.recipients ?? [];
    const made = fromSidebar(ws, () =>
      createQuestionnaire({ kind: 'mentee-satisfaction', recipients: recipients.map((r) => r.key) }),
    );
    expect(made.links).toBe(N);
    const { links } = fromSidebar(ws, () => loadQuestionnaireLinks(made.questionnaireId));
    const form = formOf(ws, made.formUrl);
    const codeTitle = 'Код анкеты (не изменяйте)';
    const next = random(13);
    let lost = 0;
    let doubled = 0;
    let blanks = 0;
    const tampered = 57;
    links.forEach((link, i) => {
      // Some answers come in the same second as the one before («two answers together»).
      if (next() > 0.2) ws.rt.advance(Math.floor(next() * 90_000) + 1000);
      const duplicate = next() < 0.2;
      const blankDuplicate = next() < 0.05;
      // The last one too: no later answer's run picks it up, only «Обновить результаты».
      const busy = next() < 0.08 || i === N - 1;
      if (duplicate) doubled++;
      if (blankDuplicate) blanks++;
      // Another execution holds the workbook: the trigger gives up, and its event is as good as never delivered.
      if (busy) {
        lost++;
        ws.platform.locks.holdByOther('document');
      }
      const answers = { ...answersFor(form, (i % 10) + 1) };
      if (i === tampered) answers[codeTitle] = 'zzzzzzzzzzzzzzzzzzzzzzzzz1';
      ws.forms.submitPrefilled(link.url, answers, { duplicate, blankDuplicate });
      if (busy) ws.platform.locks.releaseByOther('document');
    });
    expect([doubled, blanks, lost].every((n) => n > 0)).toBe(true);
    const byTrigger = rowsOf(ws, 'Результаты АН-0001');
    // A lost event's answer is taken by the next answer's run; the last one waits for «Обновить результаты».
    expect(byTrigger.length).toBe(N - 1);
    expect(new Set(byTrigger.map((r) => r['ID ответа в форме'])).size).toBe(byTrigger.length);

    const summary = fromSidebar(ws, () => refreshQuestionnaireResults(made.questionnaireId));
    const rows = rowsOf(ws, 'Результаты АН-0001');
    expect(rows).toHaveLength(N);
    expect(summary[0]).toMatchObject({ total: N, added: 1, flagged: 0 });
    const stored = ws.forms.form(form.id)?.responses.map((r) => r.id) ?? [];
    expect(new Set(rows.map((r) => r['ID ответа в форме']))).toEqual(new Set(stored));
    // Each row under the person its link was made for; the tampered code attaches nobody and is flagged.
    const flagged = rows.filter((r) => r['Отметки'] !== '');
    expect(flagged).toEqual([
      expect.objectContaining({ 'ID респондента': '', Отметки: 'код анкеты не найден' }),
    ]);
    const people = rows.map((r) => r['ID респондента']).filter(Boolean);
    expect(new Set(people).size).toBe(N - 1);
    expect(people).not.toContain(links[tampered].personId);
    expect(rowsOf(ws, 'Коды анкет').filter((r) => r['Состояние'] === 'использован')).toHaveLength(N - 1);
    expect(rowsOf(ws, 'Анкеты')[0]).toMatchObject({ Ответов: String(N) });

    // Again, and a retried trigger: nothing changes.
    fromSidebar(ws, () => refreshQuestionnaireResults());
    ws.platform.fireTriggers('ON_FORM_SUBMIT', ws.spreadsheet.model().id, () => ({}));
    expect(rowsOf(ws, 'Результаты АН-0001')).toEqual(rows);
  });

  it('flags a second answer through the same link, and keeps the first one counted', () => {
    const made = fromSidebar(ws, () =>
      createQuestionnaire({ kind: 'curator', recipients: ['|ПГ-0001|куратор', '|ПГ-0002|куратор'] }),
    );
    const { links } = fromSidebar(ws, () => loadQuestionnaireLinks(made.questionnaireId));
    const form = formOf(ws, made.formUrl);
    ws.rt.advance(60_000);
    ws.forms.submitPrefilled(links[0].url, answersFor(form, 9));
    ws.rt.advance(60_000);
    ws.forms.submitPrefilled(links[0].url, answersFor(form, 2));
    const rows = rowsOf(ws, `Результаты ${made.questionnaireId}`);
    expect(rows.map((r) => [r['Пара / группа'], r['Индекс качества'], r['Отметки']])).toEqual([
      ['ПГ-0001', '9', ''],
      ['', '2', expect.stringMatching(/^код уже использован ответом от \d\d\.\d\d\.\d{4} \d\d:\d\d$/)],
    ]);
  });
});
