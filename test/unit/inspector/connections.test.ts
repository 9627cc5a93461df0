import { describe, expect, it } from 'vitest';
import { run } from '../../../shared/commands/command';
import { updateCard } from '../../../shared/commands/cards';
import { addConnector, deleteConnectors, updateConnector } from '../../../shared/commands/connectors';
import type { WorkshopDoc } from '../../../shared/model/types';
import { connectionsOf, memoizedTargets, optionText, refusal, sameConnections, sameTargets, targetGroups } from '../../../renderer/inspector/connections';
import { connectorAdded, connectorKind, connectorLabel, connectorRemoved } from '../../../renderer/inspector/connectorEdits';
import type { Edit } from '../../../renderer/inspector/edits';
import { generateDoc } from '../../fixtures/generate';

/** A small generated workshop: the canonical lanes, two stages of two steps, cards in every lane. */
function workshop(): WorkshopDoc {
  return generateDoc({ cards: 28, stages: 2, stepsPerStage: 2 });
}

const apply = <A,>(doc: WorkshopDoc, edit: Edit<A>) => run(doc, edit.command, edit.args).doc;

describe('connections of a card', () => {
  it('lists outgoing before incoming, each in canvas order, naming the card at the other end', () => {
    let doc = workshop();
    doc = apply(doc, connectorAdded('k1', 'card8', 'card1', 'cause', 'no stock'));
    doc = apply(doc, connectorAdded('k2', 'card8', 'card0', 'flow', ''));
    doc = apply(doc, connectorAdded('k3', 'card22', 'card8', 'feedback', 'survey'));
    doc = apply(doc, connectorAdded('k4', 'card0', 'card1', 'flow', ''));
    const list = connectionsOf(doc, 'card8');
    expect(list.map((c) => [c.direction, c.otherId, c.kind, c.label])).toEqual([
      ['outgoing', 'card0', 'flow', ''],
      ['outgoing', 'card1', 'cause', 'no stock'],
      ['incoming', 'card22', 'feedback', 'survey'],
    ]);
    expect(list[0]!.otherTitle).toBe(doc.cards.card0!.title);
    expect(connectionsOf(doc, 'card5')).toEqual([]);
  });

  it('calls a card without a title "Untitled card"', () => {
    let doc = workshop();
    doc.cards.card1!.title = '';
    doc = apply(doc, connectorAdded('k1', 'card0', 'card1', 'flow', ''));
    expect(connectionsOf(doc, 'card0')[0]!.otherTitle).toBe('Untitled card');
  });

  it('compares equal when nothing shown changed, so typing elsewhere does not re-render the list', () => {
    let doc = apply(workshop(), connectorAdded('k1', 'card0', 'card1', 'flow', ''));
    const before = connectionsOf(doc, 'card0');
    doc = run(doc, updateConnector, { connectorId: 'k1', fields: { label: 'next' } }).doc;
    expect(sameConnections(before, connectionsOf(doc, 'card0'))).toBe(false);
    expect(sameConnections(connectionsOf(doc, 'card0'), connectionsOf(doc, 'card0'))).toBe(true);
  });
});

