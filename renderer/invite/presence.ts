import type { PresenterView, PresenceUpdate } from '../../shared/room/presence';
import { api } from '../api';
import { syncIdentity } from '../state/documentStore';
import { presenceReporter } from '../state/roomStore';

/**
 * What this window tells the host besides its edits (docs/room.md): the card it is editing (a
 * soft lock others see on the card) and, while presenting, the part of the blueprint on screen.
 */
let current: PresenceUpdate = { editing: null, presenting: null };

const report = presenceReporter((update) => {
  const who = syncIdentity();
  if (who) void api['workshop.presence']({ ...who, ...update });
});

export function reportEditing(cardId: string | null): void {
  current = { ...current, editing: cardId };
  report(current);
}

export function reportPresenting(view: PresenterView | null): void {
  current = { ...current, presenting: view };
  report(current);
}
