// Where a dragged or nudged lane, stage or step header lands, checked by running the command it
// yields: hidden lanes count in the command's index but never on screen.
import { describe, expect, it } from 'vitest';
import { moveLane, moveStage, moveStep, run } from '../../../shared/commands';
import { columnsOf, lanesOf, stagesOf, type WorkshopDoc } from '../../../shared/model';
import { layoutBlueprint } from '../../../shared/layout';
import { headerDrop } from '../../../renderer/canvas/structure/headerDrop';
import { laneBy, laneTo, stageBy, stepBy, type HeaderMove } from '../../../renderer/canvas/structure/headerMoves';
import { generateDoc } from '../../fixtures/generate';

function apply(doc: WorkshopDoc, move: HeaderMove | null): WorkshopDoc {
  if (!move) throw new Error('expected a move');
  if (move.kind === 'lane') return run(doc, moveLane, move.args).doc;
  if (move.kind === 'stage') return run(doc, moveStage, move.args).doc;
  return run(doc, moveStep, move.args).doc;
}

const laneIds = (doc: WorkshopDoc) => lanesOf(doc, 'bp1').map((l) => l.id);
const stepIds = (doc: WorkshopDoc) => columnsOf(doc, 'bp1').map((s) => s.id);

/** lane0..lane5 with lane2 hidden: lane0 lane1 (lane2) lane3 lane4 lane5 on screen. */
function withHiddenLane(): WorkshopDoc {
  const doc = generateDoc({ cards: 0, stages: 2, stepsPerStage: 2 });
  doc.lanes.lane2!.hidden = true;
  return doc;
}

describe('header moves', () => {
  it('moves a lane past a hidden neighbour in one press', () => {
    const doc = withHiddenLane();
    expect(laneIds(apply(doc, laneBy(doc, 'lane3', -1)))).toEqual(['lane0', 'lane3', 'lane1', 'lane2', 'lane4', 'lane5']);
    expect(laneIds(apply(doc, laneBy(doc, 'lane1', 1)))).toEqual(['lane0', 'lane2', 'lane3', 'lane1', 'lane4', 'lane5']);
    expect(laneBy(doc, 'lane0', -1)).toBeNull();
    expect(laneBy(doc, 'lane5', 1)).toBeNull();
  });

  it('puts a lane dropped below the last visible lane last, and yields nothing for its own place', () => {
    const doc = withHiddenLane();
    expect(laneIds(apply(doc, laneTo(doc, 'lane0', null)))).toEqual(['lane1', 'lane2', 'lane3', 'lane4', 'lane5', 'lane0']);
    expect(laneTo(doc, 'lane3', 'lane4')).toBeNull();
    expect(laneTo(doc, 'lane5', null)).toBeNull();
  });

  it('moves a step across the stage boundary, and a stage left or right', () => {
    const doc = withHiddenLane();
    expect(stepIds(apply(doc, stepBy(doc, 'step0-1', 1)))).toEqual(['step0-0', 'step0-1', 'step1-0', 'step1-1']);
    expect(apply(doc, stepBy(doc, 'step0-1', 1)).steps['step0-1']!.stageId).toBe('stage1');
    expect(stepBy(doc, 'step1-1', 1)).toBeNull();
    expect(stagesOf(apply(doc, stageBy(doc, 'stage1', -1)), 'bp1').map((s) => s.id)).toEqual(['stage1', 'stage0']);
  });
});

describe('header drops', () => {
  const doc = withHiddenLane();
  const layout = layoutBlueprint(doc, 'bp1');
  const box = (id: string) => layout.lanes.find((l) => l.id === id)!;

  it('drops a lane into the gap nearest the pointer, between visible lanes', () => {
    const lane4 = box('lane4');
    const drop = headerDrop(layout, 'lane', 'lane0', { x: 10, y: lane4.y + lane4.height * 0.75 })!;
    expect(drop.axis).toBe('y');
    expect(drop.at).toBe(lane4.y + lane4.height);
    expect(laneIds(apply(doc, drop.move(doc)))).toEqual(['lane1', 'lane2', 'lane3', 'lane4', 'lane0', 'lane5']);
    // Just below lane3's middle, lane3 itself stays where it is.
    const lane3 = box('lane3');
    expect(headerDrop(layout, 'lane', 'lane3', { x: 10, y: lane3.y + lane3.height * 0.6 })!.move(doc)).toBeNull();
  });

  it('drops a step into the stage under the pointer, and names that stage', () => {
    const [, second, third] = layout.steps;
    const drop = headerDrop(layout, 'step', second!.id, { x: third!.x + third!.width * 0.75, y: 0 })!;
    expect(drop.stageId).toBe('stage1');
    expect(drop.at).toBe(third!.x + third!.width);
    expect(stepIds(apply(doc, drop.move(doc)))).toEqual(['step0-0', 'step1-0', 'step0-1', 'step1-1']);
  });
});
