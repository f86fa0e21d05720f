import type { Runtime } from '../core/runtime';
import { ContainerFacade, elementArg, indexArg, ParentFacade } from './container';
import { type DocCtx, nodeOf, registerFacade } from './element';
import { cellNode, type NodeModel, rowNode, textNode, withAttr } from './model';
import * as runs from './runs';

type Row = GoogleAppsScript.Document.TableRow;
type Cell = GoogleAppsScript.Document.TableCell;

/** Shared attribute plumbing for table parts. */
function setAttr(node: NodeModel, key: string, value: unknown): void {
  node.attrs = withAttr(node.attrs ?? {}, key, value);
}

/** `Table`: rows of cells. `Body.appendTable()` gives 0 rows (§4.2); copy a row to add one like it. */
export class Table extends ParentFacade implements Partial<GoogleAppsScript.Document.Table> {
  constructor(rt: Runtime, node: NodeModel, ctx: DocCtx) {
    super(rt, 'Table', node, ctx);
  }

  getNumRows(): number {
    return this.getNumChildren();
  }

  getRow(rowIndex: number): Row {
    return this.getChild(rowIndex) as unknown as Row;
  }

  getCell(rowIndex: number, cellIndex: number): Cell {
    return this.getRow(rowIndex).getCell(cellIndex);
  }

  /** Without an argument, a new row with no cells; with a row, that row (it must be detached, §8 item 12). */
  appendTableRow(tableRow?: Row): Row {
    const node =
      tableRow === undefined
        ? rowNode()
        : elementArg('DocumentApp.Table.appendTableRow', [tableRow], tableRow, 'TABLE_ROW');
    this._insert(this.getNumChildren(), node);
    return this._wrap(node);
  }

  insertTableRow(childIndex: number, tableRow?: Row): Row {
    const args = tableRow === undefined ? [childIndex] : [childIndex, tableRow];
    indexArg('DocumentApp.Table.insertTableRow', args);
    const node =
      tableRow === undefined
        ? rowNode()
        : elementArg('DocumentApp.Table.insertTableRow', args, tableRow, 'TABLE_ROW');
    this._insert(childIndex, node);
    return this._wrap(node);
  }

  removeRow(rowIndex: number): Row {
    const row = this.getRow(rowIndex);
    this._edit();
    this._ctx.store.tree.remove(nodeOf(row));
    return row;
  }

  getBorderWidth(): number {
    return (this._node.attrs?.BORDER_WIDTH ?? null) as number;
  }
  setBorderWidth(width: number): never {
    this._edit();
    setAttr(this._node, 'BORDER_WIDTH', width);
    return this as never;
  }
  getBorderColor(): string {
    return (this._node.attrs?.BORDER_COLOR ?? null) as string;
  }
  setBorderColor(color: string): never {
    this._edit();
    setAttr(this._node, 'BORDER_COLOR', color);
    return this as never;
  }

  /** Column widths in points, kept as `COLUMN_WIDTH_<n>` attributes (not an Apps Script attribute name). */
  getColumnWidth(columnIndex: number): number {
    return (this._node.attrs?.[`COLUMN_WIDTH_${columnIndex}`] ?? null) as number;
  }
  setColumnWidth(columnIndex: number, width: number): never {
    this._edit();
    setAttr(this._node, `COLUMN_WIDTH_${columnIndex}`, width);
    return this as never;
  }
}

/** `TableRow`. */
export class TableRow extends ParentFacade implements Partial<Row> {
  constructor(rt: Runtime, node: NodeModel, ctx: DocCtx) {
    super(rt, 'TableRow', node, ctx);
  }

  getNumCells(): number {
    return this.getNumChildren();
  }

  getCell(cellIndex: number): Cell {
    return this.getChild(cellIndex) as unknown as Cell;
  }

  appendTableCell(cell?: string | Cell): Cell {
    const node =
      cell === undefined
        ? cellNode()
        : elementArg('DocumentApp.TableRow.appendTableCell', [cell], cell, 'TABLE_CELL', (t) => cellNode(t));
    this._insert(this.getNumChildren(), node);
    return this._wrap(node);
  }

