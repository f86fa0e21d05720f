import type { ChartView } from '../chart-view';
import { clear, el } from './dom';

const COLOURS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6'];

/**
 * The sheet's charts under its cells, each as simple bars (one group per category, one bar per series): enough to
 * see what the add-on plotted, not a copy of Google's chart look.
 */
export function renderCharts(
  container: HTMLElement,
  charts: ChartView[],
  place: (row: number, column: number) => { left: number; top: number },
): void {
  clear(container);
  container.hidden = charts.length === 0;
  for (const chart of charts) {
    const card = el('figure', 'chart');
    // Anchored over the cells as in Sheets: at its cell, moved by its offset.
    const at = place(chart.position.row, chart.position.column);
    card.style.left = `${at.left + chart.position.offsetX}px`;
    card.style.top = `${at.top + chart.position.offsetY}px`;
    card.appendChild(el('figcaption', '', chart.title || 'Диаграмма без названия'));
    const about = `${chart.type}, данные ${chart.ranges.join(', ')}, место на листе ${chart.anchor}`;
    card.appendChild(el('div', 'muted', about));
    const max = Math.max(1, ...chart.series.flatMap((s) => s.values.map(Math.abs)));
    const legend = el('div', 'chart-legend');
    chart.series.forEach((series, i) => {
      const key = el('span', 'chart-key', series.name);
      key.style.borderLeftColor = COLOURS[i % COLOURS.length];
      legend.appendChild(key);
    });
    card.appendChild(legend);
    chart.categories.forEach((category, row) => {
      const line = el('div', 'chart-row');
      line.appendChild(el('span', 'chart-label', category));
      const bars = el('span', 'chart-bars');
      chart.series.forEach((series, i) => {
        const value = series.values[row] ?? 0;
        const bar = el('span', 'chart-bar', String(value));
        bar.style.width = `${Math.round((Math.abs(value) / max) * 100)}%`;
        bar.style.backgroundColor = COLOURS[i % COLOURS.length];
        bars.appendChild(bar);
      });
      line.appendChild(bars);
      card.appendChild(line);
    });
    container.appendChild(card);
  }
}
