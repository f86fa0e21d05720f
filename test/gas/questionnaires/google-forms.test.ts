import { buildFormSpec } from '../../../src/domain/questionnaires/form-spec';
import { ingestResponses } from '../../../src/domain/questionnaires/ingest';
import {
  QUESTIONNAIRE_KINDS,
  TOKEN_TITLE,
  type FormSpec,
  type Question,
} from '../../../src/domain/questionnaires/model';
import { issueTokens } from '../../../src/domain/questionnaires/tokens';
import { isUserError } from '../../../src/domain/user-error';
import { GoogleForms } from '../../../src/gas/questionnaires/google-forms';
import { UuidRandomness } from '../../../src/gas/questionnaires/uuid-randomness';
import type { Workspace } from '../../../emulator/workspace';
import { installWorkspace } from '../registry-fixture';

/** What a respondent types for each required question (and the date), by title. */
function filledIn(spec: FormSpec): Record<string, unknown> {
  const value = (q: Question): unknown =>
    ({
      scale: 7,
      'yes-no': 'Да',
      choice: q.choices?.[0],
      multiple: q.choices?.slice(0, 2),
      text: 'текст',
      paragraph: 'абзац',
      date: '2025-10-01',
    })[q.type];
  return Object.fromEntries(
    spec.items.filter((q) => q.required || q.type === 'date').map((q) => [q.title, value(q)]),
  );
}

