import { GasObject } from '../core/gas-object';
import type { SpreadsheetStore } from './store';
import { gas, type GRange, type GSheet, type GSpreadsheet } from './types';

/** `getSelection()`: the active sheet, range and cell, as ws.spreadsheet.select or Range.activate set them. */
export class FakeSelection extends GasObject implements Partial<GoogleAppsScript.Spreadsheet.Selection> {
  constructor(
    readonly _store: SpreadsheetStore,
    readonly _spreadsheet: GSpreadsheet,
  ) {
    super(_store.rt, 'SpreadsheetApp', 'Selection');
  }
  getActiveSheet(): GSheet {
    return this._spreadsheet.getActiveSheet();
  }
  getActiveRange(): GRange | null {
    return this._spreadsheet.getActiveRange();
  }
  getCurrentCell(): GRange | null {
    return this._spreadsheet.getCurrentCell();
  }
  getActiveRangeList(): GoogleAppsScript.Spreadsheet.RangeList | null {
    const range = this._spreadsheet.getActiveRange();
    return range ? range.getSheet().getRangeList([range.getA1Notation()]) : null;
  }
}

/** Wraps a spreadsheet facade's selection. */
export function selectionOf(
  store: SpreadsheetStore,
  spreadsheet: GSpreadsheet,
): GoogleAppsScript.Spreadsheet.Selection {
  return gas(new FakeSelection(store, spreadsheet));
}
