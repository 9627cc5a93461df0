import { useEffect, type JSX, type ReactNode } from 'react';
import { useDoc } from '../state/documentStore';
import { selectCards, useSelection } from '../state/selection';
import { setUi, useUi } from '../state/ui';
import { ACTIONS } from '../actions/appActions';
import { canvas } from '../canvas/controller';
import { presentationWalk } from './presentation';
import { Icon } from './Icon';
import type { WorkshopDoc } from '../../shared/model';

/** Presentation mode: chrome hidden, one card at a time in focus, stepped with the keyboard or these buttons. */
export function PresentationBar(): JSX.Element {
  const { blueprintId } = useSelection();
  const { presentationStep } = useUi();
  const walk = useDoc((doc: WorkshopDoc) => (blueprintId ? presentationWalk(doc, blueprintId) : []), sameList);
  const cardId = walk[Math.min(presentationStep, walk.length - 1)];
  const card = useDoc((doc: WorkshopDoc) => (cardId ? doc.cards[cardId] : undefined));
  const laneName = useDoc((doc: WorkshopDoc) => (card ? doc.lanes[card.laneId]?.name : undefined));
  const stepName = useDoc((doc: WorkshopDoc) => (card ? doc.steps[card.stepId]?.name : undefined));

  useEffect(() => {
    if (!cardId) return;
    selectCards([cardId]);
    canvas()?.spotlight(cardId);
  }, [cardId]);
  useEffect(() => () => canvas()?.fit(), []);

  let body: ReactNode = 'This blueprint has no cards to present.';
  if (card) {
    body = (
      <>
        <span className="fs-present-where">{stepName} · {laneName}</span>
        <span className="fs-present-title">{card.title || 'Untitled'}</span>
        {card.description && <span className="fs-present-description">{card.description}</span>}
      </>
    );
  }
  return (
    <div className="fs-present-bar" role="toolbar" aria-label="Presentation">
      <button type="button" className="fs-icon-button" onClick={ACTIONS.presentPrevious.run} aria-label="Previous card" disabled={presentationStep <= 0}>
        <Icon name="prev" />
      </button>
      <div className="fs-present-body" aria-live="polite">{body}</div>
      <span className="fs-present-count">{walk.length ? `${Math.min(presentationStep, walk.length - 1) + 1} / ${walk.length}` : ''}</span>
      <button type="button" className="fs-icon-button" onClick={ACTIONS.presentNext.run} aria-label="Next card" disabled={presentationStep >= walk.length - 1}>
        <Icon name="next" />
      </button>
      <button type="button" className="fs-tool" onClick={() => setUi({ presentation: false })}>
        <Icon name="close" /> <span className="fs-tool-label">Leave presentation</span>
      </button>
    </div>
  );
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
