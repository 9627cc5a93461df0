import { gapOf } from '../analysis/facts';
import type { Quadrant } from '../analysis/types';
import { decimal } from '../analysis/words';
import { clampLines, wrapText } from '../layout/text';
import { drawPriorityMatrix, type MatrixPoint } from '../render/charts/priorityMatrix';
import { QUADRANT_STYLE } from '../render/charts/style';
import type { Painter } from '../render/displayList';
import { INK } from '../render/palette';
import { nameOf, type ReportContext } from './context';
import { sectionHeading, TYPE } from './text';

const ORDER: Quadrant[] = ['fixFirst', 'protect', 'differentiate', 'monitor', 'unrated'];
const KEY_LINE = 10.5;

type KeyLine = { kind: 'quadrant'; quadrant: Quadrant; count: number } | { kind: 'entry'; mark: string; text: string; detail: string };

/** The importance × gap matrix with numbered marks, and a key that names every touchpoint on it. */
export function priorityMatrix(ctx: ReportContext): void {
  const { flow, analysis: a, doc } = ctx;
  const rated = a.touchpoints - a.priority.unrated.length;
  sectionHeading(flow, 'Priority matrix', `Each touchpoint by how much it matters to customers (importance) and how far the experience falls short of, or beats, what they expect (gap). ${rated} of ${a.touchpoints} touchpoints are scored.`, { keep: 300 });

  const points: MatrixPoint[] = [];
  const key: KeyLine[] = [];
  let n = 0;
  for (const quadrant of ORDER) {
    const ids = a.priority[quadrant];
    if (!ids.length) continue;
    key.push({ kind: 'quadrant', quadrant, count: ids.length });
    for (const id of ids) {
      const tp = doc.cards[id]!.touchpoint!;
      const gap = gapOf(doc.cards[id]!);
      const mark = gap === null ? '\u2013' : String(++n);
      if (gap !== null) points.push({ label: n, importance: tp.importance, gap, quadrant });
      key.push({ kind: 'entry', mark, text: nameOf(ctx, id), detail: `${tp.importance} \u00B7 ${gap === null ? '\u2013' : decimal(gap, true)}` });
    }
  }
  const chartWidth = Math.min(470, flow.width * 0.6);
  const chartHeight = Math.min(430, flow.height - flow.y);
  const keyX = chartWidth + 28;
  const keyWidth = flow.width - keyX;
  const top = flow.y;
  drawPriorityMatrix(flow.painter(), points, chartWidth, chartHeight);

  // The key fills the column beside the chart, then continues over whole pages in columns.
  const perColumn = Math.floor(chartHeight / KEY_LINE) - 1;
  const first = key.slice(0, perColumn);
  drawKeyHeader(flow.painter().at(keyX, 0), keyWidth);
  first.forEach((line, i) => drawKeyLine(flow.painter().at(keyX, (i + 1) * KEY_LINE), line, keyWidth));
  flow.y = top + chartHeight + 8;
  let rest = key.slice(perColumn);
  const columns = 3;
  const columnWidth = (flow.width - (columns - 1) * 20) / columns;
  while (rest.length) {
    flow.newPage();
    const lines = Math.floor(flow.height / KEY_LINE) - 1;
    const p = flow.painter();
    for (let c = 0; c < columns && rest.length; c++) {
      drawKeyHeader(p.at(c * (columnWidth + 20), 0), columnWidth, 'Key, continued');
      rest.slice(0, lines).forEach((line, i) => drawKeyLine(p.at(c * (columnWidth + 20), (i + 1) * KEY_LINE), line, columnWidth));
      rest = rest.slice(lines);
    }
    flow.y = flow.height;
  }
}

function drawKeyHeader(p: Painter, width: number, title = 'Key'): void {
  p.text(0, 8, title, { size: TYPE.small, weight: 'bold', fill: INK.muted });
  p.text(width, 8, 'importance \u00B7 gap', { size: TYPE.small, fill: INK.muted, anchor: 'end' });
}

function drawKeyLine(p: Painter, line: KeyLine, width: number): void {
  if (line.kind === 'quadrant') {
    const style = QUADRANT_STYLE[line.quadrant];
    p.text(0, 8.5, `${style.label} (${line.count})`, { size: TYPE.table, weight: 'bold', fill: style.color });
    return;
  }
  const detailWidth = 42;
  p.text(14, 8, line.mark, { size: TYPE.small, weight: 'bold', fill: INK.text, anchor: 'end' });
  const text = clampLines(wrapText(line.text, TYPE.small, width - 20 - detailWidth), 1, TYPE.small, width - 20 - detailWidth)[0] ?? '';
  p.text(20, 8, text, { size: TYPE.small, fill: INK.text });
  p.text(width, 8, line.detail, { size: TYPE.small, fill: INK.muted, anchor: 'end' });
}
