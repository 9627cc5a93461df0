import { memo, useCallback, useEffect, useRef, type JSX } from 'react';
import { layoutBlueprint, type BlueprintLayout, type CardBox } from '../../shared/layout';
import type { Card, WorkshopDoc } from '../../shared/model';
import { LaneBackground } from '../canvas/LaneBackground';
import { PresenceLayer } from '../invite/PresenceLayer';
import { useDoc } from '../state/documentStore';
import { useRoomView } from '../state/roomStore';
import { fitView, useBoardView, type View } from './useBoardView';

export interface CardFacts {
  description: string;
  mine: boolean;
  /** Dots on the card in the open round, shown while the round's dots are not hidden. */
  dots: number | null;
  comments: number;
}

export interface BoardProps {
  blueprintId: string;
  /** What the page says about a card besides its title: in words (place, dots, author), and its badges. */
  facts: (card: Card) => CardFacts;
  onOpen: (cardId: string) => void;
  /** Follow where the presenter looks. */
  follow: boolean;
}

const selectCards = (doc: WorkshopDoc) => doc.cards;

/**
 * The blueprint to look at on a participant's device: the same layout as the canvas and every
 * export, drawn read-only with pan and zoom. Cards are buttons named by their title that open
 * the card (dots, comments, and editing for one's own cards).
 */
export function BoardView({ blueprintId, facts, onOpen, follow }: BoardProps): JSX.Element {
  const layout = useDoc(useCallback((doc: WorkshopDoc) => layoutBlueprint(doc, blueprintId), [blueprintId]));
  const cards = useDoc(selectCards);
  const frame = useRef<HTMLDivElement>(null);
  const start = useCallback((size: { width: number; height: number }): View => {
    // A phone starts at a readable size, top left; a large screen sees the whole blueprint.
    const whole = fitView({ x: 0, y: 0, width: layout.width, height: layout.height }, size);
    return whole.scale >= 0.55 ? whole : { x: 8, y: 8, scale: Math.max(whole.scale, Math.min(0.6, size.width / 640)) };
  }, [layout]);
  const { view, setView, zoomAt } = useBoardView(frame, start);
  const { presenter } = useRoomView();

  useEffect(() => {
    const el = frame.current;
    if (follow && presenter && presenter.blueprintId === blueprintId && el) setView(fitView(presenter, { width: el.clientWidth, height: el.clientHeight }, 0));
  }, [follow, presenter, blueprintId, setView]);

  const fit = () => {
    const el = frame.current;
    if (el) setView(fitView({ x: 0, y: 0, width: layout.width, height: layout.height }, { width: el.clientWidth, height: el.clientHeight }));
  };

  return (
    <section className="fs-board" aria-label="Blueprint">
      <div ref={frame} className="fs-board-frame">
        {view && (
          <div className="fs-board-plane" style={{ width: layout.width, height: layout.height, transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}>
            <LaneBackground layout={layout} />
            <Headers layout={layout} />
            <Connectors layout={layout} />
            <div role="list" aria-label="Cards">
              {layout.cards.map((box) => cards[box.id] && <CardButton key={box.id} box={box} card={cards[box.id]!} {...facts(cards[box.id]!)} onOpen={onOpen} />)}
            </div>
            <PresenceLayer layout={layout} />
          </div>
        )}
      </div>
      <div className="fs-board-zoom" role="group" aria-label="Zoom">
        <button type="button" className="fs-btn" onClick={() => zoomAt(1.25)} aria-label="Zoom in">+</button>
        <button type="button" className="fs-btn" onClick={() => zoomAt(0.8)} aria-label="Zoom out">−</button>
        <button type="button" className="fs-btn" onClick={fit}>Fit</button>
      </div>
    </section>
  );
}

/** Lane, stage and step names, in the blueprint's own coordinates. */
const Headers = memo(function Headers({ layout }: { layout: BlueprintLayout }): JSX.Element {
  return (
    <div aria-hidden="true">
      {layout.stages.map((s) => <div key={s.id} className="fs-stage-header" style={{ left: s.x, width: s.width, height: layout.stageHeaderHeight }}><span className="fs-header-name">{s.name}</span></div>)}
      {layout.steps.map((s) => <div key={s.id} className="fs-step-header" style={{ left: s.x, top: layout.stageHeaderHeight, width: s.width, height: layout.stepHeaderHeight }}><span className="fs-header-name">{s.name}</span></div>)}
      {layout.lanes.map((l) => <div key={l.id} className="fs-lane-header" style={{ top: l.y, width: layout.laneHeaderWidth, height: l.height }}><span className="fs-header-name">{l.name}</span></div>)}
    </div>
  );
});

const Connectors = memo(function Connectors({ layout }: { layout: BlueprintLayout }): JSX.Element {
  return (
    <svg className="fs-board-lines" width={layout.width} height={layout.height} aria-hidden="true">
      {layout.connectors.map((c) => <polyline key={c.id} className={`fs-board-line is-${c.kind}`} points={c.path.map((p) => `${p.x},${p.y}`).join(' ')} />)}
    </svg>
  );
});

const CardButton = memo(function CardButton({ box, card, description, mine, dots, comments, onOpen }: { box: CardBox; card: Card; onOpen: (id: string) => void } & CardFacts): JSX.Element {
  return (
    <div role="listitem" className={`fs-board-card${mine ? ' is-mine' : ''}`} style={{ left: box.x, top: box.y, width: box.width, height: box.height }}>
      <button type="button" className={`fs-card fs-kind-${card.kind}`} aria-label={card.title || 'Untitled card'} aria-description={description} onClick={() => onOpen(card.id)}>
        <span className={`fs-card-title${card.title ? '' : ' is-empty'}`}>{card.title ? box.titleLines.join('\n') : 'Untitled'}</span>
        {box.descriptionLines.length > 0 && <span className="fs-card-description">{box.descriptionLines.join('\n')}</span>}
      </button>
      {(dots || comments > 0 || mine) && (
        <span className="fs-board-badges" aria-hidden="true">
          {mine && <span className="fs-board-badge">yours</span>}
          {comments > 0 && <span className="fs-board-badge"><CommentMark />{comments}</span>}
          {dots ? <span className="fs-board-badge is-dots">{dots === 1 ? '1 dot' : `${dots} dots`}</span> : null}
        </span>
      )}
    </div>
  );
});

function CommentMark(): JSX.Element {
  return <svg width="11" height="11" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.5"><path d="M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z" /></svg>;
}