describe('cards to connect to', () => {
  it('offers every other card of the blueprint, grouped by lane top to bottom, left to right within a lane', () => {
    const doc = workshop();
    const groups = targetGroups(doc, 'card0');
    expect(groups.map((g) => g.laneName)).toEqual(Object.values(doc.lanes).sort((a, b) => a.position - b.position).map((l) => l.name));
    const offered = groups.flatMap((g) => g.options.map((o) => o.id));
    expect(offered).toHaveLength(27);
    expect(offered).not.toContain('card0');
    const first = groups[0]!.options.map((o) => o.id);
    // card24 shares card0's cell, below it; the others follow step by step.
    expect(first).toEqual(['card24', 'card6', 'card12', 'card18']);
  });

  it('tells apart cards with the same title by stage and step', () => {
    const doc = workshop();
    for (const id of ['card1', 'card8']) doc.cards[id]!.title = 'Checks in';
    const texts = targetGroups(doc, 'card0').flatMap((g) => g.options).filter((o) => o.title === 'Checks in').map(optionText);
    expect(texts).toEqual(['Checks in — Stage 1 · Step 1.1', 'Checks in — Stage 1 · Step 1.2']);
  });

  it('filters by title, step or lane in any case, and offers nothing for a card that is gone', () => {
    const doc = workshop();
    doc.cards.card9!.title = 'Waits for a ROOM key';
    expect(targetGroups(doc, 'card0', '  room KEY ').flatMap((g) => g.options.map((o) => o.id))).toEqual(['card9']);
    expect(targetGroups(doc, 'card0', 'backstage').map((g) => g.laneName)).toEqual(['Backstage']);
    doc.lanes.lane3!.hidden = true;
    expect(targetGroups(doc, 'card0', 'backstage').map((g) => g.laneName)).toEqual(['Backstage (hidden)']);
    expect(targetGroups(doc, 'card0', 'nothing like this')).toEqual([]);
    expect(targetGroups(doc, 'no-such-card')).toEqual([]);
  });

  it('reuses the list while only the selected card changes, and recomputes when another card does', () => {
    const targets = memoizedTargets();
    const doc = workshop();
    const first = targets(doc, 'card0', '');
    const typed = run(doc, updateCard, { cardId: 'card0', fields: { title: 'Typed' } }).doc;
    expect(targets(typed, 'card0', '')).toBe(first);
    const renamed = run(typed, updateCard, { cardId: 'card1', fields: { title: 'Renamed' } }).doc;
    const next = targets(renamed, 'card0', '');
    expect(next).not.toBe(first);
    expect(next.flatMap((g) => g.options).find((o) => o.id === 'card1')!.title).toBe('Renamed');
    expect(targets(renamed, 'card0', 'renamed').flatMap((g) => g.options.map((o) => o.id))).toEqual(['card1']);
  });

  it('compares equal for the same choices', () => {
    const doc = workshop();
    expect(sameTargets(targetGroups(doc, 'card0'), targetGroups(doc, 'card0'))).toBe(true);
    expect(sameTargets(targetGroups(doc, 'card0'), targetGroups(doc, 'card1'))).toBe(false);
  });
});

describe('refusals shown inline', () => {
  it('says nothing for an edit the document accepts, and leaves the document as it was', () => {
    const doc = workshop();
    expect(refusal(doc, addConnector, { id: 'k1', from: 'card0', to: 'card1', kind: 'cause' })).toBeNull();
    expect(doc.connectors).toEqual({});
  });

  it('explains a self-loop and a duplicate in a sentence', () => {
    const doc = apply(workshop(), connectorAdded('k1', 'card0', 'card1', 'cause', ''));
    expect(refusal(doc, addConnector, { id: 'k2', from: 'card0', to: 'card0' })).toBe('A connector cannot join a card to itself.');
    expect(refusal(doc, addConnector, { id: 'k2', from: 'card0', to: 'card1', kind: 'cause' })).toBe('These cards are already joined by a cause connector.');
    expect(refusal(doc, addConnector, { id: 'k2', from: 'card0', to: 'card1', kind: 'flow' })).toBeNull();
  });

  it('refuses changing a kind into a duplicate, and removing a connector twice', () => {
    let doc = apply(workshop(), connectorAdded('k1', 'card0', 'card1', 'cause', ''));
    doc = apply(doc, connectorAdded('k2', 'card0', 'card1', 'flow', ''));
    const kind = connectorKind('k2', 'cause');
    expect(refusal(doc, kind.command, kind.args)).toMatch(/already joined by a cause connector/);
    doc = apply(doc, connectorRemoved('k2'));
    const again = connectorRemoved('k2');
    expect(refusal(doc, again.command, again.args)).toBe('There is no connector "k2".');
  });
});

describe('connector edits', () => {
  it('adds with the label trimmed, and groups typing into one label per connector', () => {
    const add = connectorAdded('k1', 'card0', 'card1', 'dependency', '  hand-off ');
    expect(add.args).toEqual({ id: 'k1', from: 'card0', to: 'card1', kind: 'dependency', label: 'hand-off' });
    const doc = apply(workshop(), add);
    expect(doc.connectors.k1).toMatchObject({ from: 'card0', to: 'card1', kind: 'dependency', label: 'hand-off', blueprintId: 'bp1' });
    expect(connectorLabel('k1', 'a').group).toBe(connectorLabel('k1', 'ab').group);
    expect(connectorLabel('k1', 'a').group).not.toBe(connectorLabel('k2', 'a').group);
    expect(connectorKind('k1', 'flow').group).toBeUndefined();
    expect(connectorRemoved('k1').command).toBe(deleteConnectors);
  });
});
