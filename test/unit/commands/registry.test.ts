import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as all from '../../../shared/commands';
import { commands, moveCard, run, updateCard } from '../../../shared/commands';
import { MAKERS } from './arbitrary';
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

  it('gives every command a schema of its arguments, so the host can check what another device sends', () => {
    const missing = Object.values(commands).filter((c) => !c.args).map((c) => c.id);
    expect(missing).toEqual([]);
  });

  it('accepts every argument the app and the property tests make, and refuses extra or wrong fields', () => {
    fc.assert(
      fc.property(fc.nat({ max: MAKERS.length - 1 }), fc.array(fc.nat({ max: 1_000 }), { minLength: 8, maxLength: 8 }), (kind, picks) => {
        let k = 0;
        let n = 0;
        const move = MAKERS[kind]!(richDoc(), (m) => picks[k++ % picks.length]! % m, () => `id${n++}`);
        if (!move) return;
        const [command, args] = move;
        const parsed = command.args!.safeParse(args);
        expect(parsed.success, `${command.id}: ${parsed.error?.message}`).toBe(true);
      }),
      { numRuns: 400 },
    );
    expect(updateCard.args!.safeParse({ cardId: 'c1', fields: { title: 'x', secret: 1 } }).success).toBe(false);
    expect(updateCard.args!.safeParse({ cardId: '__proto__', fields: {} }).success).toBe(false);
    expect(moveCard.args!.safeParse({ cardId: 'c1', laneId: 'l', stepId: 's', index: -1 }).success).toBe(false);
    expect(commands['card.add']!.args!.safeParse({ id: 'c', laneId: 'l', stepId: 's', fields: { title: 'a\u202Eb' } }).success).toBe(false);
  });
});