  insertTableCell(childIndex: number, cell?: string | Cell): Cell {
    const method = 'DocumentApp.TableRow.insertTableCell';
    const args = cell === undefined ? [childIndex] : [childIndex, cell];
    indexArg(method, args);
    const node =
      cell === undefined ? cellNode() : elementArg(method, args, cell, 'TABLE_CELL', (t) => cellNode(t));
    this._insert(childIndex, node);
    return this._wrap(node);
  }

  removeCell(cellIndex: number): Cell {
    const cell = this.getCell(cellIndex);
    this._edit();
    this._ctx.store.tree.remove(nodeOf(cell));
    return cell;
  }

  getParentTable(): GoogleAppsScript.Document.Table {
    return this.getParent() as unknown as GoogleAppsScript.Document.Table;
  }

  getMinimumHeight(): number {
    return (this._node.attrs?.MINIMUM_HEIGHT ?? null) as number;
  }
  setMinimumHeight(minHeight: number): never {
    this._edit();
    setAttr(this._node, 'MINIMUM_HEIGHT', minHeight);
    return this as never;
  }
}

/** `TableCell`: a container of paragraphs (always at least one). */
export class TableCell extends ContainerFacade implements Partial<Cell> {
  constructor(rt: Runtime, node: NodeModel, ctx: DocCtx) {
    super(rt, 'TableCell', node, ctx);
  }

  /**
   * Replaces the contents with one paragraph of plain text. It keeps the first paragraph's attributes and the
   * first character's formatting, so a filled template row looks like the template [UNVERIFIED].
   */
  override setText(text: string): never {
    this._edit();
    const first = (this._node.children ?? [])[0];
    const firstText = first?.children?.find((c) => c.type === 'TEXT');
    const paragraph: NodeModel = { type: 'PARAGRAPH', attrs: { ...(first?.attrs ?? {}) }, children: [] };
    if (text) paragraph.children = [textNode(text, firstText ? runs.attrsAt(firstText, 0) : {})];
    this._reset(paragraph);
    return this as never;
  }

  getParentRow(): Row {
    return this.getParent() as unknown as Row;
  }

  getParentTable(): GoogleAppsScript.Document.Table {
    return this.getParentRow().getParentTable();
  }

  getRowSpan(): number {
    return 1;
  }

  getColSpan(): number {
    return 1;
  }

  _cellAttr(key: string, value: unknown): never {
    this._edit();
    setAttr(this._node, key, value);
    return this as never;
  }

  getWidth(): number {
    return (this._node.attrs?.WIDTH ?? null) as number;
  }
  setWidth(width: number): never {
    return this._cellAttr('WIDTH', width);
  }
  getBackgroundColor(): string {
    return (this._node.attrs?.BACKGROUND_COLOR ?? null) as string;
  }
  setBackgroundColor(color: string): never {
    return this._cellAttr('BACKGROUND_COLOR', color);
  }
  getVerticalAlignment(): GoogleAppsScript.Document.VerticalAlignment {
    return (this._node.attrs?.VERTICAL_ALIGNMENT ?? null) as GoogleAppsScript.Document.VerticalAlignment;
  }
  setVerticalAlignment(alignment: GoogleAppsScript.Document.VerticalAlignment): never {
    return this._cellAttr('VERTICAL_ALIGNMENT', String(alignment));
  }
  setPaddingTop(padding: number): never {
    return this._cellAttr('PADDING_TOP', padding);
  }
  setPaddingBottom(padding: number): never {
    return this._cellAttr('PADDING_BOTTOM', padding);
  }
  setPaddingLeft(padding: number): never {
    return this._cellAttr('PADDING_LEFT', padding);
  }
  setPaddingRight(padding: number): never {
    return this._cellAttr('PADDING_RIGHT', padding);
  }
}

registerFacade('TABLE', Table);
registerFacade('TABLE_ROW', TableRow);
registerFacade('TABLE_CELL', TableCell);
