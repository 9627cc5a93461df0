import { run, CommandError, type Command } from '../../shared/commands/command';
import { blueprintOfCard, columnsOf, lanesOf } from '../../shared/model/queries';
import type { Card, ConnectorKind, Id, WorkshopDoc } from '../../shared/model/types';
import { sameExcept } from './candidates';

/** One connector as seen from the selected card: the card at its other end, and which way it points. */
export interface Connection {
  id: Id;
  direction: 'outgoing' | 'incoming';
  otherId: Id;
  otherTitle: string;
  kind: ConnectorKind;
  label: string;
}

export const titleOf = (card: Pick<Card, 'title'> | undefined): string => card?.title || 'Untitled card';

/** Connectors leaving and reaching `cardId`: outgoing first, each in the order the other cards sit on the canvas. */
export function connectionsOf(doc: WorkshopDoc, cardId: Id): Connection[] {
  const out: Connection[] = [];
  for (const c of Object.values(doc.connectors)) {
    const direction = c.from === cardId ? 'outgoing' : c.to === cardId ? 'incoming' : null;
    if (!direction) continue;
    const otherId = direction === 'outgoing' ? c.to : c.from;
    out.push({ id: c.id, direction, otherId, otherTitle: titleOf(doc.cards[otherId]), kind: c.kind, label: c.label });
  }
  if (out.length < 2) return out;
  const place = canvasPlace(doc, cardId);
  return out.sort((a, b) =>
    (a.direction === b.direction ? 0 : a.direction === 'outgoing' ? -1 : 1) || place(a.otherId, b.otherId) || (a.id < b.id ? -1 : 1));
}

export interface TargetOption { id: Id; title: string; where: string }

/** How a card reads in the picker. */
export const optionText = (o: TargetOption): string => `${o.title} — ${o.where}`;

export interface TargetGroup { laneId: Id; laneName: string; options: TargetOption[] }

/**
 * The other cards of the card's blueprint, grouped by lane top to bottom and, within a lane, left
 * to right. Each reads "title — stage · step" so two cards with one title stay tellable apart
 * (steps are often all called "Step 1"); `filter` keeps those whose text or lane contains it.
 */
export function targetGroups(doc: WorkshopDoc, cardId: Id, filter = ''): TargetGroup[] {
  const blueprintId = blueprintOfCard(doc, cardId);
  if (!blueprintId) return [];
  const place = canvasPlace(doc, cardId);
  const byLane = new Map<Id, Card[]>(lanesOf(doc, blueprintId).map((l) => [l.id, []]));
  for (const c of Object.values(doc.cards)) if (c.id !== cardId && doc.steps[c.stepId]) byLane.get(c.laneId)?.push(c);
  const needle = filter.trim().toLowerCase();
  const groups: TargetGroup[] = [];
  for (const [laneId, cards] of byLane) {
    const lane = doc.lanes[laneId]!;
    // A hidden lane's cards can still be linked, but the picker says why they are not in view.
    const laneName = `${lane.name || 'Untitled lane'}${lane.hidden ? ' (hidden)' : ''}`;
    const options = cards
      .sort((a, b) => place(a.id, b.id))
      .map((c) => ({ id: c.id, title: titleOf(c), where: columnName(doc, c.stepId) }))
      .filter((o) => !needle || `${optionText(o)} ${laneName}`.toLowerCase().includes(needle));
    if (options.length) groups.push({ laneId, laneName, options });
  }
  return groups;
}

function columnName(doc: WorkshopDoc, stepId: Id): string {
  const step = doc.steps[stepId]!;
  return `${doc.stages[step.stageId]?.name || 'Untitled stage'} · ${step.name || 'Untitled step'}`;
}

/**
 * targetGroups for one card, recomputed only when another card or the blueprint's structure
 * changes: typing into the selected card (a new document per keystroke) reuses the last list.
 */
export function memoizedTargets(): (doc: WorkshopDoc, cardId: Id, filter: string) => TargetGroup[] {
  let last: { doc: WorkshopDoc; cards: Card[]; cardId: Id; filter: string; groups: TargetGroup[] } | null = null;
  return (doc, cardId, filter) => {
    const cards = Object.values(doc.cards);
    const same = last !== null && last.cardId === cardId && last.filter === filter && last.doc.lanes === doc.lanes
      && last.doc.stages === doc.stages && last.doc.steps === doc.steps && sameExcept(last.cards, cards, cardId);
    if (!same || !last) last = { doc, cards, cardId, filter, groups: targetGroups(doc, cardId, filter) };
    return last.groups;
  };
}

/** Compares two cards of the blueprint by where they sit: lane, then column, then place in the cell. */
function canvasPlace(doc: WorkshopDoc, cardId: Id): (a: Id, b: Id) => number {
  const blueprintId = blueprintOfCard(doc, cardId);
  const column = new Map(blueprintId ? columnsOf(doc, blueprintId).map((s, i) => [s.id, i]) : []);
  const key = (id: Id): [number, number, number] => {
    const c = doc.cards[id];
    return c ? [doc.lanes[c.laneId]?.position ?? Infinity, column.get(c.stepId) ?? Infinity, c.position] : [Infinity, Infinity, Infinity];
  };
  return (a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2] || (a < b ? -1 : a > b ? 1 : 0);
  };
}

/**
 * Why the document would refuse this edit, as a sentence for the person making it, or null if it
 * would go through. Asked before dispatching, so a refusal shows next to the control that caused it.
 */
export function refusal<A>(doc: WorkshopDoc, command: Command<A>, args: A): string | null {
  try {
    run(doc, command, args);
    return null;
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    const text = error.message;
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;
  }
}

export const sameConnections = (a: Connection[], b: Connection[]): boolean =>
  a.length === b.length && a.every((c, i) => {
    const d = b[i]!;
    return c.id === d.id && c.direction === d.direction && c.otherId === d.otherId && c.otherTitle === d.otherTitle && c.kind === d.kind && c.label === d.label;
  });

export const sameTargets = (a: TargetGroup[], b: TargetGroup[]): boolean =>
  a.length === b.length && a.every((g, i) => {
    const h = b[i]!;
    return g.laneId === h.laneId && g.laneName === h.laneName && g.options.length === h.options.length
      && g.options.every((o, j) => o.id === h.options[j]!.id && o.title === h.options[j]!.title && o.where === h.options[j]!.where);
  });
