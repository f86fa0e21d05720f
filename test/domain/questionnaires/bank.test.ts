import { MENTEES_TABLE } from '../../../src/domain/registry/tables/mentees';
import { MENTORS_TABLE } from '../../../src/domain/registry/tables/mentors';
import { DIRECTIONS } from '../../../src/domain/vocabulary';
import { TOKEN_ITEM, buildFormSpec } from '../../../src/domain/questionnaires/form-spec';
import { QUESTIONNAIRES } from '../../../src/domain/questionnaires/kinds';
import {
  QUESTIONNAIRE_KINDS,
  TOKEN_TITLE,
  type QuestionnaireKind,
} from '../../../src/domain/questionnaires/model';
import type { OwnQuestion } from '../../../src/domain/questionnaires/own-questions';

const keysOf = (kind: QuestionnaireKind) => QUESTIONNAIRES[kind].questions.map((q) => q.key);

describe('the question bank', () => {
  it.each(QUESTIONNAIRE_KINDS)(
    '«%s» has distinct keys and titles, and choices wherever a choice is asked',
    (kind) => {
      const { questions } = QUESTIONNAIRES[kind];
      expect(new Set(questions.map((q) => q.key)).size).toBe(questions.length);
      expect(new Set(questions.map((q) => q.title)).size).toBe(questions.length);
      for (const q of questions) {
        if (q.type === 'choice' || q.type === 'multiple') expect(q.choices?.length).toBeGreaterThan(1);
        expect(q.title).not.toMatch(/"/);
      }
    },
  );

  it.each(QUESTIONNAIRE_KINDS)(
    '«%s» computes its indices only from its own questions of the right type',
    (kind) => {
      const { questions, indices } = QUESTIONNAIRES[kind];
      const typeOf = (key: string) => questions.find((q) => q.key === key)?.type;
      for (const index of indices) {
        const wanted = { mean: 'scale', yes: 'yes-no', count: 'multiple' }[index.how];
        expect(index.of.map(typeOf)).toEqual(index.of.map(() => wanted));
      }
    },
  );

  it('feeds the satisfaction index with every 1–10 item and reads the wish to continue from the yes/no', () => {
    const mentee = QUESTIONNAIRES['mentee-satisfaction'];
    expect(mentee.indices).toEqual([
      {
        key: 'satisfaction',
        title: 'Индекс удовлетворённости',
        how: 'mean',
        of: [
          'comfort',
          'personalMeetings',
          'groupMeetings',
          'jointWork',
          'expectations',
          'difficultiesResolved',
        ],
      },
      { key: 'wishToContinue', title: 'Желание продолжить', how: 'yes', of: ['continue'] },
    ]);
    const frequency = mentee.questions.find((q) => q.key === 'frequency');
    expect(frequency?.choices).toEqual(['раз в неделю', 'два раза в месяц', 'раз в месяц', 'реже']);
    expect(QUESTIONNAIRES['mentor-satisfaction'].indices[0].of).toContain('curatorSupport');
  });

  it('asks the same indicators at entry and at exit', () => {
    expect(QUESTIONNAIRES['impact-exit'].questions).toEqual(QUESTIONNAIRES['impact-entry'].questions);
    expect(QUESTIONNAIRES['impact-exit'].indices).toEqual(QUESTIONNAIRES['impact-entry'].indices);
    expect(QUESTIONNAIRES['impact-exit'].title).not.toBe(QUESTIONNAIRES['impact-entry'].title);
  });

  it('names intake answers by the bank columns they fill, and asks competencies and requests by the eight directions', () => {
    const mentorColumns = MENTORS_TABLE.columns.map((c) => c.key);
    const menteeColumns = MENTEES_TABLE.columns.map((c) => c.key);
    expect(keysOf('mentor-intake').filter((k) => !mentorColumns.includes(k))).toEqual([]);
    expect(keysOf('mentee-intake').filter((k) => !menteeColumns.includes(k))).toEqual(['expectations']);
    const directions = (kind: QuestionnaireKind, key: string) =>
      QUESTIONNAIRES[kind].questions.find((q) => q.key === key);
    expect(directions('mentor-intake', 'competencies')).toMatchObject({
      type: 'multiple',
      choices: DIRECTIONS,
    });
    expect(directions('mentee-intake', 'requests')).toMatchObject({ type: 'multiple', choices: DIRECTIONS });
    expect(keysOf('mentor-intake').at(-1)).toBe('consent');
  });
});

describe('a form built from the bank', () => {
  it('puts the code item last on a personal form, and tells what the answers are for and under which law', () => {
    const { spec, problems } = buildFormSpec('mentee-satisfaction', {
      organisation: 'ГБДОУ детский сад № 64',
      period: '2025/2026 учебный год',
    });
    expect(problems).toEqual([]);
    expect(spec.title).toBe(
      'Удовлетворённость программой наставничества: анкета наставляемого — 2025/2026 учебный год',
    );
    expect(spec.items.at(-1)).toEqual(TOKEN_ITEM);
    expect(TOKEN_ITEM).toMatchObject({ title: 'Код анкеты (не изменяйте)', type: 'text', required: false });
    expect(spec.description).toContain('152-ФЗ «О персональных данных»');
    expect(spec.description).toContain('Оператор персональных данных — ГБДОУ детский сад № 64.');
    expect(spec.description).toContain(`поле «${TOKEN_TITLE}» в конце анкеты уже заполнено`);
  });

  it('has no code item on an intake form, whose respondents are not in a bank yet', () => {
    const { spec } = buildFormSpec('mentor-intake');
    expect(spec.items.map((q) => q.key)).not.toContain('token');
    expect(spec.respondents).toBe('кандидат в наставники');
    expect(spec.description).toContain('последний вопрос анкеты');
  });
});

describe('the curator’s own questions', () => {
  const own = (row: number, fields: Partial<OwnQuestion>): OwnQuestion => ({
    id: `СВ-${String(row).padStart(4, '0')}`,
    row,
    kinds: ['mentee-satisfaction'],
    title: 'Какая тема встреч была самой полезной?',
    type: 'text',
    required: false,
    choices: [],
    ...fields,
  });

  it('go after the bank’s questions and before the code, keyed by their row ID', () => {
    const { spec, problems } = buildFormSpec('mentee-satisfaction', {
      own: [
        own(2, {}),
        own(3, { title: 'Удобный формат встреч', type: 'choice', choices: ['очно', ' онлайн ', ''] }),
        own(4, { kinds: ['curator'], title: 'Только для куратора' }),
      ],
    });
    expect(problems).toEqual([]);
    expect(spec.items.slice(-3).map((q) => [q.key, q.title, q.choices])).toEqual([
      ['СВ-0002', 'Какая тема встреч была самой полезной?', undefined],
      ['СВ-0003', 'Удобный формат встреч', ['очно', 'онлайн']],
      ['token', TOKEN_TITLE, undefined],
    ]);
  });

  it('are left out with a message naming the row when one repeats a question, has no choices or is empty', () => {
    const { spec, problems } = buildFormSpec('mentee-satisfaction', {
      own: [
        own(2, { title: '  насколько КОМФОРТНО Вам было общаться с наставником? ' }),
        own(3, { title: 'Формат', type: 'multiple', choices: [' ', ''] }),
        own(4, {}),
        own(5, { title: 'Какая тема встреч была самой полезной?' }),
        own(6, { title: ' ' }),
        own(7, { title: 'Формат встреч', type: 'choice', choices: ['очно', 'Очно'] }),
        own(8, { title: 'Код анкеты (не изменяйте)' }),
      ],
    });
    expect(problems.map((p) => p.message)).toEqual([
      'Лист «Свои вопросы», строка 2, столбец «Вопрос»: в анкете уже есть такой вопрос: измените формулировку или удалите строку',
      'Лист «Свои вопросы», строка 3, столбец «Варианты ответа»: у вопроса с выбором ответа нет вариантов: перечислите их через «; »',
      'Лист «Свои вопросы», строка 5, столбец «Вопрос»: такой же вопрос в строке 4: измените формулировку или удалите строку',
      'Лист «Свои вопросы», строка 6, столбец «Вопрос»: вопрос не написан: напишите его текст или удалите строку',
      'Лист «Свои вопросы», строка 7, столбец «Варианты ответа»: вариант «Очно» указан дважды: оставьте один',
      'Лист «Свои вопросы», строка 8, столбец «Вопрос»: в анкете уже есть такой вопрос: измените формулировку или удалите строку',
    ]);
    expect(spec.items.filter((q) => q.key.startsWith('СВ-')).map((q) => q.key)).toEqual(['СВ-0004']);
  });
});
