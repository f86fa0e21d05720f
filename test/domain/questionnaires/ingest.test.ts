import { buildFormSpec } from '../../../src/domain/questionnaires/form-spec';
import {
  ingestResponses,
  type FormResponseRecord,
  type IngestInput,
} from '../../../src/domain/questionnaires/ingest';
import { TOKEN_TITLE } from '../../../src/domain/questionnaires/model';
import type { ResultRow } from '../../../src/domain/questionnaires/result-row';
import {
  issueTokens,
  recordUses,
  type TokenGrant,
  type TokenRecord,
} from '../../../src/domain/questionnaires/tokens';
import { randomBytes, response } from './sample';

const TZ = 'Europe/Moscow';
const spec = buildFormSpec('mentee-satisfaction').spec;
const title = (key: string) => spec.items.find((q) => q.key === key)?.title as string;
const id = (n: number) => `R${String(n).padStart(3, '0')}`;
const mentee = (n: number) => `НЯ-${String(n).padStart(4, '0')}`;

/** 200 mentees of 100 pairs, each with a link of questionnaire АН-0003. */
const grants: TokenGrant[] = Array.from({ length: 200 }, (_, i) => ({
  questionnaireId: 'АН-0003',
  personId: mentee(i + 1),
  role: 'наставляемый',
  pairId: `ПГ-${String(Math.floor(i / 2) + 1).padStart(4, '0')}`,
}));
const issued = issueTokens(grants, [], randomBytes(3)).tokens;
const tokenOf = (n: number) => issued[n - 1].token;

/** What mentee n answers: scales from n, «Нет» to going on for every seventh. */
function answers(n: number, token: string | undefined): Record<string, string> {
  const scale = String((n % 10) + 1);
  return {
    [title('comfort')]: scale,
    [title('personalMeetings')]: scale,
    [title('groupMeetings')]: '10',
    [title('jointWork')]: scale,
    [title('expectations')]: scale,
    [title('difficultiesResolved')]: scale,
    [title('frequency')]: 'раз в месяц',
    [title('glad')]: 'Да',
    [title('continue')]: n % 7 === 0 ? 'Нет' : 'Да',
    ...(token === undefined ? {} : { [TOKEN_TITLE]: token }),
  };
}

/**
 * 200 responses: 180 answered through the right link; 10 blank (5 with a valid code, 5 with none); 3 with a
 * tampered code; 3 through links 1–3 again; 4 through the form's public link, without a code.
 */
const responses: FormResponseRecord[] = Array.from({ length: 200 }, (_, i) => {
  const n = i + 1;
  if (n <= 180) return response(id(n), n, answers(n, tokenOf(n)));
  if (n <= 185) return response(id(n), n, { [TOKEN_TITLE]: tokenOf(n) });
  if (n <= 190) return response(id(n), n, {});
  if (n <= 193) return response(id(n), n, answers(n, `${tokenOf(n).slice(0, -1)}0`.replace(/^./, 'x')));
  if (n <= 196) return response(id(n), n, answers(n, tokenOf(n - 193).toUpperCase()));
  return response(id(n), n, answers(n, ''));
});
/** 20 % of the responses listed twice, as a duplicated event or a retried run would give them again. */
const listed = [...responses, ...responses.filter((_, i) => i % 5 === 0)];

const input = (over: Partial<IngestInput>): IngestInput => ({
  spec,
  questionnaireId: 'АН-0003',
  responses: listed,
  existingResponseIds: [],
  tokens: issued,
  timeZone: TZ,
  ...over,
});

