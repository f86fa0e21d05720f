import { docsWorkspace } from './fixture';

function paragraph(text: string) {
  const { ws, DocumentApp } = docsWorkspace();
  const body = DocumentApp.create('Текст').getBody();
  return { ws, body, p: body.appendParagraph(text) };
}

describe('Text', () => {
  it('bolds a range and reports bold per offset and mixed as null', () => {
    const { p } = paragraph('Приказ № 5');
    const text = p.editAsText().setBold(0, 5, true);
    expect(text.isBold(0)).toBe(true);
    expect(text.isBold(6)).toBe(false);
    expect(text.isBold()).toBeNull();
    expect(text.getTextAttributeIndices()).toEqual([0, 6]);
  });

  it('formats only the words appendText added', () => {
    const { p } = paragraph('Ответственный: ');
    p.appendText('Сидорова Е.В.').setBold(true).setFontSize(14);
    const text = p.editAsText();
    expect(p.getText()).toBe('Ответственный: Сидорова Е.В.');
    expect(p.getNumChildren()).toBe(2);
    expect([text.isBold(0), text.isBold(15)]).toEqual([false, true]);
    expect(text.getFontSize(15)).toBe(14);
    expect(text.getFontSize()).toBeNull();
  });

  it('continues the formatting of the text before appended text, until reset', () => {
    const { p } = paragraph('Наставник: ');
    p.appendText('Петрова').setBold(true);
    const tail = p.appendText(' (воспитатель)');
    expect(tail.isBold()).toBe(true);
    tail.setBold(false);
    expect([p.editAsText().isBold(11), p.editAsText().isBold(18)]).toEqual([true, false]);
  });

  it('inserts text that takes the formatting before it, and deletes a range', () => {
    const { p } = paragraph('abc');
    const text = p.editAsText().setItalic(0, 0, true);
    text.insertText(1, 'XY');
    expect(text.getText()).toBe('aXYbc');
    expect(text.isItalic(2)).toBe(true);
    expect(text.isItalic(3)).toBe(false);
    text.deleteText(1, 2);
    expect(p.getText()).toBe('abc');
  });

  it('edits an empty paragraph through editAsText', () => {
    const { p } = paragraph('');
    p.editAsText().appendText('новое').setUnderline(true);
    expect(p.getText()).toBe('новое');
    expect(p.editAsText().isUnderline()).toBe(true);
  });

  it('sets font family and size with setAttributes over a range', () => {
    const { p } = paragraph('Times');
    p.editAsText().setAttributes(0, 4, { FONT_FAMILY: 'Times New Roman', FONT_SIZE: 12 });
    expect(p.editAsText().getFontFamily()).toBe('Times New Roman');
    expect((p.editAsText().getAttributes() as Record<string, unknown>).FONT_SIZE).toBe(12);
  });

  it('sees the whole body as one text with newlines between paragraphs', () => {
    const { body } = paragraph('вторая');
    const text = body.editAsText();
    expect(text.getText()).toBe('\nвторая');
    text.setBold(1, 2, true);
    expect(body.getChild(1).asParagraph().editAsText().isBold(1)).toBe(true);
  });

  it('keeps the first character formatting when a paragraph is set to new text', () => {
    const { p } = paragraph('{{Должность}}');
    p.editAsText().setBold(true);
    p.setText('воспитатель');
    expect(p.editAsText().isBold()).toBe(true);
  });
});
