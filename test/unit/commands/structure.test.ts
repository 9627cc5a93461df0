import { describe, expect, it } from 'vitest';
import {
  addBlueprint, addConnector, addLane, addStage, addStep, applyStagePreset, deleteBlueprint, deleteLane, deleteStage,
  deleteStep, duplicateBlueprint, idsToDuplicate, moveBlueprint, moveLane, moveStage, moveStep, renameLane,
  run, setLaneHidden, setPresentationOrder, updateConnector, deleteConnectors,
} from '../../../shared/commands';
import { blueprintsOf, cardsOfBlueprint, columnsOf, lanesOf, stagesOf, stepsOf } from '../../../shared/model';
import { apply, nextId, richDoc } from './fixture';

const names = <T extends { name: string }>(list: T[]) => list.map((x) => x.name);

describe('lanes', () => {
  it('adds a canonical lane back in its canonical place, optional and custom lanes last', () => {
    let doc = apply(richDoc(), deleteLane, { laneId: 'lane3' });
    doc = apply(doc, addLane, { id: 'back', blueprintId: 'bp1', preset: 'Backstage' });
    expect(names(lanesOf(doc, 'bp1'))).toEqual(['Physical evidence', 'Customer actions', 'Frontstage', 'Backstage', 'Support processes', 'Product']);
    doc = apply(doc, addLane, { id: 'pain', blueprintId: 'bp1', preset: 'Pain points' });
    doc = apply(doc, addLane, { id: 'mine', blueprintId: 'bp1', name: 'Legal', index: 0 });
    expect(lanesOf(doc, 'bp1').map((l) => l.id)).toEqual(['mine', 'lane0', 'lane1', 'lane2', 'back', 'lane4', 'lane5', 'pain']);
    expect(doc.lanes.pain).toMatchObject({ kind: 'custom', role: 'pain-points' });
    expect(() => run(doc, addLane, { id: 'x', blueprintId: 'bp1', preset: 'Nope' })).toThrow(/no lane preset/);
  });

  it('renames, moves, hides and deletes a lane with its cards', () => {
    let doc = richDoc();
    doc = apply(doc, renameLane, { laneId: 'lane5', name: 'Espresso machine' });
    doc = apply(doc, moveLane, { laneId: 'lane5', index: 0 });
    doc = apply(doc, setLaneHidden, { laneId: 'lane4', hidden: true });
    expect(lanesOf(doc, 'bp1')[0]).toMatchObject({ id: 'lane5', name: 'Espresso machine' });
    expect(doc.lanes.lane4!.hidden).toBe(true);
    const before = cardsOfBlueprint(doc, 'bp1').length;
    doc = apply(doc, deleteLane, { laneId: 'lane3' });
    expect(Object.values(doc.cards).some((c) => c.laneId === 'lane3')).toBe(false);
    expect(cardsOfBlueprint(doc, 'bp1').length).toBe(before - 6);
    // card3 was in lane3: its vote, comment, root-cause link and presentation slot went with it.
    expect(doc.votes.v1).toBeUndefined();
    expect(doc.cards.card1!.touchpoint!.rootCauses).toEqual(['card4']);
  });
});

describe('stages and steps', () => {
  it('adds stages with a first step, moves and deletes them with their steps and cards', () => {
    let doc = richDoc();
    doc = apply(doc, addStage, { id: 'sx', blueprintId: 'bp1', name: 'Advocacy', firstStep: { id: 'tx' } });
    doc = apply(doc, moveStage, { stageId: 'sx', index: 0 });
    expect(columnsOf(doc, 'bp1').map((s) => s.id)).toEqual(['tx', 'step0-0', 'step0-1', 'step1-0', 'step1-1']);
    doc = apply(doc, deleteStage, { stageId: 'stage0' });
    expect(stagesOf(doc, 'bp1').map((s) => s.id)).toEqual(['sx', 'stage1']);
    expect(Object.values(doc.cards).some((c) => c.stepId.startsWith('step0-'))).toBe(false);
  });

  it('adds, moves between stages and deletes steps', () => {
    let doc = richDoc();
    doc = apply(doc, addStep, { id: 'n', stageId: 'stage0', name: 'Browse', index: 0 });
    expect(stepsOf(doc, 'stage0').map((s) => s.id)).toEqual(['n', 'step0-0', 'step0-1']);
    doc = apply(doc, moveStep, { stepId: 'step0-1', stageId: 'stage1', index: 1 });
    expect(stepsOf(doc, 'stage1').map((s) => s.id)).toEqual(['step1-0', 'step0-1', 'step1-1']);
    expect(() => run(doc, moveStep, { stepId: 'n', stageId: 'bs0', index: 0 })).toThrow(/another blueprint/);
    doc = apply(doc, deleteStep, { stepId: 'step0-1' });
    expect(Object.values(doc.cards).some((c) => c.stepId === 'step0-1')).toBe(false);
  });

  it('applies a stage preset: renames existing stages and adds the missing ones', () => {
    const doc = richDoc();
    const newStages = Array.from({ length: 8 }, (_, k) => ({ stageId: `ps${k}`, stepId: `pt${k}` }));
    const next = apply(doc, applyStagePreset, { blueprintId: 'bp1', presetId: 'consumption-process', newStages });
    expect(names(stagesOf(next, 'bp1'))).toEqual(['Pre-purchase', 'Consumption', 'Post-purchase']);
    expect(stepsOf(next, 'ps0')).toHaveLength(1);
    expect(cardsOfBlueprint(next, 'bp1')).toHaveLength(cardsOfBlueprint(doc, 'bp1').length);
    expect(() => run(doc, applyStagePreset, { blueprintId: 'bp1', presetId: 'customer-lifecycle', newStages: [] })).toThrow(/new ids/);
  });
});

