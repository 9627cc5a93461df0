import { BLUEPRINT_LINES } from '../model/presets';
import { cardsByCell, cellKey, connectorsOfBlueprint, lanesOf, recordIn, stagesOf, stepsOf } from '../model/queries';
import type { Id, Lane, WorkshopDoc } from '../model/types';
import { layoutCard } from './cards';
import { routeConnectors, routingOf, type RouteRequest } from './connectors';
import { LAYOUT, STEP_WIDTH } from './constants';
import { experienceCurve } from './curve';
import { clampLines, wrapText } from './text';
import type { BlueprintLayout, CardBox, LaneBox, LineBox, StageBox, StepBox } from './types';

/**
 * Geometry of one blueprint, the same for the canvas and every export. Origin is the top-left
 * corner of the grid: lane headers on the left, stage and step headers on top.
 */
export function layoutBlueprint(doc: WorkshopDoc, blueprintId: string): BlueprintLayout {
  return withRoutes(doc, layoutUnrouted(doc, blueprintId));
}

/**
 * The layout with no connector routes yet (`connectors` empty): the grid and the cards, all a
 * canvas needs to paint the cards first. Routing is most of the work of a large blueprint.
 */
export function layoutUnrouted(doc: WorkshopDoc, blueprintId: string): BlueprintLayout {
  if (!recordIn(doc.blueprints, blueprintId)) throw new Error(`There is no blueprint with id "${blueprintId}" in this workshop.`);
  const { stages, steps } = layoutColumns(doc, blueprintId);
  const stepHeaderHeight = Math.max(
    LAYOUT.stepHeaderMinHeight,
    ...steps.map((s) => s.nameLines.length * LAYOUT.stepLineHeight + 2 * LAYOUT.stepHeaderPadding),
  );
  const gridTop = LAYOUT.stageHeaderHeight + stepHeaderHeight;
  const cells = cardsByCell(doc, blueprintId);
  const visibleLanes = lanesOf(doc, blueprintId).filter((l) => !l.hidden);

  const lanes: LaneBox[] = [];
  const cards: CardBox[] = [];
  let y = gridTop;
  for (const lane of visibleLanes) {
    let tallest = 0;
    for (const step of steps) {
      let cy = y + LAYOUT.cellPaddingY;
      for (const card of cells.get(cellKey(lane.id, step.id)) ?? []) {
        const box = layoutCard(doc, card, step.x + LAYOUT.cellPaddingX, cy);
        cards.push(box);
        cy += box.height + LAYOUT.cardGap;
      }
      tallest = Math.max(tallest, cy - LAYOUT.cardGap + LAYOUT.cellPaddingY - y);
    }
    const minHeight = lane.role === 'experience-curve' ? LAYOUT.curveLaneMinHeight : LAYOUT.laneMinHeight;
    const height = Math.max(minHeight, tallest);
    lanes.push({ ...laneHeader(lane), y, height });
    y += height;
  }

  const width = LAYOUT.laneHeaderWidth + stages.reduce((w, s) => w + s.width, 0);
  const layout: BlueprintLayout = {
    blueprintId, width, height: y,
    laneHeaderWidth: LAYOUT.laneHeaderWidth,
    stageHeaderHeight: LAYOUT.stageHeaderHeight,
    stepHeaderHeight,
    lanes, stages, steps,
    lines: blueprintLines(lanes, width),
    cards,
    connectors: [],
  };
  const curveLane = lanes.find((l) => l.role === 'experience-curve');
  if (curveLane) layout.curve = experienceCurve(curveLane, steps, [...cells.values()].flat());
  return layout;
}

/** `layout` (unrouted, of `doc`) with every connector between two of its cards routed. */
export function withRoutes(doc: WorkshopDoc, layout: BlueprintLayout): BlueprintLayout {
  const boxes = new Map(layout.cards.map((c) => [c.id, c]));
  const routing = routingOf(layout);
  const requests: RouteRequest[] = [];
  for (const connector of connectorsOfBlueprint(doc, layout.blueprintId).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const from = boxes.get(connector.from);
    const to = boxes.get(connector.to);
    if (from && to) requests.push({ connector, from, to });
  }
  return { ...layout, connectors: routeConnectors(requests, routing) };
}

function layoutColumns(doc: WorkshopDoc, blueprintId: Id): { stages: StageBox[]; steps: StepBox[] } {
  const stages: StageBox[] = [];
  const steps: StepBox[] = [];
  const stepTextWidth = STEP_WIDTH - 2 * LAYOUT.stepHeaderPadding;
  let x = LAYOUT.laneHeaderWidth;
  for (const stage of stagesOf(doc, blueprintId)) {
    const start = x;
    for (const step of stepsOf(doc, stage.id)) {
      const nameLines = clampLines(wrapText(step.name, LAYOUT.stepFontSize, stepTextWidth), LAYOUT.stepMaxLines, LAYOUT.stepFontSize, stepTextWidth);
      steps.push({ id: step.id, stageId: stage.id, name: step.name, x, width: STEP_WIDTH, nameLines });
      x += STEP_WIDTH;
    }
    // A stage without steps still shows, one column wide, so it can receive its first step.
    if (x === start) x += STEP_WIDTH;
    const width = x - start;
    const textWidth = width - 2 * LAYOUT.stepHeaderPadding;
    const nameLines = clampLines(wrapText(stage.name, LAYOUT.stageFontSize, textWidth, 'bold'), 1, LAYOUT.stageFontSize, textWidth, 'bold');
    stages.push({ id: stage.id, name: stage.name, x: start, width, nameLines });
  }
  return { stages, steps };
}

function laneHeader(lane: Lane): Omit<LaneBox, 'y' | 'height'> {
  const textWidth = LAYOUT.laneHeaderWidth - 2 * LAYOUT.laneHeaderPadding;
  const nameLines = clampLines(wrapText(lane.name, LAYOUT.laneHeaderFontSize, textWidth, 'bold'), 4, LAYOUT.laneHeaderFontSize, textWidth, 'bold');
  return { id: lane.id, name: lane.name, kind: lane.kind, role: lane.role, nameLines };
}

/** Each line sits below the nearest visible lane of its `above` kind that precedes a visible lane of its `below` kind. */
function blueprintLines(lanes: LaneBox[], width: number): LineBox[] {
  const lines: LineBox[] = [];
  for (const line of BLUEPRINT_LINES) {
    const below = lanes.findIndex((l) => l.kind === line.below);
    if (below < 0) continue;
    let above = -1;
    for (let i = below - 1; i >= 0; i--) {
      if ((lanes[i] as LaneBox).kind === line.above) { above = i; break; }
    }
    if (above < 0) continue;
    const lane = lanes[above] as LaneBox;
    lines.push({ id: line.id, label: line.label, y: lane.y + lane.height, x1: 0, x2: width });
  }
  return lines;
}