describe('ingestion of a questionnaire’s responses', () => {
  const { rows, uses } = ingestResponses(input({}));
  const row = (n: number) => rows.find((r) => r.responseId === id(n)) as ResultRow;

  it('makes exactly one row per response ID, oldest first, whatever the duplicates', () => {
    expect(listed).toHaveLength(240);
    expect(rows).toHaveLength(200);
    expect(rows.map((r) => r.responseId)).toEqual(responses.map((r) => r.responseId));
  });

  it('ties an answer to the person, role and pair its code names, with answers by key and the indices', () => {
    expect(row(14)).toEqual({
      responseId: 'R014',
      submittedAt: new Date('2025-10-05T09:14:00Z'),
      respondentId: 'НЯ-0014',
      role: 'наставляемый',
      pairId: 'ПГ-0007',
      token: tokenOf(14),
      answers: {
        comfort: 5,
        personalMeetings: 5,
        groupMeetings: 10,
        jointWork: 5,
        expectations: 5,
        difficultiesResolved: 5,
        frequency: 'раз в месяц',
        glad: 'да',
        continue: 'нет',
        becomeMentor: '',
        proposals: '',
      },
      indices: { satisfaction: 5.8, wishToContinue: 'нет' },
      flags: [],
    });
  });

  it('keeps a blank response as a flagged row that uses up no code', () => {
    expect(rows.filter((r) => r.flags.includes('пустой ответ'))).toHaveLength(10);
    expect(row(181)).toMatchObject({ respondentId: 'НЯ-0181', flags: ['пустой ответ'] });
    expect(row(181).indices).toEqual({ satisfaction: '', wishToContinue: '' });
    expect(row(186)).toMatchObject({ respondentId: '', flags: ['пустой ответ', 'код анкеты не указан'] });
    expect(uses.map((u) => u.token)).not.toContain(tokenOf(181));
  });

  it('attaches nobody to a tampered, reused or missing code, and says which', () => {
    expect(row(191)).toMatchObject({
      respondentId: '',
      role: '',
      pairId: '',
      flags: ['код анкеты не найден'],
    });
    expect(row(194)).toMatchObject({
      respondentId: '',
      flags: ['код уже использован ответом от 05.10.2025 12:01'],
    });
    expect(row(194).answers.comfort).toBe(5);
    expect(row(197)).toMatchObject({ respondentId: '', flags: ['код анкеты не указан'] });
  });

  it('gives each person at most one answered row, and records the 180 codes used', () => {
    const people = rows.filter((r) => r.respondentId && !r.flags.length).map((r) => r.respondentId);
    expect(people).toHaveLength(180);
    expect(new Set(people).size).toBe(180);
    expect(uses).toHaveLength(180);
    expect(uses[0]).toEqual({ token: tokenOf(1), responseId: 'R001', submittedAt: responses[0].submittedAt });
  });

  it('gives the same rows when events come twice, late, interleaved or never, and nothing on a rerun', () => {
    // Runs at random moments over what the form holds by then; some moments run twice, most never.
    const next = randomBytes(11);
    let sheet: ResultRow[] = [];
    let tokens: TokenRecord[] = issued;
    for (let seen = 1; seen <= 200; seen += 1) {
      const runs = next()[0] % 4 === 0 ? 2 : next()[0] % 3 === 0 ? 1 : 0;
      for (let run = 0; run < (seen === 200 ? 1 : runs); run += 1) {
        const held = responses.slice(0, seen);
        const shuffled = [...held, ...held.slice(0, seen % 5)].sort(() => (next()[0] & 1) - 0.5);
        const out = ingestResponses(
          input({ responses: shuffled, existingResponseIds: sheet.map((r) => r.responseId), tokens }),
        );
        sheet = [...sheet, ...out.rows];
        tokens = recordUses(tokens, out.uses);
      }
    }
    expect(sheet).toEqual(rows);
    const again = ingestResponses(input({ existingResponseIds: sheet.map((r) => r.responseId), tokens }));
    expect(again).toEqual({ rows: [], uses: [] });
  });

  it('matches answers by item ID when given, so a question reworded in the form still lands in its column', () => {
    const byId = response('R900', 5, { '111': '9', '222': 'Нет', '999': tokenOf(5) });
    const {
      rows: [only],
    } = ingestResponses(
      input({
        responses: [byId],
        itemIds: { comfort: '111', continue: '222', token: '999' },
      }),
    );
    expect(only).toMatchObject({ respondentId: 'НЯ-0005', answers: { comfort: 9, continue: 'нет' } });
    expect(only.indices).toEqual({ satisfaction: 9, wishToContinue: 'нет' });
  });

  it('flags a second answer after the first one’s response left the form, by the date the registry kept', () => {
    const used = recordUses(issued, [
      { token: tokenOf(1), responseId: 'gone', submittedAt: new Date('2025-09-30T06:05:00Z') },
    ]);
    const {
      rows: [second],
    } = ingestResponses(input({ responses: [responses[0]], tokens: used }));
    expect(second.flags).toEqual(['код уже использован ответом от 30.09.2025 09:05']);
  });

  it('ignores a code of another questionnaire', () => {
    const {
      rows: [other],
    } = ingestResponses(input({ responses: [responses[0]], questionnaireId: 'АН-0004' }));
    expect(other.flags).toEqual(['код анкеты не найден']);
  });
});

describe('ingestion of an intake questionnaire', () => {
  it('keeps the candidate’s answers as cells of the bank’s spelling, with no code to check', () => {
    const intake = buildFormSpec('mentor-intake').spec;
    const t = (key: string) => intake.items.find((q) => q.key === key)?.title as string;
    const { rows } = ingestResponses({
      spec: intake,
      questionnaireId: 'АН-0001',
      responses: [
        response('R1', 0, {
          [t('surname')]: '=Иванова',
          [t('firstName')]: 'Мария',
          [t('experienceYears')]: '12',
          [t('competencies')]: ['методические', 'ИКТ-компетенции, цифровизация'],
          [t('capacity')]: '2',
          [t('consent')]: 'Да',
        }),
      ],
      existingResponseIds: [],
      tokens: [],
      timeZone: TZ,
    });
    expect(rows[0]).toMatchObject({ respondentId: '', role: 'кандидат в наставники', flags: [] });
    expect(rows[0].answers).toMatchObject({
      surname: '=Иванова',
      competencies: 'методические; ИКТ-компетенции, цифровизация',
      capacity: '2',
      consent: 'да',
      patronymic: '',
    });
  });
});
