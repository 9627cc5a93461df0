import { useCallback, useId, useRef, type JSX } from 'react';
import type { Id, WorkshopDoc } from '../../shared/model/types';
import { useDoc } from '../state/documentStore';
import { AddConnector } from './AddConnector';
import { ConnectorRow } from './ConnectorRow';
import { connectionsOf, sameConnections, type Connection } from './connections';
import './connections.css';

/**
 * The selected card's connectors, listed and edited without the canvas, and a form that makes new
 * ones: the way to connect cards for people who do not drag.
 */
export function ConnectionsSection({ cardId, readOnly }: { cardId: Id; readOnly: boolean }): JSX.Element {
  const id = useId();
  const targetRef = useRef<HTMLSelectElement>(null);
  const connections = useDoc(useCallback((d: WorkshopDoc) => connectionsOf(d, cardId), [cardId]), sameConnections);
  const outgoing = connections.filter((c) => c.direction === 'outgoing');
  const incoming = connections.filter((c) => c.direction === 'incoming');
  // A removed row takes the focus with it; the card picker is where a keyboard user goes on from.
  const refocus = () => targetRef.current?.focus();
  return (
    <section className="fs-section fs-connections" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="fs-section-title">Connections</h3>
      <fieldset className="fs-form-body" disabled={readOnly}>
        {connections.length === 0 && <p className="fs-muted">No connectors yet. Connect this card to another one below.</p>}
        <ConnectionList cardId={cardId} title="Outgoing" items={outgoing} onRemoved={refocus} />
        <ConnectionList cardId={cardId} title="Incoming" items={incoming} onRemoved={refocus} />
        <AddConnector cardId={cardId} targetRef={targetRef} />
      </fieldset>
    </section>
  );
}

function ConnectionList({ cardId, title, items, onRemoved }: { cardId: Id; title: string; items: Connection[]; onRemoved: () => void }): JSX.Element | null {
  const id = useId();
  if (items.length === 0) return null;
  return (
    <div className="fs-connection-group">
      <h4 id={id} className="fs-connections-subtitle">{title} <span className="fs-connections-count">{items.length}</span></h4>
      <ul className="fs-connection-list" aria-labelledby={id}>
        {items.map((c) => <ConnectorRow key={c.id} cardId={cardId} connection={c} onRemoved={onRemoved} />)}
      </ul>
    </div>
  );
}
