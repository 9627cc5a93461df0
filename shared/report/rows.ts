import type { RowChart } from '../render/charts/rows';
import type { Flow } from './flow';

/** Places a row chart: its header, then row after row, the header again on each new page. */
export function placeRowChart(flow: Flow, chart: RowChart): void {
  const header = chart.header;
  if (header) flow.block(header.height, (p) => header.draw(p));
  for (const row of chart.rows) {
    if (flow.ensure(row.height) && header) flow.block(header.height, (p) => header.draw(p));
    flow.block(row.height, (p) => row.draw(p));
  }
}

/** The height of the whole chart, to keep a short one on one page. */
export function rowChartHeight(chart: RowChart): number {
  return (chart.header?.height ?? 0) + chart.rows.reduce((h, r) => h + r.height, 0);
}
