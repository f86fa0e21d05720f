import { docsWorkspace, thrown } from './fixture';

function setup() {
  const { ws, DocumentApp } = docsWorkspace();
  const doc = DocumentApp.create('Шаблон приказа');
  return { ws, DocumentApp, doc, body: doc.getBody() };
}

describe('replaceText and findText (§4.2: RE2 string pattern, per text block)', () => {
  it('replaces an escaped Cyrillic placeholder everywhere, tables included', () => {
    const { body } = setup();
    body.appendParagraph('Назначить {{ФИО}} наставником. Копию — {{ФИО}}.');
    body.appendTable([['{{ФИО}}']]);
    body.replaceText('\\{\\{ФИО\\}\\}', 'Иванову Марию Петровну');
    expect(body.getText()).toBe(
      '\nНазначить Иванову Марию Петровну наставником. Копию — Иванову Марию Петровну.\nИванову Марию Петровну\n',
    );
  });

  it('never matches across paragraphs', () => {
    const { body } = setup();
    body.appendParagraph('начало {{');
    body.appendParagraph('ФИО}} конец');
    body.replaceText('\\{\\{[\\s\\S]*\\}\\}', 'X');
    expect(body.getText()).toBe('\nначало {{\nФИО}} конец');
    body.replaceText('^.', '_');
    expect(body.getText()).toBe('\n_ачало {{\n_ИО}} конец');
  });

  it('matches a placeholder typed across two appendText calls only after the Doc is saved and reopened', () => {
    const { body, doc, DocumentApp } = setup();
    const p = body.appendParagraph('{{');
    p.appendText('ФИО}}').setBold(true);
    body.replaceText('\\{\\{ФИО\\}\\}', 'Иванова');
    expect(p.getText()).toBe('{{ФИО}}');
    doc.saveAndClose();
    const reopened = DocumentApp.openById(doc.getId()).getBody();
    expect(reopened.getChild(1).asParagraph().getNumChildren()).toBe(1);
    reopened.replaceText('\\{\\{ФИО\\}\\}', 'Иванова');
    expect(reopened.getChild(1).asParagraph().getText()).toBe('Иванова');
    expect(reopened.getChild(1).asParagraph().editAsText().isBold(0)).toBe(false);
  });

  it('gives the replacement the formatting of the replaced text', () => {
    const { body } = setup();
    const p = body.appendParagraph('Наставник: {{ФИО}}.');
    p.editAsText().setBold(11, 17, true);
    body.replaceText('\\{\\{ФИО\\}\\}', 'Петрова А.А.');
    const text = p.editAsText();
    expect(text.getText()).toBe('Наставник: Петрова А.А..');
    expect(text.isBold(11)).toBe(true);
    expect(text.isBold(22)).toBe(true);
    expect(text.isBold(23)).toBe(false);
    expect(text.isBold(10)).toBe(false);
  });

  it('rejects look-arounds and backreferences, which RE2 does not support', () => {
    const { body } = setup();
    expect(thrown(() => body.replaceText('(?=ФИО)', 'x')).message).toMatch(
      /^Invalid regular expression: \(\?=ФИО\)/,
    );
    expect(() => body.replaceText('(а)\\1', 'x')).toThrow('Invalid regular expression');
    expect(() => body.replaceText('[', 'x')).toThrow('Invalid regular expression');
  });

  it('treats an unescaped brace pattern by RE2 rules, not as a literal', () => {
    const { body } = setup();
    body.appendParagraph('aaa {{n}}');
    body.replaceText('a{2}', 'b');
    expect(body.getText()).toBe('\nba {{n}}');
  });

  it("refuses '$' and '\\' in a replacement, whose live handling is undocumented (§4.2)", () => {
    const { body } = setup();
    body.appendParagraph('Сумма: {{S}}');
    expect(() => body.replaceText('\\{\\{S\\}\\}', '$1')).toThrow("contains '$' or '\\'");
  });

  it('finds matches one after another, with offsets in the Text element', () => {
    const { body, DocumentApp } = setup();
    body.appendParagraph('{{a}} и {{b}}');
    const first = body.findText('\\{\\{\\w+\\}\\}');
    expect(first.getElement().getType()).toBe(DocumentApp.ElementType.TEXT);
    expect([first.getStartOffset(), first.getEndOffsetInclusive()]).toEqual([0, 4]);
    const second = body.findText('\\{\\{\\w+\\}\\}', first);
    expect([second.getStartOffset(), second.getEndOffsetInclusive()]).toEqual([8, 12]);
    expect(body.findText('\\{\\{\\w+\\}\\}', second)).toBeNull();
  });

  it('replaces only inside the element it is called on', () => {
    const { body } = setup();
    const a = body.appendParagraph('{{x}}');
    body.appendParagraph('{{x}}');
    a.replaceText('\\{\\{x\\}\\}', 'A');
    expect(body.getText()).toBe('\nA\n{{x}}');
  });
});
