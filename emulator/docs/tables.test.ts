import { docsWorkspace, thrown } from './fixture';

function body() {
  const { ws, DocumentApp } = docsWorkspace();
  const doc = DocumentApp.create('Приказ');
  return { ws, DocumentApp, doc, body: doc.getBody() };
}

describe('tables', () => {
  it('appendTable() with no argument makes a table of 0 rows (§4.2 live note)', () => {
    const { body: b } = body();
    const table = b.appendTable();
    expect(table.getNumRows()).toBe(0);
  });

  it('appendTable appends an empty paragraph after the table, in all three forms (§4.2)', () => {
    const { body: b, DocumentApp } = body();
    const t1 = b.appendTable();
    const t2 = b.appendTable([['a']]);
    const t3 = b.appendTable(t2.copy());
    for (const t of [t1, t2, t3]) {
      const next = t.getNextSibling();
      expect(next.getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
      expect(next.asParagraph().getText()).toBe('');
    }
    expect(b.getNumChildren()).toBe(1 + 3 * 2);
  });

  it('builds a table from a grid of strings, one paragraph per cell', () => {
    const { body: b } = body();
    const table = b.appendTable([
      ['№', 'Наставник'],
      ['1', 'Петрова А.А.'],
    ]);
    expect(table.getNumRows()).toBe(2);
    expect(table.getRow(0).getNumCells()).toBe(2);
    expect(table.getCell(1, 1).getText()).toBe('Петрова А.А.');
    expect(table.getCell(1, 1).getNumChildren()).toBe(1);
  });

  it('refuses numbers in appendTable cells instead of coercing them', () => {
    const { body: b } = body();
    const cells = [[1, 'Иванова']] as unknown as string[][];
    expect(() => b.appendTable(cells)).toThrow(
      "The parameters (number|string[][]) don't match the method signature for DocumentApp.Body.appendTable.",
    );
  });

  it('refuses to put a row straight into the body: a signature mismatch, as live (§4.3)', () => {
    const { body: b } = body();
    const row = b
      .appendTable([['a']])
      .getRow(0)
      .copy();
    expect(() => b.appendParagraph(row as unknown as GoogleAppsScript.Document.Paragraph)).toThrow(
      "The parameters (DocumentApp.TableRow) don't match the method signature for DocumentApp.Body.appendParagraph.",
    );
  });

  it('fills rows by copying a template row: appendTableRow(row.copy()) then setText (§4.2)', () => {
    const { body: b } = body();
    const table = b.appendTable([
      ['№', 'ФИО'],
      ['{{n}}', '{{ФИО}}'],
    ]);
    table.getCell(1, 1).editAsText().setBold(true);
    const template = table.getRow(1);
    for (const [n, name] of [
      ['1', 'Иванова И.И.'],
      ['2', 'Петров П.П.'],
    ]) {
      const row = table.appendTableRow(template.copy());
      row.getCell(0).setText(n);
      row.getCell(1).setText(name);
    }
    table.removeRow(1);
    expect(table.getNumRows()).toBe(3);
    expect(table.getCell(2, 1).getText()).toBe('Петров П.П.');
    expect(table.getCell(2, 1).editAsText().isBold()).toBe(true);
    expect(table.getCell(2, 0).editAsText().isBold()).toBe(false);
  });

  it('refuses to append a row that is still in a table: "Element must be detached." (§8 item 12)', () => {
    const { body: b } = body();
    const table = b.appendTable([['a'], ['b']]);
    const error = thrown(() => table.appendTableRow(table.getRow(0)));
    expect(error.message).toBe('Element must be detached.');
    expect(table.getNumRows()).toBe(2);
  });

  it('gives a copy no parent and leaves the original in place (§4.2 TableRow.copy)', () => {
    const { body: b } = body();
    const table = b.appendTable([['a', 'b']]);
    const copy = table.getRow(0).copy();
    expect(copy.getParent()).toBeNull();
    copy.getCell(0).setText('changed');
    expect(table.getCell(0, 0).getText()).toBe('a');
  });

  it('inserts a row at an index and appends cells to it', () => {
    const { body: b } = body();
    const table = b.appendTable([['a'], ['c']]);
    const row = table.insertTableRow(1);
    row.appendTableCell('b');
    expect(table.getText()).toBe('a\nb\nc');
    expect(row.getParentTable().getNumRows()).toBe(3);
  });

  it('stores border width, column widths, cell width and background', () => {
    const { body: b } = body();
    const table = b.appendTable([['a', 'b']]);
    table.setBorderWidth(0).setColumnWidth(1, 120);
    table.getCell(0, 0).setWidth(40).setBackgroundColor('#eeeeee');
    expect(table.getBorderWidth()).toBe(0);
    expect(table.getColumnWidth(1)).toBe(120);
    expect(table.getCell(0, 0).getWidth()).toBe(40);
    expect(table.getCell(0, 0).getBackgroundColor()).toBe('#eeeeee');
  });

  it('refuses a page break inside a table cell ([DOC] Paragraph.appendPageBreak)', () => {
    const { body: b } = body();
    const cell = b.appendTable([['a']]).getCell(0, 0);
    expect(() => cell.getChild(0).asParagraph().appendPageBreak()).toThrow(
      'PageBreaks may not be contained within TableCells.',
    );
  });

  it('lists paragraphs inside tables among the body paragraphs', () => {
    const { body: b } = body();
    b.appendTable([['в таблице']]);
    expect(b.getParagraphs().map((p) => p.getText())).toEqual(['', 'в таблице', '']);
    expect(b.getTables()).toHaveLength(1);
  });
});
