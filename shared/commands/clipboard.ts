import { z } from 'zod';
import { zodProblems, formatProblem } from '../model/integrity';
import { columnsOf, lanesOf, blueprintOfCard, byPosition } from '../model/queries';
import { cardSchema, connectorSchema } from '../model/schemas';
import type { Card, Id, WorkshopDoc } from '../model/types';
import { blueprintOfCell, cellNow } from './cells';
import { defineCommand } from './command';
import { before, fresh, has } from './draft';
import { refuse } from './errors';
import { positionsAt } from './positions';
import { args, id, idMap } from './args';

const offset = z.number().int().min(0).max(10_000);

/**
 * Copied cards with the connectors among them. Each card keeps its lane row and step column
 * relative to the top-left of the selection, so a paste keeps the shape of what was copied.
 * It may come from another workshop through the system clipboard: parse it with clipSchema.
 */
export const clipSchema = z.strictObject({
  format: z.literal('frontstage-clip'),
  // Lineage and author are left out of a paste (a pasted card is new), so a clip made before cards had them still pastes.
  cards: z.array(z.strictObject({ card: cardSchema.partial({ originId: true, createdBy: true }), row: offset, column: offset })).min(1).max(5_000),
  connectors: z.array(connectorSchema).max(20_000),
});
export type Clip = z.infer<typeof clipSchema>;

/** The clip for some cards of one blueprint (cards of other blueprints than the first are left out). */
export function copyCards(doc: WorkshopDoc, cardIds: Id[]): Clip | null {
  const first = cardIds.map((id) => blueprintOfCard(doc, id)).find((b) => b !== undefined);
  if (first === undefined) return null;
  const rows = new Map(lanesOf(doc, first).map((lane, i) => [lane.id, i]));
  const columns = new Map(columnsOf(doc, first).map((step, i) => [step.id, i]));
  const picked = cardIds.map((id) => doc.cards[id]).filter((c): c is Card => c !== undefined && rows.has(c.laneId) && columns.has(c.stepId));
  const uniq = [...new Map(picked.map((c) => [c.id, c])).values()].sort(byPosition);
  const top = Math.min(...uniq.map((c) => rows.get(c.laneId)!));
  const left = Math.min(...uniq.map((c) => columns.get(c.stepId)!));
  const ids = new Set(uniq.map((c) => c.id));
  return {
    format: 'frontstage-clip',
    cards: uniq.map((card) => ({ card, row: rows.get(card.laneId)! - top, column: columns.get(card.stepId)! - left })),
    connectors: Object.values(doc.connectors).filter((c) => ids.has(c.from) && ids.has(c.to)),
  };
}

/** Fresh ids for everything in a clip, keyed by the clip's ids; pass the result to pasteCards. */
export function idsForClip(clip: Clip, makeId: () => Id): Record<Id, Id> {
  const ids: Record<Id, Id> = {};
  for (const { card } of clip.cards) ids[card.id] = makeId();
  for (const c of clip.connectors) ids[c.id] = makeId();
  return ids;
}

/**
 * Pastes a clip with its top-left card in the given cell; rows and columns past the edge of
 * the blueprint land in the last lane or step. Links that the target workshop cannot resolve
 * (root causes outside the clip, unknown images or brand attributes) are dropped.
 */
export const pasteCards = defineCommand<{ clip: Clip; laneId: Id; stepId: Id; ids: Record<Id, Id> }>(
  'card.paste', 'Paste cards', (draft, { clip: raw, laneId, stepId, ids }) => {
    const parsed = clipSchema.safeParse(raw);
    if (!parsed.success) refuse(`the clipboard does not hold Frontstage cards (${formatProblem(zodProblems(parsed.error, ['clip'])[0]!)})`);
    const clip = parsed.data;
    const doc = before(draft);
    const blueprintId = blueprintOfCell(doc, laneId, stepId);
    const lanes = lanesOf(doc, blueprintId);
    const columns = columnsOf(doc, blueprintId);
    const top = lanes.findIndex((l) => l.id === laneId);
    const left = columns.findIndex((s) => s.id === stepId);
    const newId = (old: Id): Id => (has(ids, old) && typeof ids[old] === 'string' ? ids[old] : refuse(`no new id was given for "${old}"`));
    const added: Id[] = [];
    for (const { card, row, column } of clip.cards) {
      const id = newId(card.id);
      fresh(draft, 'cards', id);
      const lane = lanes[Math.min(top + row, lanes.length - 1)]!;
      const step = columns[Math.min(left + column, columns.length - 1)]!;
      const [position] = positionsAt(draft.cards, cellNow(draft, lane.id, step.id, added), Infinity);
      const touchpoint = card.touchpoint && {
        ...card.touchpoint,
        rootCauses: card.touchpoint.rootCauses.filter((c) => has(ids, c)).map(newId),
        differentiation: {
          ...card.touchpoint.differentiation,
          brandAttributes: card.touchpoint.differentiation.brandAttributes.filter((b) => has(doc.brandAttributes, b)),
        },
      };
      const imageId = card.imageId !== null && has(doc.assets, card.imageId) ? card.imageId : null;
      draft.cards[id] = { ...card, id, laneId: lane.id, stepId: step.id, position: position!, imageId, touchpoint, originId: null, createdBy: null };
      added.push(id);
    }
    for (const c of clip.connectors) {
      if (!has(ids, c.from) || !has(ids, c.to)) continue;
      const id = newId(c.id);
      fresh(draft, 'connectors', id);
      draft.connectors[id] = { ...c, id, blueprintId, from: newId(c.from), to: newId(c.to) };
    }
  },
  { args: args({ clip: clipSchema, laneId: id, stepId: id, ids: idMap() }) },
);
