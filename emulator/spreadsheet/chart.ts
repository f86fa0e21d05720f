import { GasObject } from '../core/gas-object';
import { FakeEmbeddedChartBuilder } from './chart-builder';
import type { ChartModel } from './model';
import { FakeRange } from './range';
import type { SpreadsheetStore } from './store';
import { gas, signatureError, type GEmbeddedChart, type GEmbeddedChartBuilder, type GRange } from './types';

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

const names = (...keys: string[]): Readonly<Record<string, string>> =>
  Object.freeze(Object.fromEntries(keys.map((k) => [k, k])));

/** The `Charts` global: the enums chart builders take; anything else is "not implemented". */
export class FakeCharts extends GasObject {
  readonly ChartType = ChartType;
  readonly Position = names('TOP', 'RIGHT', 'BOTTOM', 'NONE');
  readonly ChartMergeStrategy = names('MERGE_COLUMNS', 'MERGE_ROWS');
  readonly ChartHiddenDimensionStrategy = names('IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH');
  constructor(rt: SpreadsheetStore['rt']) {
    super(rt, 'Charts', 'Charts');
  }
}

/** The model inside an EmbeddedChart the script passes in. */
export function chartModel(chart: GEmbeddedChart): ChartModel {
  if (!(chart instanceof FakeEmbeddedChart))
    throw signatureError('SpreadsheetApp.Sheet.insertChart', [chart]);
  return JSON.parse(JSON.stringify(chart._model)) as ChartModel;
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
