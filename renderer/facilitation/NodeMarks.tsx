import { useEffect, useRef } from 'react';
import type { WorkshopDoc } from '../../shared/model/types';
import { useDoc } from '../state/documentStore';
import { useSelection } from '../state/selection';
import { factsOf, indexOf, type FacilitationIndex } from './cardFacts';
import { getView, useView } from './view';

const whole = (doc: WorkshopDoc) => doc;
const NODE = '.react-flow__node[data-id]';

function set(node: Element, name: string, value: string): void {
  if (value) {
    if (node.getAttribute(name) !== value) node.setAttribute(name, value);
  } else if (node.hasAttribute(name)) node.removeAttribute(name);
}

/** Marks the cards' nodes in the DOM now with what they show of the workshop. */
function mark(nodes: Iterable<Element>, doc: WorkshopDoc, index: FacilitationIndex): void {
  for (const node of nodes) {
    const card = doc.cards[(node as HTMLElement).dataset.id ?? ''];
    if (!card) continue;
    const facts = factsOf(index, card);
    set(node, 'aria-description', facts.description);
    set(node, 'data-dept', facts.owner ? String(facts.ownerColour) : '');
    set(node, 'data-comments', facts.openThreads ? String(facts.openThreads) : '');
  }
}

/**
 * Writes onto each card node on screen (the element React Flow renders, named by the card's
 * title) its dots and open comments in words as its accessible description, and the attributes
 * facilitation.css draws the comment badge and the owner's department colour from. One place for
 * every card, after paint and for the nodes on screen only: a card costs no component of its own,
 * and a node that comes into view is marked as it arrives.
 */
export function NodeMarks(): null {
  const doc = useDoc(whole);
  const view = useView();
  const { blueprintId } = useSelection();
  const latest = useRef({ doc, blueprintId });
  latest.current = { doc, blueprintId };

  useEffect(() => {
    if (!blueprintId) return;
    mark(document.querySelectorAll(`.fs-canvas ${NODE}`), doc, indexOf(doc, blueprintId, view));
  }, [doc, view, blueprintId]);

  // Card nodes are the direct children of React Flow's nodes layer: watching that one list (not
  // the whole canvas, whose cells and connectors change by the thousand) marks each as it mounts.
  useEffect(() => {
    let observer: MutationObserver | null = null;
    let frame = 0;
    const attach = (tries: number) => {
      const layer = document.querySelector('.fs-canvas .react-flow__nodes');
      if (!layer) {
        if (tries < 120) frame = requestAnimationFrame(() => attach(tries + 1));
        return;
      }
      observer = new MutationObserver((records) => {
        const { doc: now, blueprintId: current } = latest.current;
        if (!current) return;
        const added: Element[] = [];
        for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && n.matches(NODE)) added.push(n);
        if (added.length) mark(added, now, indexOf(now, current, getView()));
      });
      observer.observe(layer, { childList: true });
      const { doc: now, blueprintId: current } = latest.current;
      if (current) mark(layer.querySelectorAll(NODE), now, indexOf(now, current, getView()));
    };
    attach(0);
    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
    };
  }, [blueprintId]);
  return null;
}
