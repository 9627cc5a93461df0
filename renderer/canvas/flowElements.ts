import { Position, type NodeHandle } from '@xyflow/react';
import type { Asset, Card, Id } from '../../shared/model';
import type { BlueprintLayout, CardBox } from '../../shared/layout';
import type { CardNodeType } from './nodes/CardNode';

const HANDLE = 10;

interface CachedNode {
  card: Card;
  box: CardBox;
  image: Asset | null;
  selected: boolean;
  lens: string;
  node: CardNodeType;
}

const sameLines = (a: string[], b: string[]) => a.length === b.length && a.every((l, i) => l === b[i]);
const sameBox = (a: CardBox, b: CardBox) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height && a.footerY === b.footerY &&
  a.image?.height === b.image?.height && a.owner?.text === b.owner?.text &&
  sameLines(a.titleLines, b.titleLines) && sameLines(a.descriptionLines, b.descriptionLines);

/** The class a find or lens gives a card's node ('' for none), see renderer/insights/lens. */
export type LensClassOf = (id: Id) => string;
const NO_LENS: LensClassOf = () => '';

/**
 * Fresh React Flow nodes for the cards of the layout that `keep` accepts, reusing last time's
 * node object for every card whose record, box, selection and lens class did not change, so
 * React Flow and the memoized card component skip them. Sizes and handles are given up front:
 * nothing needs measuring.
 */
export function makeNodeDeriver(): (layout: BlueprintLayout, cards: Record<Id, Card>, assets: Record<Id, Asset>, selected: ReadonlySet<Id>, keep: (box: CardBox) => boolean, lensOf?: LensClassOf) => CardNodeType[] {
  let cache = new Map<Id, CachedNode>();
  return (layout, cards, assets, selected, keep, lensOf = NO_LENS) => {
    const next = new Map<Id, CachedNode>();
    const nodes: CardNodeType[] = [];
    for (const box of layout.cards) {
      const card = cards[box.id];
      if (!card || !keep(box)) continue;
      const image = card.imageId ? (assets[card.imageId] ?? null) : null;
      const isSelected = selected.has(box.id);
      const lens = lensOf(box.id);
      const prev = cache.get(box.id);
      let entry: CachedNode;
      if (prev && prev.card === card && prev.image === image && prev.selected === isSelected && prev.lens === lens && sameBox(prev.box, box)) entry = prev;
      else {
        const keepBox = prev && sameBox(prev.box, box) ? prev.box : box;
        const data = prev && prev.card === card && prev.image === image && keepBox === prev.box ? prev.node.data : { card, box: keepBox, image };
        entry = { card, box: keepBox, image, selected: isSelected, lens, node: cardNode(data, isSelected, lens) };
      }
      next.set(box.id, entry);
      nodes.push(entry.node);
    }
    cache = next;
    return nodes;
  };
}

function cardNode(data: CardNodeType['data'], selected: boolean, lens: string): CardNodeType {
  const { box, card } = data;
  const handles: NodeHandle[] = [
    { id: null, type: 'target', position: Position.Left, x: -HANDLE / 2, y: box.height / 2 - HANDLE / 2, width: HANDLE, height: HANDLE },
    { id: null, type: 'source', position: Position.Right, x: box.width - HANDLE / 2, y: box.height / 2 - HANDLE / 2, width: HANDLE, height: HANDLE },
  ];
  return {
    id: card.id,
    type: 'card',
    position: { x: box.x, y: box.y },
    data,
    width: box.width,
    height: box.height,
    measured: { width: box.width, height: box.height },
    handles,
    selected,
    ariaLabel: card.title || 'Untitled card',
    // Only the wrapper's class changes, so the memoized card inside does not render again.
    ...(lens ? { className: lens } : {}),
    domAttributes: { 'aria-roledescription': 'card' },
  };
}
