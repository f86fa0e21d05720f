import { GasObject } from '../core/gas-object';
import type { ChartModel } from './model';
import { FakeRange } from './range';
import type { FakeRangeBase } from './range-base';
import type { SpreadsheetStore } from './store';
import {
  enumValue,
  gas,
  signatureError,
  type GEmbeddedChart,
  type GEmbeddedChartBuilder,
  type GRange,
} from './types';

/** `Charts.ChartType`: names only (the emulator draws nothing). */
export const ChartType = Object.freeze(
  Object.fromEntries(
    [
      'AREA',
      'BAR',
      'BUBBLE',
      'CANDLESTICK',
      'COLUMN',
      'COMBO',
      'GAUGE',
      'GEO',
      'HISTOGRAM',
      'RADAR',
      'LINE',
      'ORG',
      'PIE',
      'SCATTER',
      'SPARKLINE',
      'STEPPED_AREA',
      'TABLE',
      'TIMELINE',
      'TREEMAP',
      'WATERFALL',
    ].map((n) => [n, n]),
  ),
);

/** The model inside an EmbeddedChart the script passes in. */
export function chartModel(chart: GEmbeddedChart): ChartModel {
  if (!(chart instanceof FakeEmbeddedChart))
    throw signatureError('SpreadsheetApp.Sheet.insertChart', [chart]);
  return JSON.parse(JSON.stringify(chart._model)) as ChartModel;
}

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

/** A built or inserted chart: a copy of its model; `modify()` gives a builder that keeps the chart id. */
export class FakeEmbeddedChart extends GasObject implements Partial<GEmbeddedChart> {
  constructor(
    readonly _store: SpreadsheetStore,
    readonly _ssId: string,
    readonly _sheetId: number,
    readonly _model: ChartModel,
  ) {
    super(_store.rt, 'SpreadsheetApp', 'EmbeddedChart');
  }
  /** null until the chart is inserted. */
  getChartId(): number | null {
    return this._model.chartId || null;
  }
  getRanges(): GRange[] {
    return this._model.ranges.map((r) => gas<GRange>(new FakeRange(this._store, this._ssId, { ...r })));
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return gas(new FakeChartOptions(this._store, this._model.options));
  }
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return gas(new FakeContainerInfo(this._store, this._model.position));
  }
  modify(): GEmbeddedChartBuilder {
    return gas(
      new FakeEmbeddedChartBuilder(
        this._store,
        this._ssId,
        this._sheetId,
        JSON.parse(JSON.stringify(this._model)),
      ),
    );
  }
}

/** `chart.getOptions()`: the options set on the builder, null for unset ones. */
export class FakeChartOptions extends GasObject implements Partial<GoogleAppsScript.Charts.ChartOptions> {
  constructor(
    readonly _store: SpreadsheetStore,
    readonly _options: Record<string, unknown>,
  ) {
    super(_store.rt, 'Charts', 'ChartOptions');
  }
  get(option: string): unknown {
    return this._options[option] ?? null;
  }
  getOrDefault(option: string): unknown {
    return this._options[option] ?? null;
  }
}

/** `chart.getContainerInfo()`: where the chart is anchored (1-indexed, §1.8). */
export class FakeContainerInfo
  extends GasObject
  implements Partial<GoogleAppsScript.Spreadsheet.ContainerInfo>
{
  constructor(
    readonly _store: SpreadsheetStore,
    readonly _position: ChartModel['position'],
  ) {
    super(_store.rt, 'SpreadsheetApp', 'ContainerInfo');
  }
  getAnchorRow(): number {
    return this._position.row;
  }
  getAnchorColumn(): number {
    return this._position.column;
  }
  getOffsetX(): number {
    return this._position.offsetX;
  }
  getOffsetY(): number {
    return this._position.offsetY;
  }
}
