import { LAYOUT } from '../layout/constants';
import { measureText } from '../layout/text';
import type { BlueprintLayout } from '../layout/types';
import type { Painter } from './displayList';
import { INK, LANE_TINT, LINE_STYLE } from './palette';

/**
 * Lane bands, step and stage rules, stage, step and lane headers: everything under the cards,
 * as the canvas draws them (its lane grid and sticky headers).
 */
export function drawGrid(p: Painter, layout: BlueprintLayout): void {
  const gridTop = layout.stageHeaderHeight + layout.stepHeaderHeight;
  const left = layout.laneHeaderWidth;
  const right = layout.width;
  for (const lane of layout.lanes) {
    p.rect(left, lane.y, right - left, lane.height, { fill: LANE_TINT[lane.kind] });
    p.line(left, lane.y + lane.height, right, lane.y + lane.height, INK.rule, 1);
  }
  const stageStarts = new Set(layout.stages.map((s) => s.x));
  for (const step of layout.steps) {
    if (!stageStarts.has(step.x)) p.line(step.x, gridTop, step.x, layout.height, INK.rule, 1, [4, 3]);
  }
  for (const stage of layout.stages) p.line(stage.x, gridTop, stage.x, layout.height, INK.ruleStrong, 1);
  p.line(right, gridTop, right, layout.height, INK.ruleStrong, 1);

  for (const stage of layout.stages) {
    p.rect(stage.x, 0, stage.width, layout.stageHeaderHeight, { fill: INK.stageHeader });
    p.line(stage.x + stage.width, 0, stage.x + stage.width, layout.stageHeaderHeight, INK.ruleStrong, 1);
    p.text(stage.x + LAYOUT.stepHeaderPadding, layout.stageHeaderHeight / 2 + 5, stage.nameLines[0] ?? '', {
      size: LAYOUT.stageFontSize, weight: 'bold', fill: INK.stageText,
    });
  }
  p.line(left, layout.stageHeaderHeight, right, layout.stageHeaderHeight, INK.rule, 1);
  for (const step of layout.steps) {
    p.rect(step.x, layout.stageHeaderHeight, step.width, layout.stepHeaderHeight, { fill: INK.surface2 });
    p.line(step.x + step.width, layout.stageHeaderHeight, step.x + step.width, gridTop, INK.rule, 1, [4, 3]);
    step.nameLines.forEach((line, i) => {
      p.text(step.x + LAYOUT.stepHeaderPadding, layout.stageHeaderHeight + LAYOUT.stepHeaderPadding + 12 + i * LAYOUT.stepLineHeight, line, {
        size: LAYOUT.stepFontSize, fill: INK.muted,
      });
    });
  }
  p.line(left, gridTop, right, gridTop, INK.ruleStrong, 1);
  for (const lane of layout.lanes) {
    p.rect(0, lane.y, left, lane.height, { fill: INK.laneHeader });
    p.line(0, lane.y + lane.height, left, lane.y + lane.height, INK.rule, 1);
    // The name sits in the middle of its header, as on the canvas.
    const top = lane.y + lane.height / 2 - (lane.nameLines.length * LAYOUT.laneHeaderLineHeight) / 2;
    lane.nameLines.forEach((line, i) => {
      p.text(LAYOUT.laneHeaderPadding, top + 13 + i * LAYOUT.laneHeaderLineHeight, line, {
        size: LAYOUT.laneHeaderFontSize, weight: 'bold', fill: INK.text,
      });
    });
  }
  p.line(left, 0, left, layout.height, INK.ruleStrong, 1);
  p.rect(0, 0, right, layout.height, { fill: 'none', stroke: INK.ruleStrong, strokeWidth: 1 });
}

/** The three lines, each in its own pattern and colour: interaction solid, visibility dashed, internal interaction dotted. */
export function drawBlueprintLines(p: Painter, layout: BlueprintLayout): void {
  for (const line of layout.lines) {
    const style = LINE_STYLE[line.id];
    p.line(layout.laneHeaderWidth, line.y, line.x2, line.y, style.color, style.width, style.dash, style.round ? 'round' : undefined);
  }
}

/** Each line's name in a pill over the lane headers, in the line's colour, as the canvas shows it. */
export function drawLineLabels(p: Painter, layout: BlueprintLayout): void {
  for (const line of layout.lines) {
    const color = LINE_STYLE[line.id].color;
    const width = measureText(line.label, 10, 'bold') + 14;
    p.rect(8, line.y - 8, width, 16, { radius: 8, fill: INK.paper, stroke: color, strokeWidth: 1.5 });
    p.text(8 + width / 2, line.y + 3.6, line.label, { size: 10, weight: 'bold', fill: color, anchor: 'middle' });
  }
}
