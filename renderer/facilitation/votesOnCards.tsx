import { createContext, useCallback, type JSX, type ReactNode } from 'react';
import type { WorkshopDoc } from '../../shared/model/types';
import { useDoc } from '../state/documentStore';
import { indexOf } from './cardFacts';
import { useAfterFirstPaint } from '../shell/afterPaint';
import { useView } from './view';

/**
 * Whether the blueprint's cards show a vote now: a round open, or a closed round's result. Cards
 * mount their dots overlay only then, so a blueprint without a vote on screen pays nothing per card;
 * and only after the canvas first painted, so opening a workshop mid-vote paints its cards first
 * and their dots a frame later, in one render (as the side panel and legend wait, shell/afterPaint.ts).
 */
export const VotesOnCards = createContext(false);

export function VotesOnCardsProvider({ blueprintId, children }: { blueprintId: string | null; children: ReactNode }): JSX.Element {
  const view = useView();
  const select = useCallback((doc: WorkshopDoc) => {
    if (!blueprintId || !doc.blueprints[blueprintId]) return false;
    const index = indexOf(doc, blueprintId, view);
    return index.round !== null || index.result !== null;
  }, [blueprintId, view]);
  const painted = useAfterFirstPaint();
  const shown = useDoc(select);
  return <VotesOnCards.Provider value={painted && shown}>{children}</VotesOnCards.Provider>;
}
