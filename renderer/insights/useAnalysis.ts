import { useMemo } from 'react';
import type { Analysis } from '../../shared/analysis';
import type { Card, Id, WorkshopDoc } from '../../shared/model';
import { useDoc } from '../state/documentStore';
import { analysisOf } from './analysisCache';

/**
 * The analyses of a blueprint, recomputed once per edit (shared by every view), or null while
 * the blueprint does not exist.
 */
export function useAnalysis(blueprintId: Id): Analysis | null {
  const select = useMemo(() => (doc: WorkshopDoc) => (doc.blueprints[blueprintId] ? analysisOf(doc, blueprintId) : null), [blueprintId]);
  return useDoc(select);
}

/** Every card by id, for the titles the analyses' id lists stand for. */
export function useCards(): Readonly<Record<Id, Card>> {
  return useDoc(selectCards);
}

const selectCards = (doc: WorkshopDoc) => doc.cards;

/** How a card reads in the panel: its title, or a stand-in for an untitled one. */
export const titleOf = (card: Card | undefined): string => card?.title.trim() || 'Untitled card';
