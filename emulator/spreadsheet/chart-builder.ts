import { GasObject } from '../core/gas-object';
import { FakeEmbeddedChart } from './chart';
import type { ChartModel } from './model';
import { FakeRange } from './range';
import type { FakeRangeBase } from './range-base';
import type { SpreadsheetStore } from './store';
import { enumValue, gas, type GEmbeddedChart, type GEmbeddedChartBuilder, type GRange } from './types';

/** `sheet.newChart()` and `chart.modify()` (§1.8): type, ranges, position and options, stored as data. */
export class FakeEmbeddedChartBuilder extends GasObject implements Partial<GEmbeddedChartBuilder> {
  constructor(
    readonly _store: SpreadsheetStore,
    readonly _ssId: string,
    readonly _sheetId: number,
    readonly _model: ChartModel = {
      chartId: 0,
      type: 'COLUMN',
      ranges: [],
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      options: {},
    },
  ) {
    super(_store.rt, 'SpreadsheetApp', 'EmbeddedChartBuilder');
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): GEmbeddedChartBuilder {
    this._model.type = String(type);
    return gas(this);
  }
  _as(type: string): GEmbeddedChartBuilder {
    this._model.type = type;
    return gas(this);
  }
  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    return gas(this._as('COLUMN'));
  }
  asBarChart(): GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder {
    return gas(this._as('BAR'));
  }
  asLineChart(): GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder {
    return gas(this._as('LINE'));
  }
  asPieChart(): GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder {
    return gas(this._as('PIE'));
  }
  /** Typed builders' title; stored as the 'title' option. */
  setTitle(title: string): GEmbeddedChartBuilder {
    return this.setOption('title', title);
  }
  /** Typed builders' settings, kept as chart options under their Google Charts names. */
  setLegendPosition(position: GoogleAppsScript.Charts.Position): GEmbeddedChartBuilder {
    return this.setOption('legend.position', String(position).toLowerCase());
  }
  setStacked(): GEmbeddedChartBuilder {
    return this.setOption('isStacked', true);
  }
  set3D(): GEmbeddedChartBuilder {
    return this.setOption('is3D', true);
  }
  setColors(cssValues: string[]): GEmbeddedChartBuilder {
    return this.setOption('colors', cssValues);
  }
  setXAxisTitle(title: string): GEmbeddedChartBuilder {
    return this.setOption('hAxis.title', title);
  }
  setYAxisTitle(title: string): GEmbeddedChartBuilder {
    return this.setOption('vAxis.title', title);
  }
  setNumHeaders(headers: number): GEmbeddedChartBuilder {
    return this.setOption('numHeaders', headers);
  }
  setTransposeRowsAndColumns(transpose: boolean): GEmbeddedChartBuilder {
    return this.setOption('transposeRowsAndColumns', transpose);
  }
  setMergeStrategy(mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy): GEmbeddedChartBuilder {
    return this.setOption('mergeStrategy', String(mergeStrategy));
  }
  setHiddenDimensionStrategy(
    strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy,
  ): GEmbeddedChartBuilder {
    return this.setOption('hiddenDimensionStrategy', String(strategy));
  }
  /** §1.8: a range already added is ignored. */
  addRange(range: GRange): GEmbeddedChartBuilder {
    const r = (range as unknown as FakeRangeBase)._range;
    if (!this._model.ranges.some((x) => JSON.stringify(x) === JSON.stringify(r)))
      this._model.ranges.push({ ...r });
    return gas(this);
  }
  removeRange(range: GRange): GEmbeddedChartBuilder {
    const key = JSON.stringify((range as unknown as FakeRangeBase)._range);
    this._model.ranges = this._model.ranges.filter((x) => JSON.stringify(x) !== key);
    return gas(this);
  }
  clearRanges(): GEmbeddedChartBuilder {
    this._model.ranges = [];
    return gas(this);
  }
  getRanges(): GRange[] {
    return this._model.ranges.map((r) => gas<GRange>(new FakeRange(this._store, this._ssId, { ...r })));
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return enumValue(this._model.type);
  }
  /** §1.8: anchors are 1-indexed. */
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): GEmbeddedChartBuilder {
    this._model.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return gas(this);
  }
  /** §1.8: options are not validated. */
  setOption(option: string, value: unknown): GEmbeddedChartBuilder {
    this._model.options[option] = JSON.parse(JSON.stringify(value ?? null)) as unknown;
    return gas(this);
  }
  build(): GEmbeddedChart {
    return gas(
      new FakeEmbeddedChart(this._store, this._ssId, this._sheetId, JSON.parse(JSON.stringify(this._model))),
    );
  }
}
