import { describe, expect, it } from 'vitest';
import * as all from '../../../shared/commands';
import { commands, moveCard, run, updateCard } from '../../../shared/commands';
import { richDoc } from './fixture';

describe('command registry', () => {
  it('holds every exported command once, under its own id', () => {
    const exported = Object.entries(all).filter(([name]) => name !== 'commands').map(([, v]) => v).flatMap((v) => (typeof v === 'object' && v !== null ? ('recipe' in v ? [v] : Object.values(v)) : []))
      .filter((v): v is { id: string; recipe: unknown } => typeof v === 'object' && v !== null && 'recipe' in v);
    const ids = exported.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(commands).sort()).toEqual([...ids].sort());
    expect(Object.keys(commands).length).toBeGreaterThan(70);
    for (const [id, command] of Object.entries(commands)) expect(command.id).toBe(id);
  });

  it('gives typing and dragging a group key, and shares what an edit did not touch', () => {
    const doc = richDoc();
    const edited = run(doc, updateCard, { cardId: 'card2', fields: { title: 'New' } });
    expect(edited.group).toBe('card.update:card2:title');
    expect(edited.label).toBe('Edit card');
    expect(edited.patches).toEqual([{ op: 'replace', path: ['cards', 'card2', 'title'], value: 'New' }]);
    expect(edited.doc.lanes).toBe(doc.lanes);
    expect(edited.doc.cards.card3).toBe(doc.cards.card3);
    expect(doc.cards.card2!.title).not.toBe('New');
    expect(run(doc, moveCard, { cardId: 'card2', laneId: 'lane2', stepId: 'step0-1', index: 0 }).group).toBe('card.move:card2');
  });
});