describe('connectors', () => {
  it('refuses self-loops, links across blueprints and duplicates', () => {
    const doc = richDoc();
    expect(() => run(doc, addConnector, { id: 'k', from: 'card1', to: 'card1' })).toThrow(/itself/);
    expect(() => run(doc, addConnector, { id: 'k', from: 'card1', to: 'bc0' })).toThrow(/different blueprints/);
    const next = apply(doc, addConnector, { id: 'k', from: 'card1', to: 'card2', kind: 'cause', label: 'because' });
    expect(next.connectors.k).toMatchObject({ blueprintId: 'bp1', kind: 'cause', label: 'because' });
    expect(() => run(next, addConnector, { id: 'k2', from: 'card1', to: 'card2', kind: 'cause' })).toThrow(/already joined/);
    expect(() => run(next, updateConnector, { connectorId: 'k', fields: { to: 'bc0' } })).toThrow(/different blueprints/);
    const relinked = apply(next, updateConnector, { connectorId: 'k', fields: { to: 'card5', label: '' } });
    expect(relinked.connectors.k).toMatchObject({ from: 'card1', to: 'card5', label: '' });
    expect(apply(relinked, deleteConnectors, { connectorIds: ['k'] }).connectors.k).toBeUndefined();
  });
});

describe('blueprints', () => {
  it('adds a blueprint with the canonical lanes and a first column', () => {
    const doc = apply(richDoc(), addBlueprint, { id: 'b3', name: 'Ideal', laneIds: ['l0', 'l1', 'l2', 'l3', 'l4', 'l5'], index: 0, firstStage: { stageId: 'st', stepId: 'sp' } });
    expect(blueprintsOf(doc).map((b) => b.id)).toEqual(['b3', 'bp1', 'bp2']);
    expect(names(lanesOf(doc, 'b3'))).toEqual(['Physical evidence', 'Customer actions', 'Frontstage', 'Backstage', 'Support processes', 'Product']);
    expect(columnsOf(doc, 'b3')).toHaveLength(1);
  });

  it('duplicates a blueprint with new ids for everything inside it', () => {
    const doc = richDoc();
    const ids = Object.fromEntries(idsToDuplicate(doc, 'bp1').map((id) => [id, nextId('dup')]));
    const next = apply(doc, duplicateBlueprint, { blueprintId: 'bp1', id: 'copy', ids });
    expect(blueprintsOf(next).map((b) => b.id)).toEqual(['bp1', 'copy', 'bp2']);
    expect(next.blueprints.copy!.name).toBe('Current state (copy)');
    expect(cardsOfBlueprint(next, 'copy')).toHaveLength(cardsOfBlueprint(doc, 'bp1').length);
    expect(next.blueprints.copy!.presentationOrder).toEqual(['card1', 'card3', 'card7'].map((id) => ids[id]));
    expect(next.cards[ids.card1!]!.touchpoint!.rootCauses).toEqual([ids.card3, ids.card4]);
    const { card1: _, ...missing } = ids;
    expect(() => run(doc, duplicateBlueprint, { blueprintId: 'bp1', id: 'copy', ids: missing })).toThrow(/no new id was given for "card1"/);
  });

  it('moves, orders a presentation, and deletes a blueprint but never the last one', () => {
    let doc = richDoc();
    doc = apply(doc, moveBlueprint, { blueprintId: 'bp2', index: 0 });
    expect(blueprintsOf(doc).map((b) => b.id)).toEqual(['bp2', 'bp1']);
    expect(() => run(doc, setPresentationOrder, { blueprintId: 'bp2', cardIds: ['card1'] })).toThrow(/not in this blueprint/);
    doc = apply(doc, setPresentationOrder, { blueprintId: 'bp2', cardIds: ['bc0'] });
    doc = apply(doc, deleteBlueprint, { blueprintId: 'bp1' });
    expect(Object.keys(doc.cards)).toEqual(['bc0']);
    expect(Object.keys(doc.voteRounds)).toEqual([]);
    expect(() => run(doc, deleteBlueprint, { blueprintId: 'bp2' })).toThrow(/at least one blueprint/);
  });
});
