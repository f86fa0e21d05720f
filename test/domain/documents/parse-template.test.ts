import { fillDocument, readTemplate } from '../../../src/domain/documents/documents';
import { DOCUMENT_KIND_IDS, DOCUMENT_KINDS } from '../../../src/domain/documents/kinds';
import { cell, grid, PAGE, paragraph, point, table } from '../../../src/domain/documents/layout';
import type { DocBlock, DocTree } from '../../../src/domain/documents/model';
import type { TemplateProblem } from '../../../src/domain/documents/problems';
import { isUserError } from '../../../src/domain/user-error';
import { LANGUAGE, ORDERS } from './sample';

function tree(...blocks: DocBlock[]): DocTree {
  return { page: PAGE, blocks };
}

/** The problems of a template of «о закреплении наставнических пар (групп)». */
function problems(...blocks: DocBlock[]): TemplateProblem[] {
  const parsed = readTemplate('assign-mentorships', tree(...blocks));
  return parsed.ok ? [] : [...parsed.problems];
}

const PAIRS_TABLE = (row: string[]) => table(['№', 'Наставник', 'Наставляемые'], [row], [20, 70, 80]);

describe('a template is checked before anything is made', () => {
  it('reads every default template without a problem', () => {
    for (const kind of DOCUMENT_KIND_IDS) {
      const parsed = readTemplate(kind, DOCUMENT_KINDS[kind].template());
      expect({ kind, problems: parsed.ok ? [] : parsed.problems }).toEqual({ kind, problems: [] });
    }
  });

  it('names an unknown field with its paragraph, the text around it and the field it resembles', () => {
    expect(problems(paragraph('ПРИКАЗ'), paragraph('Закрепить за {{Куратор.ФОИ.дательный}} пары.'))).toEqual([
      {
        where: 'абзац 2',
        around: 'Закрепить за {{Куратор.ФОИ.дательный}} пары.',
        message: 'неизвестное поле «Куратор.ФОИ»: возможно, имелось в виду «Куратор.ФИО»',
      },
    ]);
  });

  it('lists the fields there are when a name is nothing like any of them', () => {
    const [problem] = problems(paragraph('{{Любимый цвет}}'));
    expect(problem.message).toMatch(
      /^неизвестное поле «Любимый цвет»\. Здесь доступны: «Организация\.Полное наименование», /,
    );
    expect(problem.message).toContain('«Дата приказа»');
  });

  it('refuses a case on a field that does not decline, and a case word that is not a case', () => {
    expect(
      problems(paragraph('от {{Дата приказа.родительный}}'), paragraph('{{Куратор.ФИО.датльный}}')),
    ).toEqual([
      expect.objectContaining({
        where: 'абзац 1',
        message: 'поле «Дата приказа» не склоняется: уберите «.родительный»',
      }),
      expect.objectContaining({
        where: 'абзац 2',
        message:
          '«датльный» — не падеж. Падежи: именительный, родительный, дательный, винительный, творительный, предложный',
      }),
    ]);
  });

  it('reports a condition left open in its paragraph and a closing tag with nothing to close', () => {
    expect(
      problems(paragraph('{{#если Основание}}Основание: {{Основание}}'), paragraph('текст {{/если}}')),
    ).toEqual([
      expect.objectContaining({
        where: 'абзац 1',
        message: expect.stringMatching(
          /^условие «\{\{#если Основание\}\}» не закрыто в этом абзаце: допишите «\{\{\/если\}\}»/,
        ),
      }),
      expect.objectContaining({
        where: 'абзац 2',
        message: expect.stringContaining('закрывает условие, которое не было открыто'),
      }),
    ]);
  });

  it('reports a condition over paragraphs that is never closed, at the paragraph that opens it', () => {
    expect(
      problems(paragraph('Текст'), paragraph('{{#если Основание}}'), paragraph('Основание: {{Основание}}')),
    ).toEqual([
      {
        where: 'абзац 2',
        around: '{{#если Основание}}',
        message:
          'условие «{{#если Основание}}» не закрыто: поставьте абзац «{{/если}}» в тексте документа (не в таблице) там, где условие кончается',
      },
    ]);
  });

  it('refuses a repeat outside a table row', () => {
    expect(problems(paragraph('Пары: {{#Пары}}{{Номер}}{{/Пары}}'))).toEqual([
      expect.objectContaining({
        where: 'абзац 1',
        message: expect.stringMatching(/^повтор «\{\{#Пары\}\}» возможен только в строке таблицы/),
      }),
      expect.objectContaining({
        where: 'абзац 1',
        message: expect.stringContaining('«{{/Пары}}» возможен только в строке таблицы'),
      }),
      expect.objectContaining({
        where: 'абзац 1',
        message: expect.stringContaining('поле «Номер» есть только в строках повтора'),
      }),
    ]);
  });

  it('names the table, row and cell of a repeat closed by the wrong name', () => {
    const rows = PAIRS_TABLE([
      '{{#Пары}}{{Номер}}',
      '{{Наставник.ФИО}}',
      '{{Наставляемые.ФИО}}{{/Ознакомлены}}',
    ]);
    expect(problems(paragraph('Приложение'), rows)).toEqual([
      {
        where: 'таблица 1, строка 2, ячейка 3',
        around: '{{Наставляемые.ФИО}}{{/Ознакомлены}}',
        message:
          '«{{/Ознакомлены}}» закрывает не тот повтор: открыт «{{#Пары}}», закройте его тегом «{{/Пары}}»',
      },
    ]);
  });

  it('counts the paragraphs of a cell that holds several', () => {
    const twoParagraphs = { blocks: [paragraph('Наставник:'), paragraph('{{Наставник.Должнсть}}{{/Пары}}')] };
    const rows: DocBlock = {
      type: 'table',
      borders: true,
      rows: [{ cells: [cell('{{#Пары}}{{Номер}}'), twoParagraphs] }],
    };
    expect(problems(rows)).toEqual([
      expect.objectContaining({
        where: 'таблица 1, строка 1, ячейка 2, абзац 2',
        message: 'неизвестное поле «Наставник.Должнсть»: возможно, имелось в виду «Наставник.Должность»',
      }),
    ]);
  });

  it('reports a repeat never closed in its table', () => {
    const rows = PAIRS_TABLE(['{{#Пары}}{{Номер}}', '{{Наставник.ФИО}}', '{{Наставляемые.ФИО}}']);
    expect(problems(rows)).toEqual([
      expect.objectContaining({
        where: 'таблица 1, строка 2, ячейка 1',
        message:
          'повтор «{{#Пары}}» не закрыт: поставьте «{{/Пары}}» в последней повторяемой строке этой же таблицы',
      }),
    ]);
  });

  it("says a pair's field stands only in the rows of its repeat", () => {
    expect(problems(point('Закрепить {{Наставник.ФИО.винительный}}.'))).toEqual([
      expect.objectContaining({
        message:
          'поле «Наставник.ФИО» есть только в строках повтора «{{#Пары}}»: перенесите его в такую строку таблицы',
      }),
    ]);
  });

  it('reports a tag without its closing braces, an empty one and an unknown repeat', () => {
    const found = problems(
      paragraph('от {{Дата приказа № 5'),
      paragraph('{{}}'),
      grid([[cell('{{#Люди}}{{Номер}}{{/Люди}}')]], [170]),
    );
    expect(found.map((p) => [p.where, p.message])).toEqual([
      ['абзац 1', 'тег не закрыт: допишите «}}» после имени поля'],
      ['абзац 2', 'пустой тег «{{}}»: впишите имя поля или удалите скобки'],
      [
        'таблица 1, строка 1, ячейка 1',
        expect.stringMatching(/^неизвестный повтор «Люди»\. Здесь доступны: «Пары», «Ознакомлены»$/),
      ],
    ]);
  });

  it('takes names as a curator may type them: any letter case, «е» for «ё», spaces around dots', () => {
    expect(problems(paragraph('{{ куратор . фио . ДАТЕЛЬНЫЙ }} — {{учебный год}}'))).toEqual([]);
  });

  it('makes no document from a broken template: the refusal lists every problem with where it is', () => {
    const broken = tree(paragraph('{{Номер прикза}}'), paragraph('{{#если Основание}}'));
    let thrown: unknown;
    try {
      fillDocument('assign-mentorships', broken, ORDERS['assign-mentorships'], LANGUAGE);
    } catch (error) {
      thrown = error;
    }
    expect(isUserError(thrown)).toBe(true);
    expect((thrown as Error).message).toBe(
      'В шаблоне «Приказ о закреплении наставнических пар (групп)» есть ошибки, документ не создан. Исправьте шаблон:\n' +
        '— Абзац 1 («{{Номер прикза}}»): неизвестное поле «Номер прикза»: возможно, имелось в виду «Номер приказа»\n' +
        '— Абзац 2 («{{#если Основание}}»): условие «{{#если Основание}}» не закрыто: поставьте абзац «{{/если}}» в тексте документа (не в таблице) там, где условие кончается',
    );
  });
});
