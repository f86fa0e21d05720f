/**
 * Questionnaire answers as a benchmark (docs/architecture.md «Performance rules»): what one answer costs on the
 * trigger path. The trigger reads the form's responses only from the last one it took (less a two-minute margin),
 * each sheet once, and writes in one batch per sheet, so the hundred-and-tenth answer costs what the tenth did.
 */
import type { Workspace } from '../../emulator/workspace';
import { createQuestionnaire, loadQuestionnaireLinks } from '../gas/endpoints';
import { fromSidebar } from '../gas/registry-fixture';
import { answersFor, formOf, registryOf, rowsOf } from '../gas/questionnaires/questionnaire-fixture';

const SERVICES = ['SpreadsheetApp', 'FormApp', 'PropertiesService', 'LockService'] as const;
type Calls = Record<(typeof SERVICES)[number] | 'total', number>;

const N = 120;

describe('bench › questionnaires: service calls per answer on the trigger path', () => {
  let ws: Workspace;
  let done: () => void;
  let perAnswer: Calls[];
  let methods: Record<string, number> = {};
  beforeAll(() => {
    ({ ws, done } = registryOf(N));
    const recipients = Array.from(
      { length: N },
      (_, i) => `НЯ-${String(i + 1).padStart(4, '0')}|ПГ-${String(i + 1).padStart(4, '0')}|наставляемый`,
    );
    const made = fromSidebar(ws, () => createQuestionnaire({ kind: 'mentee-satisfaction', recipients }));
    const { links } = fromSidebar(ws, () => loadQuestionnaireLinks(made.questionnaireId));
    const form = formOf(ws, made.formUrl);
    perAnswer = links.map((link) => {
      // Answers ten minutes apart: each trigger finds only its own answer past the margin.
      ws.rt.advance(10 * 60 * 1000);
      ws.rt.counter.reset();
      ws.forms.submitPrefilled(link.url, answersFor(form));
      const calls = Object.fromEntries(SERVICES.map((s) => [s, ws.rt.counter.count(s)])) as Calls;
      calls.total = ws.rt.counter.total();
      if (link === links[110]) methods = ws.rt.counter.methods();
      return calls;
    });
  });
  afterAll(() => done());

  const mean = (from: number, to: number): Calls =>
    Object.fromEntries(
      (['total', ...SERVICES] as const).map((s) => [
        s,
        perAnswer.slice(from, to).reduce((sum, c) => sum + c[s], 0) / (to - from),
      ]),
    ) as Calls;

  it('takes every answer through the trigger alone', () => {
    expect(rowsOf(ws, 'Результаты АН-0001')).toHaveLength(N);
    expect(ws.platform.executions.filter((e) => e.status !== 'completed')).toEqual([]);
  });

  it('costs the same number of calls for the 110th answer as for the 10th', () => {
    const early = mean(5, 15);
    const late = mean(105, 115);
    process.stdout.write(
      `one answer on the trigger path, answers 6–15: ${JSON.stringify(early)}\n` +
        `one answer on the trigger path, answers 106–115: ${JSON.stringify(late)}\n` +
        `the 111th answer by method: ${JSON.stringify(methods)}\n`,
    );
    // FormApp: the form opened, its responses from the last one taken (again: the margin reaches back past it)
    // with three calls each — two responses, whatever the form holds.
    expect(late.FormApp).toBe(early.FormApp);
    expect(methods['Form.getResponses']).toBe(1);
    expect(methods['FormResponse.toPrefilledUrl']).toBe(2);
    // The sheets grow in steps of a hundred rows: an insert now and then, never a call per row.
    expect(late.total).toBeLessThanOrEqual(early.total + 1);
    expect(late.total).toBeLessThanOrEqual(80);
  });
});
