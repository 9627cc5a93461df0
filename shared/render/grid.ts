import { LAYOUT } from '../layout/constants';
import { measureText } from '../layout/text';
import type { BlueprintLayout } from '../layout/types';
import type { Painter } from './displayList';
import { INK, LANE_TINT } from './palette';

/** Lane bands, column rules, stage and step headers, lane headers: everything under the cards. */
export function drawGrid(p: Painter, layout: BlueprintLayout): void {
  const gridTop = layout.stageHeaderHeight + layout.stepHeaderHeight;
  const right = layout.width;
  for (const lane of layout.lanes) {
    const tint = LANE_TINT[lane.kind];
    // White lanes are the paper itself: filling them again only costs raster time.
    if (tint !== INK.paper) p.rect(layout.laneHeaderWidth, lane.y, right - layout.laneHeaderWidth, lane.height, { fill: tint });
  }
  for (const step of layout.steps) {
    p.line(step.x, layout.stageHeaderHeight, step.x, layout.height, INK.hairline, 1);
  }
  for (const stage of layout.stages) {
    p.rect(stage.x, 0, stage.width, layout.stageHeaderHeight, { fill: INK.stageHeader });
    p.line(stage.x, 0, stage.x, layout.height, INK.rule, 1.2);
    p.text(stage.x + LAYOUT.stepHeaderPadding, layout.stageHeaderHeight / 2 + 5, stage.nameLines[0] ?? '', {
      size: LAYOUT.stageFontSize, weight: 'bold', fill: INK.stageText,
    });
  }
  for (const step of layout.steps) {
    step.nameLines.forEach((line, i) => {
      p.text(step.x + LAYOUT.stepHeaderPadding, layout.stageHeaderHeight + LAYOUT.stepHeaderPadding + 12 + i * LAYOUT.stepLineHeight, line, {
        size: LAYOUT.stepFontSize, fill: INK.text,
      });
    });
  }
  p.line(0, layout.stageHeaderHeight, right, layout.stageHeaderHeight, INK.rule, 1);
  p.line(layout.laneHeaderWidth, gridTop, right, gridTop, INK.rule, 1.2);
  for (const lane of layout.lanes) {
    p.rect(0, lane.y, layout.laneHeaderWidth, lane.height, { fill: INK.laneHeader });
    p.line(0, lane.y + lane.height, right, lane.y + lane.height, INK.rule, 1);
    lane.nameLines.forEach((line, i) => {
      p.text(LAYOUT.laneHeaderPadding, lane.y + LAYOUT.laneHeaderPadding + 12 + i * LAYOUT.laneHeaderLineHeight, line, {
        size: LAYOUT.laneHeaderFontSize, weight: 'bold', fill: INK.text,
      });
    });
  }
  p.line(layout.laneHeaderWidth, layout.stageHeaderHeight, layout.laneHeaderWidth, layout.height, INK.rule, 1.2);
  p.rect(0, 0, right, layout.height, { fill: 'none', stroke: INK.rule, strokeWidth: 1.2 });
}

/** The three lines as dashed rules, each with its name in a pill at the start of the grid. */
export function drawBlueprintLines(p: Painter, layout: BlueprintLayout): void {
  for (const line of layout.lines) {
    p.line(line.x1, line.y, line.x2, line.y, INK.line, 1.6, [9, 5]);
  }
}

export function drawLineLabels(p: Painter, layout: BlueprintLayout): void {
  for (const line of layout.lines) {
    const label = line.label;
    const width = measureText(label, 9, 'bold') + 14;
    const x = layout.laneHeaderWidth + 8;
    p.rect(x, line.y - 7.5, width, 15, { radius: 7.5, fill: INK.paper, stroke: INK.line, strokeWidth: 1 });
    p.text(x + width / 2, line.y + 3.2, label, { size: 9, weight: 'bold', fill: INK.line, anchor: 'middle' });
  }
}
