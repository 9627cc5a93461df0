import { describe, expect, it } from 'vitest';
import { run, type Command } from '../../../shared/commands/command';
import { addCard, deleteCards, moveCards, updateCard } from '../../../shared/commands/cards';
import { setTouchpoint, updateBenchmark } from '../../../shared/commands/touchpoints';
import { addStep, renameStep } from '../../../shared/commands/steps';
import { addConnector } from '../../../shared/commands/connectors';
import type { WorkshopDoc } from '../../../shared/model';
import { describeStep } from '../../../renderer/feedback/describeStep';
import { generateDoc } from '../../fixtures/generate';

const base = generateDoc({ cards: 12, stages: 1, stepsPerStage: 2 });
Object.assign(base.cards['card3']!, { title: 'Process registration', failPoint: false, waitMinutes: 0, touchpoint: null });

/** What the live region says after undoing, then redoing, one command run on `doc`. */
function said<A>(command: Command<A>, args: A, doc: WorkshopDoc = base): { undo: string; redo: string; shown: string[] } {
  const applied = run(doc, command, args);
  const undo = describeStep({ direction: 'undo', label: applied.label, patches: applied.inversePatches, before: applied.doc, after: doc });
  const redo = describeStep({ direction: 'redo', label: applied.label, patches: applied.patches, before: doc, after: applied.doc });
  return { undo: undo.text, redo: redo.text, shown: redo.cardIds };
}

describe('saying what undo and redo did', () => {
  it('names the field and the card of an edit', () => {
    expect(said(updateCard, { cardId: 'card3', fields: { failPoint: true } })).toEqual({
      undo: 'Undid: fail point on Process registration', redo: 'Redid: fail point on Process registration', shown: ['card3'],
    });
    expect(said(updateCard, { cardId: 'card3', fields: { waitMinutes: 12 } }).undo).toBe('Undid: wait time on Process registration');
    expect(said(updateCard, { cardId: 'card3', fields: { title: 'Registers' } }).undo).toBe('Undid: title on Registers');
  });

  it('names a touchpoint field however deep it is, even when the whole touchpoint was replaced', () => {
    const tp = run(base, setTouchpoint, { cardId: 'card3', on: true }).doc;
    expect(said(updateBenchmark, { cardId: 'card3', fields: { standard: 'Key in 2 minutes' } }, tp).undo).toBe('Undid: benchmark standard on Process registration');
    expect(said(setTouchpoint, { cardId: 'card3', on: true }).undo).toBe('Undid: touchpoint on Process registration');
  });

  it('says which card was added, deleted or moved, and how many when there were several', () => {
    const step = base.cards['card3']!.stepId;
    const lane = base.cards['card3']!.laneId;
    expect(said(addCard, { id: 'n1', laneId: lane, stepId: step, fields: { title: 'Greets the guest' } }).undo).toBe('Undid: add card Greets the guest');
    expect(said(deleteCards, { cardIds: ['card3'] })).toMatchObject({ undo: 'Undid: delete card Process registration', shown: [] });
    expect(said(deleteCards, { cardIds: ['card3', 'card4'] }).redo).toBe('Redid: delete 2 cards');
    const other = Object.values(base.steps).find((s) => s.id !== step)!.id;
    expect(said(moveCards, { cardIds: ['card3'], laneId: lane, stepId: other, index: 0 }).undo).toBe('Undid: move of Process registration');
  });

  it('names steps and connectors by their names and cards', () => {
    const step = Object.values(base.steps)[0]!;
    expect(said(renameStep, { stepId: step.id, name: 'Check in' }).undo).toBe('Undid: rename step Check in');
    expect(said(addStep, { id: 'st9', stageId: step.stageId, name: 'Check out' }).redo).toBe('Redid: add step Check out');
    expect(said(addConnector, { id: 'k9', from: 'card3', to: 'card4', kind: 'flow' }).undo).toBe(`Undid: connect cards from Process registration to ${base.cards['card4']!.title}`);
  });
});
