import { plural, type RootCause } from '../../shared/analysis';
import type { Id, WorkshopDoc } from '../../shared/model';
import type { Highlight } from './lens/lensStore';

const title = (doc: WorkshopDoc, id: Id) => doc.cards[id]?.title.trim() || 'Untitled card';

/**
 * A root cause and the touchpoints it drags down, with the chain between them: its `cause`
 * connectors into them, and a drawn line to each touchpoint that names it without a connector.
 */
export function rootCauseHighlight(doc: WorkshopDoc, cause: RootCause): Highlight {
  const targets = new Set(cause.touchpoints);
  const connectorIds = Object.values(doc.connectors)
    .filter((c) => c.kind === 'cause' && c.from === cause.card && targets.has(c.to))
    .map((c) => c.id);
  const joined = new Set(connectorIds.map((id) => doc.connectors[id]!.to));
  const links = cause.touchpoints.filter((t) => !joined.has(t)).map((t) => [cause.card, t] as const);
  return {
    label: `Root cause: ${title(doc, cause.card)}, and the ${plural(cause.touchpoints.length, 'touchpoint')} it drags down`,
    cardIds: [cause.card, ...cause.touchpoints],
    connectorIds,
    links,
    focusId: cause.card,
  };
}

/** Connectors that cross the line of visibility, with the cards at both ends. */
export function handoffsHighlight(doc: WorkshopDoc, connectorIds: readonly Id[], label?: string): Highlight {
  const cardIds = new Set<Id>();
  for (const id of connectorIds) {
    const c = doc.connectors[id];
    if (c) cardIds.add(c.from).add(c.to);
  }
  return { label: label ?? `${plural(connectorIds.length, 'handoff')} across the line of visibility`, cardIds: [...cardIds], connectorIds, links: [], focusId: null };
}

/** Some cards, with what they are. */
export function cardsHighlight(label: string, cardIds: readonly Id[]): Highlight {
  return { label, cardIds, connectorIds: [], links: [], focusId: null };
}
