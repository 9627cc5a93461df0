import { scaleLinear, scalePoint } from 'd3-scale';
import { area, line } from 'd3-shape';
import { clampLines, wrapText } from '../../layout/text';
import type { Painter } from '../displayList';
import { sentimentFace } from '../marks';
import { INK } from '../palette';
import { CHART, PolylineContext } from './style';

export interface CurveChartInput {
  stages: { name: string; steps: { id: string; name: string }[] }[];
  /** Importance-weighted mean sentiment per step that has touchpoints (shared/analysis). */
  values: { stepId: string; value: number }[];
}

const LEFT = 34;
const STAGE_BAND = 22;
const STEP_LABELS = 30;
/** Below this many points per step, step names would be unreadable: only stages are named. */
const MIN_STEP_WIDTH = 46;

const signed = (v: number) => {
  const r = Math.round(v * 10) / 10;
  return r > 0 ? `+${r}` : r < 0 ? `\u2212${-r}` : '0';
};

/**
 * The experience curve across the journey: stages as bands on top, the importance-weighted
 * sentiment of each step from −2 to +2, a face and the value at each point (never colour alone).
 */
export function drawExperienceCurve(p: Painter, input: CurveChartInput, width: number, height: number): void {
  const steps = input.stages.flatMap((s) => s.steps);
  const x = scalePoint<string>().domain(steps.map((s) => s.id)).range([LEFT, width]).padding(0.5);
  const stepWidth = steps.length ? (width - LEFT) / steps.length : width - LEFT;
  const named = stepWidth >= MIN_STEP_WIDTH;
  const top = STAGE_BAND + 12;
  const bottom = height - (named ? STEP_LABELS : 8);
  const y = scaleLinear().domain([-2, 2]).range([bottom - 22, top + 12]);

  // Stage bands: alternating tints so that the columns read as groups.
  let at = LEFT;
  input.stages.forEach((stage, i) => {
    const w = Math.max(1, stage.steps.length) * stepWidth;
    p.rect(at, top, w, bottom - top, { fill: i % 2 ? INK.paper : INK.laneBand });
    p.rect(at, 0, w - 2, STAGE_BAND - 4, { fill: INK.stageHeader, radius: 3 });
    const text = clampLines(wrapText(stage.name, CHART.font, w - 10, 'bold'), 1, CHART.font, w - 10, 'bold')[0] ?? '';
    p.text(at + w / 2, 12, text, { size: CHART.font, weight: 'bold', fill: INK.stageText, anchor: 'middle' });
    at += w;
  });

  for (const v of [2, 1, 0, -1, -2]) {
    p.line(LEFT, y(v), width, y(v), v === 0 ? INK.faint : INK.hairline, 1, v === 0 ? [4, 3] : undefined);
    p.text(LEFT - 6, y(v) + 3, signed(v), { size: CHART.small, fill: INK.muted, anchor: 'end' });
  }
  p.text(0, top - 2, 'Sentiment', { size: CHART.small, weight: 'bold', fill: INK.muted });

  if (named) {
    for (const step of steps) {
      const lines = clampLines(wrapText(step.name, CHART.small, stepWidth - 6), 2, CHART.small, stepWidth - 6);
      lines.forEach((l, i) => p.text(x(step.id)!, bottom + 11 + i * 9, l, { size: CHART.small, fill: INK.muted, anchor: 'middle' }));
    }
  }

  const points = input.values.filter((v) => x(v.stepId) !== undefined).map((v) => ({ x: x(v.stepId)!, y: y(v.value), value: v.value }));
  if (points.length > 1) {
    const context = new PolylineContext();
    area<{ x: number; y: number }>().x((d) => d.x).y0(y(0)).y1((d) => d.y).context(context as never)(points);
    context.paint(p, { fill: CHART.curveFill });
    line<{ x: number; y: number }>().x((d) => d.x).y((d) => d.y).context(context as never)(points);
    context.paint(p, { stroke: INK.touchpoint, strokeWidth: 2, fill: 'none' });
  }
  points.forEach((point, i) => {
    sentimentFace(p, point.x, point.y, Math.max(-2, Math.min(2, Math.round(point.value))), 6.5);
    const at = labelPlace(points[i - 1], point, points[i + 1]);
    p.text(point.x + at.dx, point.y + at.dy, signed(point.value), { size: CHART.small, weight: 'bold', fill: INK.text, anchor: at.anchor });
  });
}

/** Where a value label stays clear of the line: above a peak, below a valley, on the open side of a slope. */
function labelPlace(prev: { y: number } | undefined, point: { y: number }, next: { y: number } | undefined): { dx: number; dy: number; anchor: 'start' | 'middle' | 'end' } {
  // Screen y grows downwards: a neighbour "above" has a smaller y.
  const above = (n: { y: number } | undefined) => n !== undefined && n.y < point.y - 0.5;
  const below = (n: { y: number } | undefined) => n === undefined || n.y >= point.y - 0.5;
  if (below(prev) && below(next)) return { dx: 0, dy: -10, anchor: 'middle' };
  if (above(prev) && above(next)) return { dx: 0, dy: 17, anchor: 'middle' };
  if (!prev || !next) return { dx: 0, dy: 17, anchor: 'middle' };
  return above(next) ? { dx: -9, dy: -6, anchor: 'end' } : { dx: 9, dy: -6, anchor: 'start' };
}
