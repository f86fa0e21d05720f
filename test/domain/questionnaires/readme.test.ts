import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DIRECTIONS } from '../../../src/domain/vocabulary';
import { QUESTIONNAIRES } from '../../../src/domain/questionnaires/kinds';
import {
  QUESTION_TYPE_LABELS,
  type IndexRule,
  type Question,
} from '../../../src/domain/questionnaires/model';

const README = path.join(__dirname, '..', '..', '..', 'src', 'domain', 'questionnaires', 'README.md');
const BEGIN =
  '<!-- bank:begin (generated from src/domain/questionnaires/kinds.ts; UPDATE_README=1 npx jest test/domain/questionnaires/readme.test.ts) -->';
const END = '<!-- bank:end -->';

function type(q: Question): string {
  if (q.choices === DIRECTIONS) return 'несколько из восьми направлений';
  return q.choices && q.type !== 'yes-no'
    ? `${QUESTION_TYPE_LABELS[q.type]}: ${q.choices.join(' / ')}`
    : QUESTION_TYPE_LABELS[q.type];
}

function index(i: IndexRule): string {
  const of = i.of.map((k) => `\`${k}\``).join(', ');
  const how = { mean: `среднее из ${of}`, yes: `ответ на ${of}`, count: `число отмеченных в ${of}` }[i.how];
  return `«${i.title}» (\`${i.key}\`) — ${how}`;
}

/** The README's list of kinds and questions, rendered from the bank itself. */
function renderBank(): string {
  const kinds = Object.values(QUESTIONNAIRES).map((k) =>
    [
      `### ${k.title} (\`${k.kind}\`)`,
      '',
      `Отвечает: ${k.respondents === 'personal' ? 'по личной ссылке (код анкеты в конце формы)' : k.respondents}.`,
      '',
      '| Ключ | Вопрос | Тип | Обязательный |',
      '|---|---|---|---|',
      ...k.questions.map((q) => `| \`${q.key}\` | ${q.title} | ${type(q)} | ${q.required ? 'да' : ''} |`),
      ...(k.indices.length ? ['', `Индексы: ${k.indices.map(index).join('; ')}.`] : []),
    ].join('\n'),
  );
  return [BEGIN, ...kinds.flatMap((k) => [k, '']), END].join('\n');
}

describe('the questionnaires README', () => {
  it('lists every kind and question exactly as the bank holds them', () => {
    const readme = readFileSync(README, 'utf8');
    const start = readme.indexOf(BEGIN);
    const end = readme.indexOf(END);
    const current = start >= 0 && end > start ? readme.slice(start, end + END.length) : '';
    if (process.env.UPDATE_README && current) {
      writeFileSync(README, readme.replace(current, renderBank()));
      return;
    }
    expect(current).toBe(renderBank());
  });
});
