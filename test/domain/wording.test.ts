/**
 * Russian as a curator reads it (issue 11, item 14): «ёлочки», not straight quotes, in every message and note;
 * no pronoun that gets a woman's gender wrong; numbers agreeing with their nouns.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { requireCapacity } from '../../src/domain/registry/rules/capacity';
import { problemAt, problemText } from '../../src/domain/registry/problems';

const ROOT = path.join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [file] : [];
  });
}

/** Every string and template literal of a file that holds Russian text, with its line. */
function russianStrings(file: string): Array<{ line: number; text: string }> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Array<{ line: number; text: string }> = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateLiteralToken(node)
    ) {
      const text = node.text;
      if (/[А-Яа-яЁё]/.test(text))
        found.push({ line: source.getLineAndCharacterOfPosition(node.pos).line + 1, text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('Russian text the add-on shows', () => {
  it('quotes with «ёлочки», never with straight quotes, in src/ and sidebar/', () => {
    const straight = ['src', 'sidebar']
      .flatMap((dir) => sources(path.join(ROOT, dir)))
      .flatMap((file) =>
        russianStrings(file)
          .filter((s) => s.text.includes('"'))
          .map((s) => `${path.relative(ROOT, file)}:${s.line}: ${s.text}`),
      );
    expect(straight).toEqual([]);
  });

  it('says what a woman mentor can take without a pronoun of the wrong gender, the number agreeing', () => {
    const vasilyeva = {
      id: 'НК-0004',
      surname: 'Васильева',
      firstName: 'Наталья',
      patronymic: 'Ивановна',
      capacity: 1,
    };
    const group = {
      id: 'ПГ-0002',
      mentorId: 'НК-0004',
      menteeIds: ['НЯ-0001', 'НЯ-0002'],
      form: 'педагог – педагог',
      kinds: ['в группе'],
      status: 'проект',
    } as unknown as Parameters<typeof requireCapacity>[2];
    expect(() => requireCapacity(vasilyeva, [], group)).toThrow(
      'Наставник Васильева Наталья Ивановна (НК-0004) может вести не более 1 наставляемого одновременно, ' +
        'а здесь их было бы 2.',
    );
  });

  it('keeps what a problem says apart from where it is, with the new quotes', () => {
    const problem = problemAt('Наставники', 14, 'Стаж (лет)', 'ожидается число, а не «много»');
    expect(problem.message).toBe(
      'Лист «Наставники», строка 14, столбец «Стаж (лет)»: ожидается число, а не «много»',
    );
    expect(problemText(problem)).toBe('ожидается число, а не «много»');
  });
});
