import { FakeEmbeddedChart, chartModel } from './chart';
import { FakeEmbeddedChartBuilder } from './chart-builder';
import { FakeConditionalFormatRule, ruleModel } from './conditional-format';
import { addMetadata } from './metadata';
import { FakeDeveloperMetadataFinder } from './metadata-finder';
import { addProtection, FakeProtection } from './protection';
import { FakeRangeList } from './range-list';
import { a1Range } from './resolve';
import { FakeSheetRows } from './sheet-rows';
import { sortRows } from './sort';
import { lastColumn, lastRow } from './store';
import { FakeTextFinder } from './text-finder';
import {
  enumValue,
  gas,
  type GConditionalFormatRule,
  type GDeveloperMetadata,
  type GDeveloperMetadataFinder,
  type GEmbeddedChart,
  type GEmbeddedChartBuilder,
  type GProtection,
  type GSheet,
} from './types';

/** `SpreadsheetApp` Sheet: holds the spreadsheet id and sheet id; reads the model on each call. */
export class FakeSheet extends FakeSheetRows implements Partial<GSheet> {
  /** §1.6: returns the sheet's existing protection when there is one. */
  protect(): GProtection {
    this._store.requireWrite('Sheet.protect');
    const ss = this._ss();
    const existing = ss.protections.find((p) => p.type === 'SHEET' && p.sheetId === this._sheetId);
    const p = existing ?? addProtection(ss, 'SHEET', this._sheetId);
    return gas(new FakeProtection(this._store, this._ssId, p.id));
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GProtection[] {
    return this._ss()
      .protections.filter((p) => p.sheetId === this._sheetId && p.type === String(type))
      .map((p) => gas<GProtection>(new FakeProtection(this._store, this._ssId, p.id)));
  }

  /** §1.9: metadata on the sheet itself. */
  addDeveloperMetadata(key: string, ...rest: unknown[]): GSheet {
    this._store.requireWrite('Sheet.addDeveloperMetadata');
    addMetadata(this._ss(), { type: 'SHEET', sheetId: this._sheetId }, [key, ...rest]);
    return gas(this);
  }
  /** The sheet's own metadata (not its rows' or columns'; use a finder for those). */
  getDeveloperMetadata(): GDeveloperMetadata[] {
    return this.createDeveloperMetadataFinder().withLocationType(enumValue('SHEET')).find();
  }
  /** Searches the sheet and its rows and columns. */
  createDeveloperMetadataFinder(): GDeveloperMetadataFinder {
    return gas(
      new FakeDeveloperMetadataFinder(this._store, this._ssId, { kind: 'sheet', sheetId: this._sheetId }),
    );
  }

  getConditionalFormatRules(): GConditionalFormatRule[] {
    return this._sheet().conditionalRules.map((r) =>
      gas<GConditionalFormatRule>(
        new FakeConditionalFormatRule(this._store, this._ssId, JSON.parse(JSON.stringify(r))),
      ),
    );
  }
  /** §1.7: replaces all the sheet's rules; they apply in the given order. */
  setConditionalFormatRules(rules: GConditionalFormatRule[]): void {
    this._store.requireWrite('Sheet.setConditionalFormatRules');
    this._sheet().conditionalRules = rules.map(ruleModel);
  }
  clearConditionalFormatRules(): void {
    this._sheet().conditionalRules = [];
  }

  /** Sorts the rows below the frozen ones by one column. */
  sort(columnPosition: number, ascending = true): GSheet {
    this._store.requireWrite('Sheet.sort');
    const sheet = this._sheet();
    const first = sheet.frozenRows + 1;
    const last = lastRow(sheet);
    const width = Math.max(lastColumn(sheet), columnPosition);
    if (last >= first) {
      const rect = {
        sheetId: this._sheetId,
        row: first,
        column: 1,
        numRows: last - first + 1,
        numColumns: width,
      };
      sortRows(sheet, rect, [{ column: columnPosition, ascending }]);
    }
    return gas(this);
  }
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    const ranges = a1Notations.map((a1) => a1Range(this._ss(), this._sheet(), a1));
    return gas(new FakeRangeList(this._store, this._ssId, ranges));
  }
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    const sheet = this._sheet();
    const all = {
      sheetId: this._sheetId,
      row: 1,
      column: 1,
      numRows: sheet.maxRows,
      numColumns: sheet.maxColumns,
    };
    return gas(new FakeTextFinder(this._store, this._ssId, [all], findText));
  }

  /** §1.8: a builder; nothing is drawn until insertChart. */
  newChart(): GEmbeddedChartBuilder {
    return gas(new FakeEmbeddedChartBuilder(this._store, this._ssId, this._sheetId));
  }
  insertChart(chart: GEmbeddedChart): void {
    const model = chartModel(chart);
    const ss = this._ss();
    if (model.chartId === 0) model.chartId = ss.nextId++;
    this._sheet().charts.push(model);
  }
  updateChart(chart: GEmbeddedChart): void {
    const model = chartModel(chart);
    const sheet = this._sheet();
    const at = sheet.charts.findIndex((c) => c.chartId === model.chartId);
    if (at < 0) throw new Error('emulator: updateChart of a chart that is not on this sheet');
    sheet.charts[at] = model;
  }
  removeChart(chart: GEmbeddedChart): void {
    const id = chartModel(chart).chartId;
    const sheet = this._sheet();
    sheet.charts = sheet.charts.filter((c) => c.chartId !== id);
  }
  getCharts(): GEmbeddedChart[] {
    return this._sheet().charts.map((c) =>
      gas<GEmbeddedChart>(
        new FakeEmbeddedChart(this._store, this._ssId, this._sheetId, JSON.parse(JSON.stringify(c))),
      ),
    );
  }
}
