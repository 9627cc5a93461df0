import { useMemo, type JSX } from 'react';
import type { BlueprintLayout } from '../../shared/layout';
import { syncIdentity } from '../state/documentStore';
import { useRoomView } from '../state/roomStore';

/**
 * Soft locks on the canvas: above each card someone else has open, who it is. Nothing is
 * locked for real; the last edit wins, and everyone sees who else is at it.
 */
export function PresenceLayer({ layout }: { layout: BlueprintLayout }): JSX.Element | null {
  const { people } = useRoomView();
  const me = syncIdentity()?.client;
  const boxes = useMemo(() => new Map(layout.cards.map((c) => [c.id, c])), [layout]);
  const locks = new Map<string, string[]>();
  for (const person of people) {
    if (!person.editing || person.client === me || !boxes.has(person.editing)) continue;
    const names = locks.get(person.editing) ?? [];
    if (!names.includes(person.name)) names.push(person.name);
    locks.set(person.editing, names);
  }
  if (!locks.size) return null;
  return (
    <>
      {[...locks].map(([cardId, names]) => {
        const box = boxes.get(cardId)!;
        return (
          <div key={cardId} className="fs-presence-lock" style={{ left: box.x, top: box.y }} role="note">
            {names.join(', ')} {names.length === 1 ? 'is' : 'are'} editing
          </div>
        );
      })}
    </>
  );
}