describe('Google Forms of the questionnaires (QuestionnaireForms on FormApp)', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = installWorkspace()));
  afterEach(() => done());

  const forms = new GoogleForms();
  const sidebar = <T>(call: () => T): T => ws.run(call, { kind: 'sidebar' });
  const create = (spec: FormSpec) =>
    sidebar(() => forms.create(spec, SpreadsheetApp.getActiveSpreadsheet().getId()));

  it.each(QUESTIONNAIRE_KINDS)('builds «%s» item for item and links it to the workbook', (kind) => {
    const { spec } = buildFormSpec(kind, { organisation: 'ГБДОУ детский сад № 64' });
    const made = create(spec);
    const form = ws.forms.form(made.formId);
    expect(form).toMatchObject({
      fileName: spec.title,
      title: spec.title,
      description: spec.description,
      confirmationMessage: 'Спасибо! Ваш ответ записан.',
      destination: { type: 'SPREADSHEET', id: ws.spreadsheet.model().id },
    });
    expect(made.editUrl).toBe(`https://docs.google.com/forms/d/${made.formId}/edit`);
    expect(made.publishedUrl).toBe(`https://docs.google.com/forms/d/e/${form?.publishedId}/viewform`);
    const TYPES = {
      scale: 'SCALE',
      'yes-no': 'MULTIPLE_CHOICE',
      choice: 'MULTIPLE_CHOICE',
      multiple: 'CHECKBOX',
      text: 'TEXT',
      paragraph: 'PARAGRAPH_TEXT',
      date: 'DATE',
    };
    expect(form?.items.map((i) => [String(i.id), i.type, i.title, i.helpText, i.required])).toEqual(
      spec.items.map((q) => [made.itemIds[q.key], TYPES[q.type], q.title, q.help ?? '', q.required]),
    );
    for (const [item, q] of (form?.items ?? []).map((i, n) => [i, spec.items[n]] as const)) {
      if (q.type === 'scale') {
        expect(item).toMatchObject({ lower: 1, upper: 10, leftLabel: 'самый низкий балл' });
      }
      if (q.type === 'yes-no') expect(item.choices).toEqual(['Да', 'Нет']);
      if (q.type === 'choice' || q.type === 'multiple') expect(item.choices).toEqual(q.choices);
    }
    expect(ws.spreadsheet.view().map((sheet) => sheet.name)).toContain(form?.destination?.sheetName);
  });

  it('makes personal links that open the form with the code filled in, whatever their number, in a few calls', () => {
    const { spec } = buildFormSpec('mentee-satisfaction');
    const made = create(spec);
    const linksFor = (count: number) => {
      const tokens = Array.from({ length: count }, (_, i) => `kod${i}x${'0'.repeat(20)}`);
      ws.rt.counter.reset();
      const links = sidebar(() => forms.personalLinks(made.formId, tokens));
      return { tokens, links, calls: ws.rt.counter.count('FormApp') };
    };
    const one = linksFor(1);
    const many = linksFor(50);
    expect(many.calls).toBe(one.calls);
    expect(many.calls).toBeLessThanOrEqual(12);
    expect(new Set(many.links).size).toBe(50);
    const tokenItem = made.itemIds.token;
    expect(many.links[7]).toMatch(
      new RegExp(
        `^https://docs\\.google\\.com/forms/d/e/[-\\w]+/viewform\\?usp=pp_url&entry\\.${tokenItem}=kod7x0{20}$`,
      ),
    );
    const id = ws.forms.submitPrefilled(many.links[7], filledIn(spec));
    const [read] = sidebar(() => forms.readResponses(made.formId));
    expect(read.responseId).toBe(id);
    expect(read.answers[tokenItem]).toBe(many.tokens[7]);
  });

  it('reads every response back with its ID and answers by item, in 2 + 3 calls per response', () => {
    const { spec } = buildFormSpec('curator');
    const made = create(spec);
    const item = (key: string) => made.itemIds[key];
    const submit = (n: number) =>
      Array.from({ length: n }, (_, i) => {
        ws.rt.advance(60_000);
        return ws.forms.submitAsRespondent(made.formId, {
          ...filledIn(spec),
          // By title: the filled-in answers are keyed by title, and a later key wins.
          [spec.items[0].title]: String((i % 10) + 1),
          [item('strengths')]: 'План выполнен & даже больше: 100 % + «открытое занятие»\nвторая строка',
          [item('obstacles')]: '=HYPERLINK("x")',
          [item('token')]: `kod${i}`,
        });
      });
    const measure = () => {
      ws.rt.counter.reset();
      const read = sidebar(() => forms.readResponses(made.formId));
      return { read, calls: ws.rt.counter.count('FormApp') };
    };
    const ids = submit(10);
    const ten = measure();
    expect(ten.calls).toBe(2 + 3 * 10);
    submit(90);
    const hundred = measure();
    expect(hundred.calls).toBe(2 + 3 * 100);
    const stored = ws.forms.form(made.formId)?.responses ?? [];
    expect(hundred.read.map((r) => r.responseId)).toEqual(stored.map((r) => r.id));
    expect(hundred.read.slice(0, 10).map((r) => r.responseId)).toEqual(ids);
    const third = hundred.read[2];
    expect(third.submittedAt).toEqual(new Date(stored[2].timestamp as string));
    expect(third.answers).toEqual({
      [item('planDone')]: '3',
      [item('regularity')]: '7',
      [item('menteeGrowth')]: '7',
      [item('mentorEngagement')]: '7',
      [item('cooperation')]: '7',
      [item('materials')]: '7',
      [item('lastMeeting')]: '2025-10-01',
      [item('bestPractice')]: 'Да',
      [item('continue')]: 'Да',
      [item('strengths')]: 'План выполнен & даже больше: 100 % + «открытое занятие»\nвторая строка',
      [item('obstacles')]: '=HYPERLINK("x")',
      [item('token')]: 'kod2',
    });
  });

  it('reads several ticked boxes as a list', () => {
    const { spec } = buildFormSpec('mentee-intake');
    const made = create(spec);
    ws.forms.submitAsRespondent(made.formId, filledIn(spec));
    const [read] = sidebar(() => forms.readResponses(made.formId));
    expect(read.answers[made.itemIds.requests]).toEqual(['научно-теоретические', 'нормативные правовые']);
    expect(read.answers[made.itemIds.consent]).toBe('Да');
  });

  it('gives one row for an answer whose event came twice and once blank: ingestion reads the form, not the events', () => {
    const { spec } = buildFormSpec('mentor-satisfaction');
    const made = create(spec);
    const grants = [
      { questionnaireId: 'АН-0001', personId: 'НК-0001', role: 'наставник' as const, pairId: 'ПГ-0001' },
    ];
    const randomness = new UuidRandomness();
    const { tokens } = sidebar(() => issueTokens(grants, [], () => randomness.bytes(16)));
    const [link] = sidebar(() => forms.personalLinks(made.formId, [tokens[0].token]));
    ws.forms.submitPrefilled(link, filledIn(spec), { duplicate: true, blankDuplicate: true });
    const { rows } = ingestResponses({
      spec,
      questionnaireId: 'АН-0001',
      responses: sidebar(() => forms.readResponses(made.formId)),
      existingResponseIds: [],
      tokens,
      itemIds: made.itemIds,
      timeZone: 'Europe/Moscow',
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      respondentId: 'НК-0001',
      role: 'наставник',
      pairId: 'ПГ-0001',
      flags: [],
      indices: { satisfaction: 7, wishToContinue: 'да' },
    });
  });

  it('says in Russian when a form cannot be opened or has lost its code question', () => {
    const caught = (call: () => unknown) => {
      try {
        sidebar(call);
      } catch (error) {
        return isUserError(error) ? error.message : `not a UserError: ${String(error)}`;
      }
      return 'no error';
    };
    expect(caught(() => forms.readResponses('no-such-form'))).toBe(
      'Форма no-such-form не открывается: возможно, она удалена или у вас нет к ней доступа. ' +
        'Проверьте ссылку на листе «Анкеты» или создайте анкету заново.',
    );
    const made = create(buildFormSpec('curator').spec);
    sidebar(() => {
      const form = FormApp.openById(made.formId);
      form.getItemById(Number(made.itemIds.token)).setTitle('Код');
    });
    expect(caught(() => forms.personalLinks(made.formId, ['abc']))).toBe(
      `В форме «${buildFormSpec('curator').spec.title}» нет вопроса «${TOKEN_TITLE}»: без него ответ не ` +
        'связать с человеком. Создайте анкету заново командой «Создать анкету…».',
    );
  });
});

describe('token randomness from Utilities.getUuid', () => {
  it('gives random bytes without the UUID’s fixed version bits, 15 bytes per UUID', () => {
    const { ws, done } = installWorkspace();
    try {
      ws.rt.counter.reset();
      const bytes = ws.run(() => new UuidRandomness().bytes(16 * 100));
      expect(ws.rt.counter.count('Utilities.getUuid')).toBe(Math.ceil(1600 / 15));
      expect(bytes.every((b) => Number.isInteger(b) && b >= 0 && b <= 255)).toBe(true);
      // A fixed version nibble would put 4 in every 8th high nibble; here the high nibbles spread over all 16.
      expect(new Set(bytes.filter((_, i) => i % 15 === 6).map((b) => b >> 4)).size).toBeGreaterThan(8);
    } finally {
      done();
    }
  });
});
