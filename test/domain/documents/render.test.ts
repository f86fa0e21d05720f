import { fillDocument } from '../../../src/domain/documents/documents';
import { documentText } from '../../../src/domain/documents/document-text';
import { DOCUMENT_KINDS } from '../../../src/domain/documents/kinds';
import { cell, grid, PAGE, paragraph, table } from '../../../src/domain/documents/layout';
import type { DocBlock, DocParagraph, DocTable, DocTree } from '../../../src/domain/documents/model';
import { HEADER, IVANOVA, LANGUAGE, ORDERS, PAIR, PROGRAMME_DATA } from './sample';

function tree(...blocks: DocBlock[]): DocTree {
  return { page: PAGE, blocks };
}

const HOSTILE = '=1+1 <b>жирный</b> {{Дата приказа}}';

describe('filling a template', () => {
  it("puts a person's text in as the very characters typed: no formula, no markup, no second reading of tags", () => {
    const thanks = { ...ORDERS.thanks, people: [{ person: IVANOVA, merit: HOSTILE }] };
    const { document, missing } = fillDocument('thanks', DOCUMENT_KINDS.thanks.template(), thanks, LANGUAGE);
    expect(documentText(document)).toContain(
      '– Ивановой Марии Петровне, воспитателю, =1+1 <b>жирный</b> {{Дата приказа}}.',
    );
    const list = document.blocks.find(
      (b): b is DocTable => b.type === 'table' && documentText({ blocks: [b] }).includes('жирный'),
    );
    expect((list?.rows[0].cells[0].blocks[0] as DocParagraph).runs).toEqual([
      { text: '– Ивановой Марии Петровне, воспитателю, =1+1 <b>жирный</b> {{Дата приказа}}.' },
    ]);
    expect(missing).toEqual([]);
  });

  it('shows a blank where the data has nothing and says which field, where, for which pair', () => {
    const noPosition = { ...PAIR, mentor: { name: IVANOVA.name } };
    const order = { ...ORDERS['assign-mentorships'], mentorships: [noPosition] };
    const { document, missing } = fillDocument(
      'assign-mentorships',
      DOCUMENT_KINDS['assign-mentorships'].template(),
      order,
      LANGUAGE,
    );
    expect(documentText(document)).toContain(
      '1 | Иванова Мария Петровна, [не заполнено: Наставник.Должность] | Кузнецова Анна Сергеевна, воспитатель |',
    );
    expect(missing).toEqual([
      {
        field: 'Наставник.Должность',
        where: 'таблица 4, строка 2, ячейка 2',
        around: '{{Наставник.ФИО}}, {{Наставник.Должность}}',
        item: 'Пары, строка 1',
      },
    ]);
  });

  it('leaves out what an optional field would say, and a paragraph a false condition emptied', () => {
    const order = { ...ORDERS['extend-programmes'], regulationOrder: undefined, basis: undefined };
    const { document, missing } = fillDocument(
      'extend-programmes',
      DOCUMENT_KINDS['extend-programmes'].template(),
      order,
      LANGUAGE,
    );
    const text = documentText(document);
    expect(text).toContain(
      'В соответствии с Положением о системе (целевой модели) наставничества педагогических работников, по обоюдному согласию наставников и наставляемых',
    );
    expect(text).not.toContain('Основание');
    expect(text).toMatch(/4\. Контроль за исполнением настоящего приказа оставляю за собой\.\n\nЗаведующий/);
    expect(missing).toEqual([]);
  });

  it("keeps or drops whole paragraphs and tables between a condition's own paragraphs", () => {
    const template = tree(
      paragraph('{{#если нет Основание}}'),
      paragraph('Приказ издан без основания.'),
      grid([[cell('{{Номер приказа}}')]], [170]),
      paragraph('{{/если}}'),
      paragraph('{{#если Основание}}Основание: {{Основание}}{{/если}}'),
    );
    const without = fillDocument('appoint-curator', template, HEADER, LANGUAGE).document;
    expect(documentText(without)).toBe('Приказ издан без основания.\n45-о');
    const withBasis = fillDocument(
      'appoint-curator',
      template,
      { ...HEADER, basis: 'служебная записка' },
      LANGUAGE,
    );
    expect(documentText(withBasis.document)).toBe('Основание: служебная записка');
  });

  it('repeats rows per item and drops a table that no row is left in', () => {
    const pairs = tree(
      table(
        ['№', 'Наставник'],
        [['{{#Пары}}{{Номер}}', '{{Наставник.Фамилия и инициалы}}{{/Пары}}']],
        [20, 150],
      ),
    );
    const order = ORDERS['assign-mentorships'];
    expect(documentText(fillDocument('assign-mentorships', pairs, order, LANGUAGE).document)).toBe(
      '№ | Наставник\n1 | Иванова М. П.\n2 | Соколов А. В.',
    );
    const noPairs = { ...order, mentorships: [] };
    expect(documentText(fillDocument('assign-mentorships', pairs, noPairs, LANGUAGE).document)).toBe(
      '№ | Наставник',
    );
    const thanks = tree(
      paragraph('Объявить благодарность:'),
      grid([[cell('{{#Награждаемые}}{{Работник.ФИО.дательный}}{{/Награждаемые}}')]], [170]),
    );
    const nobody = fillDocument('thanks', thanks, { ...ORDERS.thanks, people: [] }, LANGUAGE).document;
    expect(nobody.blocks).toEqual([thanks.blocks[0]]);
  });

  it('numbers nested repeats «1.1», «2.2» and starts a paragraph for each line typed in a value', () => {
    const text = documentText(
      fillDocument('programme', DOCUMENT_KINDS.programme.template(), PROGRAMME_DATA, LANGUAGE).document,
    );
    expect(text).toContain(
      [
        '1. | Психолого-педагогические |  |  |  |  | ',
        '1.1 | Консультация «Общение с родителями» |  | 10.10.2025 |  |  | Выполнено 09.10.2025',
        '2. | Методические |  |  |  |  | ',
        '2.1 | Взаимопосещение утренней гимнастики | Практикум | 30.09.2025 |  |  | ',
        '2.2 | Составление плана образовательной деятельности на неделю |  |  |  |  | ',
      ].join('\n'),
    );
    expect(text).toContain(
      'Задачи:\nОсвоить организацию режимных моментов\nОсвоить взаимодействие с родителями\n',
    );
  });

  it("reads a tag a curator formatted in parts, and gives the value the look of the tag's first character", () => {
    const template = tree(
      paragraph([{ text: 'Назначить {{Куратор.' }, { text: 'ФИО.винительный}} куратором', bold: true }]),
      paragraph([{ text: '{{Номер ', bold: true, underline: true }, { text: 'приказа}}' }]),
    );
    const { document } = fillDocument('appoint-curator', template, HEADER, LANGUAGE);
    expect(document.blocks.map((b) => (b as DocParagraph).runs)).toEqual([
      [{ text: 'Назначить Смирнову Ольгу Николаевну' }, { text: ' куратором', bold: true }],
      [{ text: '45-о', bold: true, underline: true }],
    ]);
  });

  it("declines by the person's own case form where the registry keeps one, and by the library otherwise", () => {
    const kuzmich = {
      name: { surname: 'Кузьмич', firstName: 'Никита', patronymic: 'Ильич' },
      position: 'учитель-логопед',
      // The person asked for the surname to stay as it is; the library alone would write «Кузьмичу».
      options: { corrections: { dative: 'Кузьмич Никите Ильичу' } },
    };
    const popov = {
      name: { surname: 'Попов', firstName: 'Игорь', patronymic: 'Сергеевич' },
      position: 'воспитатель',
    };
    const thanks = { ...ORDERS.thanks, people: [{ person: kuzmich }, { person: popov }] };
    const text = documentText(
      fillDocument('thanks', DOCUMENT_KINDS.thanks.template(), thanks, LANGUAGE).document,
    );
    expect(text).toContain(
      '– Кузьмич Никите Ильичу, учителю-логопеду;\n– Попову Игорю Сергеевичу, воспитателю.',
    );
  });

  it('writes a position in lower case inside a sentence and with a capital where it starts a line', () => {
    const template = tree(
      paragraph('{{Куратор.Должность}} отвечает за банк.'),
      paragraph('Поручить {{Руководитель.Должность.дательный}} подписать, срок до {{Дата приказа}}.'),
    );
    expect(documentText(fillDocument('appoint-curator', template, HEADER, LANGUAGE).document)).toBe(
      'Старший воспитатель отвечает за банк.\nПоручить заведующему подписать, срок до 01.09.2025.',
    );
  });

  it('does not double the full stop after a date in words', () => {
    const template = tree(paragraph('Представить программы до {{Срок представления программ}}.'));
    const order = ORDERS['assign-mentorships'];
    expect(documentText(fillDocument('assign-mentorships', template, order, LANGUAGE).document)).toBe(
      'Представить программы до 15 сентября 2025 г.',
    );
  });
});
