import { Painter, type DisplayList } from '../displayList';
import { INK } from '../palette';

/** A chart drawn row by row, so that a long one continues on the next page under its header again. */
export interface RowChart {
  header: ChartRow | null;
  rows: ChartRow[];
}

export interface ChartRow {
  height: number;
  /** Draws the row with its top-left corner at the painter's origin. */
  draw(p: Painter): void;
}

/** One picture of a whole chart (for SVG and the app): the header, then every row. */
export function rowChartList(chart: RowChart, width: number, title: string): DisplayList {
  const root = new Painter();
  let y = 0;
  for (const row of [...(chart.header ? [chart.header] : []), ...chart.rows]) {
    row.draw(root.at(0, y));
    y += row.height;
  }
  return { width, height: y, background: INK.paper, items: root.items, title };
}
